/** Money as integer minor units (cents) with an ISO 4217 currency; never a float. */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

export type MoneyParse = { ok: true; money: Money } | { ok: false; reason: string };

const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const AMOUNT =
  /^(?:([$€£])\s?|([A-Za-z]{3})\s)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?([A-Za-z]{3}))?$/;
const digitCache = new Map<string, number | undefined>();

/** The number of minor-unit digits of a currency (2 for USD, 0 for JPY), undefined if unknown. */
export function minorDigits(currency: string): number | undefined {
  if (!digitCache.has(currency)) digitCache.set(currency, lookUpDigits(currency));
  return digitCache.get(currency);
}

let knownCurrencies: ReadonlySet<string> | undefined;

function lookUpDigits(currency: string): number | undefined {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  if (!knownCurrencies.has(currency)) return undefined;
  try {
    const options = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions();
    return options.maximumFractionDigits;
  } catch {
    return undefined;
  }
}

export function isCurrencyCode(text: string): boolean {
  return minorDigits(text) !== undefined;
}

/**
 * Parses `450`, `450.00`, `$450`, `€1,200.50`, `450 EUR`, `EUR 450`. Without a currency the
 * amount is in `defaultCurrency`.
 */
export function parseMoney(text: string, defaultCurrency: string): MoneyParse {
  const money = readMoney(text, defaultCurrency);
  return money === undefined ? { ok: false, reason: whyNotMoney(text, defaultCurrency) } : { ok: true, money };
}

/** The amount of parseMoney, or undefined where parseMoney gives a reason (without building it). */
export function readMoney(text: string, defaultCurrency: string): Money | undefined {
  return plainAmount(text, defaultCurrency) ?? matchedAmount(text, defaultCurrency);
}

/**
 * The common shape `[$€£]digits[,ddd...][.digits]` read from char codes; undefined for anything
 * else (currency codes, spaces, long numbers), which the pattern AMOUNT then decides.
 */
function plainAmount(text: string, defaultCurrency: string): Money | undefined {
  const symbol = SYMBOLS[text[0]];
  let index = symbol === undefined ? 0 : 1;
  let whole = 0;
  let group = 0;
  let grouped = false;
  const start = index;
  for (; index < text.length && index - start < 20; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2c) {
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return undefined;
      grouped = true;
      group = 0;
      continue;
    }
    const digit = code - 0x30;
    if (digit < 0 || digit > 9) break;
    whole = whole * 10 + digit;
    group++;
  }
  if (group === 0 || (grouped && group !== 3)) return undefined;
  let fraction = 0;
  let fractionDigits = 0;
  if (index < text.length) {
    if (text.charCodeAt(index) !== 0x2e) return undefined;
    for (index++; index < text.length && fractionDigits < 4; index++, fractionDigits++) {
      const digit = text.charCodeAt(index) - 0x30;
      if (digit < 0 || digit > 9) return undefined;
      fraction = fraction * 10 + digit;
    }
    if (fractionDigits === 0 || index < text.length) return undefined;
  }
  const currency = symbol ?? defaultCurrency;
  const digits = minorDigits(currency);
  if (digits === undefined || fractionDigits > digits) return undefined;
  const minor = whole * 10 ** digits + fraction * 10 ** (digits - fractionDigits);
  return Number.isSafeInteger(minor) ? { minor, currency } : undefined;
}

function matchedAmount(text: string, defaultCurrency: string): Money | undefined {
  if (!mayBeAmount(text.trim())) return undefined;
  const parts = amountByPattern(text, defaultCurrency);
  return typeof parts === 'string' ? undefined : parts;
}

/** Whether text can start like AMOUNT: a digit, a symbol, or a three-letter code and a space (`payment INV-1 $5` is tried whole first). */
function mayBeAmount(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || SYMBOLS[text[0]] !== undefined) return true;
  return /^[A-Za-z]{3}\s/.test(text);
}

function whyNotMoney(text: string, defaultCurrency: string): string {
  const parts = amountByPattern(text, defaultCurrency);
  return typeof parts === 'string' ? parts : `"${text}" is not an amount`;
}

/** The amount by the pattern alone (the plain path the char-code reading must agree with), or why not. */
export function amountByPattern(text: string, defaultCurrency: string): Money | string {
  const match = AMOUNT.exec(text.trim());
  if (!match) return `"${text}" is not an amount (e.g. 450, $450.00, 450 EUR)`;
  const [, symbol, prefixCode, whole, fraction = '', suffixCode] = match;
  const named = [symbol ? SYMBOLS[symbol] : undefined, prefixCode?.toUpperCase(), suffixCode?.toUpperCase()];
  const currencies = named.filter((c): c is string => c !== undefined);
  if (currencies.length > 1 && currencies.some((c) => c !== currencies[0])) return `"${text}" names two currencies`;
  const currency = currencies[0] ?? defaultCurrency;
  const digits = minorDigits(currency);
  if (digits === undefined) return `"${currency}" is not an ISO 4217 currency code`;
  if (fraction.length > digits) return `"${text}" has more decimals than ${currency} allows (${digits})`;
  const minor = Number(whole.replace(/,/g, '') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return `"${text}" is too large an amount`;
  return { minor, currency };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `$1,200.50`, `€40.00`, `CHF 12.00`, exact for any safe integer of minor units. */
export function formatMoney(money: Money): string {
  const key = `${money.currency}${money.minor}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(key, (text = formatWithIntl(money)));
  }
  return text;
}

/** Amounts already formatted: a ledger repeats its amounts (the monthly invoice), and Intl is slow for a hundred thousand findings. */
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 50_000;

function formatWithIntl(money: Money): string {
  let formatter = formatters.get(money.currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency });
    formatters.set(money.currency, formatter);
  }
  // A decimal string keeps every digit exact (Intl.NumberFormat v3 accepts strings).
  return formatter.format(decimalText(money) as unknown as number).replace(/\u00a0/g, ' ');
}

/** The amount as a plain decimal in its currency's minor digits: `-1200.50`, `1200` for JPY. */
export function decimalText(money: Money): string {
  const digits = minorDigits(money.currency) ?? 2;
  const sign = money.minor < 0 ? '-' : '';
  const units = String(Math.abs(money.minor)).padStart(digits + 1, '0');
  return sign + (digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`);
}

/**
 * minor × times / per, rounded half away from zero to a whole minor unit: the one rounding of
 * computed money (late fees, overage). Exact: BigInt, since the product can pass 2^53.
 */
export function scaleMinor(minor: number, times: number, per: number): number {
  const product = BigInt(Math.abs(minor)) * BigInt(times);
  const rounded = (product * 2n + BigInt(per)) / BigInt(2 * per);
  return Number(rounded) * Math.sign(minor || 1);
}
