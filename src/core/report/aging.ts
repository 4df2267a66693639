import { daysBetween, type Day } from '../values/calendar-day';
import { accountOf, balanceOf, isOpen } from '../derive/account';
import type { ClientRecord } from '../model';
import { openInvoiceLateFees } from '../derive/late-fee';

/**
 * Receivables aging buckets, by days past the due date on the day of the report:
 * `current` is not yet due or due today (0 days or less), then 1-30, 31-60, 61-90 and over 90.
 */
export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', 'over-90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Open balances of one currency, in minor units, by bucket. Currencies are never added together. */
export interface AgingRow {
  readonly currency: string;
  readonly buckets: Readonly<Record<AgingBucket, number>>;
  /** The sum of the buckets. */
  readonly total: number;
  /**
   * The late fees the agreements allow on the open invoices today, when there are any: a column
   * of its own, never in the buckets or the total (they are not receivables until charged and paid).
   */
  readonly lateFees?: number;
}

/** The bucket of an invoice that is `daysOverdue` days past its due date (0 or less: not yet due). */
export function agingBucketOf(daysOverdue: number): AgingBucket {
  if (daysOverdue <= 0) return 'current';
  if (daysOverdue <= 30) return '1-30';
  if (daysOverdue <= 60) return '31-60';
  if (daysOverdue <= 90) return '61-90';
  return 'over-90';
}

/**
 * The open balances of a client's invoices on `today`, bucketed by days overdue, one row per
 * currency (sorted by code). Payments are applied as everywhere else (derive/account.ts); credit
 * that no invoice has taken yet is not subtracted; entries dated after today are not counted.
 */
export function agingOf(client: ClientRecord, today: Day): AgingRow[] {
  const rows = new Map<string, Record<AgingBucket, number>>();
  for (const invoice of accountOf(client, today).invoices) {
    if (!isOpen(invoice)) continue;
    const balance = balanceOf(invoice);
    const buckets = rows.get(balance.currency) ?? emptyBuckets();
    buckets[agingBucketOf(daysBetween(invoice.due, today))] += balance.minor;
    rows.set(balance.currency, buckets);
  }
  const fees = new Map<string, number>();
  for (const fee of openInvoiceLateFees(client, today)) fees.set(fee.accrued.currency, (fees.get(fee.accrued.currency) ?? 0) + fee.accrued.minor);
  return toRows(rows, fees);
}

/** Rows of several clients added up, currency by currency (sorted by code). */
export function addAging(rows: readonly AgingRow[]): AgingRow[] {
  const totals = new Map<string, Record<AgingBucket, number>>();
  const fees = new Map<string, number>();
  for (const row of rows) {
    const buckets = totals.get(row.currency) ?? emptyBuckets();
    for (const bucket of AGING_BUCKETS) buckets[bucket] += row.buckets[bucket];
    totals.set(row.currency, buckets);
    if (row.lateFees) fees.set(row.currency, (fees.get(row.currency) ?? 0) + row.lateFees);
  }
  return toRows(totals, fees);
}

function emptyBuckets(): Record<AgingBucket, number> {
  return { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 0 };
}

function toRows(byCurrency: ReadonlyMap<string, Record<AgingBucket, number>>, fees: ReadonlyMap<string, number>): AgingRow[] {
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, buckets]) => {
      const row = { currency, buckets, total: AGING_BUCKETS.reduce((sum, bucket) => sum + buckets[bucket], 0) };
      const lateFees = fees.get(currency) ?? 0;
      return lateFees > 0 ? { ...row, lateFees } : row;
    });
}
