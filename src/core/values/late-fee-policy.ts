import { formatDuration, parseDuration, type Duration } from './duration';
import { formatMoney, parseMoney, type Money } from './money';

/** A percentage in thousandths of a percent (1.5% is 1500), or an amount. */
export type FeeAmount = { readonly percentMilli: number } | { readonly money: Money };

/** `late_fee: 1.5% monthly after 30 days, max 10%`: what the agreement allows as a late fee. */
export interface LateFeePolicy {
  /** A percentage of the invoice's open principal, or a flat amount, per period. */
  readonly charge: FeeAmount;
  /** Charged again each calendar month, or once. */
  readonly monthly: boolean;
  /** Counted from the due day; no grace when absent. */
  readonly grace?: Duration;
  /** The most one invoice can bear: a percentage of its amount, or an amount. */
  readonly cap?: FeeAmount;
}

export type LateFeePolicyParse = { ok: true; policy: LateFeePolicy | 'none' } | { ok: false; reason: string };

export const LATE_FEE_EXAMPLES = '"1.5% monthly after 30 days, max 10%" or "$25 after 14 days"';

const SHAPE = /^(.+?)(\s+(?:monthly|per\s+month|a\s+month)|\s*\/\s*month)?(?:\s*,?\s+after\s+(.+?))?(?:\s*,?\s*\bmax\s+(.+))?$/i;
const PERCENT = /^(\d{1,3})(?:\.(\d{1,3}))?\s*%$/;
const MAX_PERCENT_MILLI = 100_000;

/** Reads a `late_fee` value; flat amounts without a currency are in `currency`. */
export function parseLateFeePolicy(text: string, currency: string): LateFeePolicyParse {
  const trimmed = text.trim();
  if (trimmed.toLowerCase() === 'none') return { ok: true, policy: 'none' };
  const match = SHAPE.exec(trimmed);
  if (!match) return failure(`"${trimmed}" is not a late fee`);
  const [, chargeText, period, graceText, capText] = match;
  const charge = feeAmount(chargeText, currency);
  if (typeof charge === 'string') return failure(charge);
  const grace = graceText === undefined ? undefined : parseDuration(graceText);
  if (graceText !== undefined && grace === undefined) return failure(`"after ${graceText}" is no grace period (e.g. after 30 days, after 2 weeks)`);
  const cap = capText === undefined ? undefined : feeAmount(capText, currency);
  if (typeof cap === 'string') return failure(`the cap: ${cap}`);
  const policy: LateFeePolicy = { charge, monthly: period !== undefined, ...(grace ? { grace } : {}), ...(cap ? { cap } : {}) };
  return { ok: true, policy };
}

function failure(reason: string): LateFeePolicyParse {
  return { ok: false, reason: `${reason}; write e.g. ${LATE_FEE_EXAMPLES}, or none` };
}

function feeAmount(text: string, currency: string): FeeAmount | string {
  const percent = PERCENT.exec(text.trim());
  if (percent) {
    const percentMilli = Number(percent[1]) * 1000 + Number((percent[2] ?? '').padEnd(3, '0'));
    if (percentMilli === 0 || percentMilli > MAX_PERCENT_MILLI) return `"${text}" must be a percentage above 0% and at most 100%`;
    return { percentMilli };
  }
  if (/%/.test(text)) return `"${text}" is not a percentage (up to 3 decimals, e.g. 1.5%)`;
  const money = parseMoney(text.trim(), currency);
  if (!money.ok) return `"${text}" is neither a percentage nor an amount`;
  if (money.money.minor === 0) return `"${text}" must be more than nothing`;
  return { money: money.money };
}

/** `1.5%`, `$25.00`. */
export function formatFeeAmount(amount: FeeAmount): string {
  if ('money' in amount) return formatMoney(amount.money);
  const whole = Math.floor(amount.percentMilli / 1000);
  const fraction = String(amount.percentMilli % 1000).padStart(3, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

/** `1.5% a month after 30 days, max 10%`, as a sentence reads it. */
export function describeLateFeePolicy(policy: LateFeePolicy, cap?: Money): string {
  const charge = `${formatFeeAmount(policy.charge)}${policy.monthly ? ' a month' : ' once'}`;
  const grace = policy.grace ? ` after ${formatDuration(policy.grace)}` : ' from the day after the due date';
  const capText = cap ? formatMoney(cap) : policy.cap ? formatFeeAmount(policy.cap) : undefined;
  return `${charge}${grace}${capText ? `, max ${capText}` : ''}`;
}
