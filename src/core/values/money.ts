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
  const match = AMOUNT.exec(text.trim());
  if (!match) return { ok: false, reason: `"${text}" is not an amount (e.g. 450, $450.00, 450 EUR)` };
  const [, symbol, prefixCode, whole, fraction = '', suffixCode] = match;
  const named = [symbol ? SYMBOLS[symbol] : undefined, prefixCode?.toUpperCase(), suffixCode?.toUpperCase()];
  const currencies = named.filter((c): c is string => c !== undefined);
  if (currencies.length > 1 && currencies.some((c) => c !== currencies[0])) {
    return { ok: false, reason: `"${text}" names two currencies` };
  }
  const currency = currencies[0] ?? defaultCurrency;
  const digits = minorDigits(currency);
  if (digits === undefined) return { ok: false, reason: `"${currency}" is not an ISO 4217 currency code` };
  if (fraction.length > digits) {
    return { ok: false, reason: `"${text}" has more decimals than ${currency} allows (${digits})` };
  }
  const minor = Number(whole.replace(/,/g, '') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: `"${text}" is too large an amount` };
  return { ok: true, money: { minor, currency } };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** `$1,200.50`, `€40.00`, `CHF 12.00`, exact for any safe integer of minor units. */
export function formatMoney(money: Money): string {
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
