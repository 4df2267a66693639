import { parseDuration } from './values/duration';

/** Every tunable number the rules use, with its default. Keys are what settings and `thresholds` use. */
export const DEFAULT_THRESHOLDS = {
  /** Days overdue from which an unpaid invoice is a warning (info before). */
  'invoice-overdue': 30,
  /** Days overdue from which an unpaid invoice is an error. */
  'invoice-overdue-error': 60,
  /** Days without communication from or with the client. */
  'no-contact': 14,
  /** Hours an outgoing message may wait for a reply; counted in whole days. */
  'awaiting-reply': 48,
  /** Working days a message from the client may wait for your answer. */
  'reply-owed': 2,
  /** Late invoices among the last `slow-payer-of` paid ones. */
  'slow-payer': 2,
  'slow-payer-of': 3,
  /** Out-of-scope requests in the last 30 days. */
  'scope-creep': 3,
  /** Incoming entries outside working hours in the last 30 days. */
  'after-hours': 3,
  /** Distinct reasons for ending with evidence in the last 90 days. */
  'relationship-at-risk': 3,
  /** Past weeks looked back for work below `minimum_hours`. */
  'minimum-hours-unbilled': 4,
  /** Percent of the retainer's hours used from which it is nearly used. */
  'retainer-nearly-used': 80,
} as const;

export type ThresholdKey = keyof typeof DEFAULT_THRESHOLDS;
export type Thresholds = { readonly [K in ThresholdKey]: number };
export type ThresholdOverrides = Partial<Thresholds>;

type Unit = 'days' | 'working-days' | 'hours' | 'count' | 'weeks' | 'ratio' | 'percent';
const UNITS: Readonly<Record<ThresholdKey, Unit>> = {
  'invoice-overdue': 'days',
  'invoice-overdue-error': 'days',
  'no-contact': 'days',
  'awaiting-reply': 'hours',
  'reply-owed': 'working-days',
  'slow-payer': 'ratio',
  'slow-payer-of': 'count',
  'scope-creep': 'count',
  'after-hours': 'count',
  'relationship-at-risk': 'count',
  'minimum-hours-unbilled': 'weeks',
  'retainer-nearly-used': 'percent',
};

export function isThresholdKey(key: string): key is ThresholdKey {
  return Object.hasOwn(DEFAULT_THRESHOLDS, key);
}

export type ThresholdParse = { ok: true; values: ThresholdOverrides } | { ok: false; reason: string };

/**
 * Reads one threshold from settings or frontmatter: a whole number in the key's unit, or text
 * with a unit (`3 weeks` for days, `72h` or `3 days` for hours, `2 of 3` for slow-payer).
 */
export function parseThreshold(key: ThresholdKey, value: unknown): ThresholdParse {
  const unit = UNITS[key];
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (text === undefined) return { ok: false, reason: `threshold ${key} must be a number` };
  if (unit === 'percent') return percent(key, text);
  if (/^\d{1,5}$/.test(text)) return positive(key, Number(text));
  if (unit === 'ratio') {
    const match = /^(\d{1,3})\s*of\s*(\d{1,3})$/i.exec(text);
    if (match && Number(match[1]) <= Number(match[2]) && Number(match[1]) > 0) {
      return { ok: true, values: { [key]: Number(match[1]), 'slow-payer-of': Number(match[2]) } };
    }
  }
  if (unit === 'hours') {
    const hours = /^(\d{1,5})\s*h(?:ours?)?$/i.exec(text);
    if (hours) return positive(key, Number(hours[1]));
  }
  if (unit === 'working-days') {
    const days = /^(\d{1,3})\s*(?:working\s+|business\s+)?days?$/i.exec(text);
    if (days) return positive(key, Number(days[1]));
  }
  if (unit === 'days' || unit === 'hours' || unit === 'weeks') {
    const duration = parseDuration(text);
    if (duration && duration.unit !== 'month') {
      const days = duration.unit === 'week' ? duration.count * 7 : duration.count;
      const inUnit = unit === 'hours' ? days * 24 : unit === 'weeks' ? days / 7 : days;
      if (Number.isInteger(inUnit)) return positive(key, inUnit);
    }
  }
  return { ok: false, reason: `threshold ${key} must be ${describeUnit(unit)}, not "${text}"` };
}

function positive(key: ThresholdKey, value: number): ThresholdParse {
  if (value < 1) return { ok: false, reason: `threshold ${key} must be at least 1` };
  return { ok: true, values: { [key]: value } };
}

/** A whole percentage from 1 to 100, with or without `%`. */
function percent(key: ThresholdKey, text: string): ThresholdParse {
  const match = /^(\d{1,3})\s*%?$/.exec(text);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 100) return { ok: true, values: { [key]: Number(match[1]) } };
  return { ok: false, reason: `threshold ${key} must be ${describeUnit('percent')}, not "${text}"` };
}

function describeUnit(unit: Unit): string {
  switch (unit) {
    case 'days': return 'a number of days (14, 3 weeks)';
    case 'working-days': return 'a number of working days (2, 2 working days)';
    case 'hours': return 'a number of hours (48, 72h, 3 days)';
    case 'weeks': return 'a number of weeks';
    case 'ratio': return 'a count or "N of M" (2 of 3)';
    case 'count': return 'a whole number';
    case 'percent': return 'a percentage from 1 to 100 (80, 80%)';
  }
}

export function mergeThresholds(...layers: readonly ThresholdOverrides[]): Thresholds {
  return Object.assign({}, DEFAULT_THRESHOLDS, ...layers) as Thresholds;
}
