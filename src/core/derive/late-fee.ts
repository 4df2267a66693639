import { addDays, addMonths, type Day } from '../values/calendar-day';
import { addDuration } from '../values/duration';
import type { FeeAmount, LateFeePolicy } from '../values/late-fee-policy';
import { scaleMinor, type Money } from '../values/money';
import type { ClientRecord, LateFeeEntry } from '../model';
import { accountOf, principalOpenOn, type InvoiceState } from './account';

/** One period of a late fee: from its first day, on the principal open that day. */
export interface LateFeePeriod {
  readonly start: Day;
  readonly principal: number;
  /** Minor units, rounded half away from zero. */
  readonly fee: number;
}

/** What the agreement allows as a late fee on one invoice, as of a day. */
export interface LateFee {
  readonly invoice: InvoiceState;
  readonly policy: LateFeePolicy;
  /** The first day a fee applies: the day after the grace period ends. */
  readonly from: Day;
  readonly periods: readonly LateFeePeriod[];
  /** The sum of the periods' fees, never above the cap. */
  readonly accrued: Money;
  readonly cap?: Money;
  /** The fees charged on the invoice so far (its `late-fee` entries up to today). */
  readonly charged: Money;
}

/** The record's late fee policy; undefined when it has none (no `late_fee`, or `late_fee: none`). */
export function lateFeePolicyOf(client: ClientRecord): LateFeePolicy | undefined {
  return client.lateFee === 'none' ? undefined : client.lateFee;
}

/** The day after the grace period: the invoice is then more than the grace period overdue. */
export function lateFeeStart(invoice: InvoiceState, policy: LateFeePolicy): Day {
  return addDays(policy.grace ? addDuration(invoice.due, policy.grace) : invoice.due, 1);
}

/**
 * The late fee the agreement allows on an invoice as of a day (the invoice's state as the
 * account has it); undefined without a policy, or when the policy's flat amount or cap is in
 * another currency than the invoice (currencies are never converted).
 */
export function lateFeeOf(client: ClientRecord, invoice: InvoiceState, on: Day): LateFee | undefined {
  const policy = lateFeePolicyOf(client);
  if (!policy) return undefined;
  const { currency } = invoice.entry.amount;
  if (!inCurrency(policy.charge, currency) || (policy.cap && !inCurrency(policy.cap, currency))) return undefined;
  const cap = policy.cap && { minor: feeOn(policy.cap, invoice.entry.amount.minor), currency };
  const from = lateFeeStart(invoice, policy);
  const periods = periodsOf(invoice, policy, from, on);
  const total = periods.reduce((sum, period) => sum + period.fee, 0);
  const accrued = { minor: cap ? Math.min(total, cap.minor) : total, currency };
  return { invoice, policy, from, periods, accrued, cap, charged: { minor: invoice.fees, currency } };
}

/** The late fees of the invoices open today that have accrued one, oldest invoice first. */
export function openInvoiceLateFees(client: ClientRecord, today: Day): LateFee[] {
  if (!lateFeePolicyOf(client)) return [];
  return accountOf(client, today).invoices.flatMap((invoice) => {
    if (invoice.paid >= invoice.entry.amount.minor) return [];
    const fee = lateFeeOf(client, invoice, today);
    return fee && fee.accrued.minor > 0 ? [fee] : [];
  });
}

function periodsOf(invoice: InvoiceState, policy: LateFeePolicy, from: Day, on: Day): LateFeePeriod[] {
  const periods: LateFeePeriod[] = [];
  for (let index = 0; ; index++) {
    const start = addMonths(from, index);
    if (start > on || (index > 0 && !policy.monthly)) break;
    const principal = principalOpenOn(invoice, start);
    if (principal <= 0) break;
    periods.push({ start, principal, fee: feeOn(policy.charge, principal) });
  }
  return periods;
}

function inCurrency(amount: FeeAmount, currency: string): boolean {
  return !('money' in amount) || amount.money.currency === currency;
}

/** A flat amount, or the percentage of `base` minor units rounded half away from zero. */
export function feeOn(amount: FeeAmount, base: number): number {
  if ('money' in amount) return amount.money.minor;
  return roundedPercent(base, amount.percentMilli);
}

/** base × percentMilli / 100,000 (a percentage in thousandths), rounded as all computed money is. */
export function roundedPercent(base: number, percentMilli: number): number {
  return scaleMinor(base, percentMilli, 100_000);
}

/** Why a charged fee is not as the agreement allows; undefined when it is. */
export type ChargedFeeProblem =
  | { readonly kind: 'no-policy'; readonly none: boolean }
  | { readonly kind: 'unknown-invoice' }
  | { readonly kind: 'other-currency'; readonly currency: string }
  | { readonly kind: 'policy-currency'; readonly invoice: InvoiceState }
  | { readonly kind: 'in-grace'; readonly fee: LateFee }
  | { readonly kind: 'too-high'; readonly fee: LateFee; readonly chargedSoFar: Money; readonly remainder: Money };

export interface ChargedFee {
  readonly entry: LateFeeEntry;
  readonly problem: ChargedFeeProblem;
}

/** Each `late-fee` entry up to today that the agreement does not allow, with why. */
export function chargedFeeProblems(client: ClientRecord, today: Day): ChargedFee[] {
  const account = accountOf(client, today);
  const policy = lateFeePolicyOf(client);
  const problems = account.unknownFees.map(({ fee, currencyOf }): ChargedFee => ({
    entry: fee,
    problem: currencyOf ? { kind: 'other-currency' as const, currency: currencyOf } : { kind: 'unknown-invoice' as const },
  }));
  for (const invoice of account.invoices) {
    let charged = 0;
    for (const entry of invoice.feeEntries) {
      charged += entry.amount.minor;
      const problem = policy ? feeProblem(client, invoice, entry, charged) : { kind: 'no-policy' as const, none: client.lateFee === 'none' };
      if (problem) problems.push({ entry, problem });
    }
  }
  return problems;
}

function feeProblem(client: ClientRecord, invoice: InvoiceState, entry: LateFeeEntry, chargedSoFar: number): ChargedFeeProblem | undefined {
  const fee = lateFeeOf(client, invoice, entry.date);
  if (!fee) return { kind: 'policy-currency', invoice };
  if (entry.date < fee.from) return { kind: 'in-grace', fee };
  if (chargedSoFar <= fee.accrued.minor) return undefined;
  const { currency } = fee.accrued;
  const before = chargedSoFar - entry.amount.minor;
  return { kind: 'too-high', fee, chargedSoFar: { minor: chargedSoFar, currency }, remainder: { minor: Math.max(0, fee.accrued.minor - before), currency } };
}
