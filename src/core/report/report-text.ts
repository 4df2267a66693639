import { formatDay } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import type { AgingBucket, AgingRow } from './aging';
import type { DaysSalesOutstanding } from './days-sales-outstanding';
import type { HealthSignal } from './health';
import type { InvoiceLateness } from './payment-times';
import type { ClientReport, ClientSummary, HealthTotals } from './portfolio-report';
import type { ResponseTimes } from './response-times';
import type { WeeklyHours } from './weekly-hours';

/** The words both renderers use for the report's figures, as plain text (each renderer escapes it). */

export const REPORT_TITLE = 'Client portfolio report';

export const BUCKET_LABELS: Readonly<Record<AgingBucket, string>> = {
  current: 'Current',
  '1-30': '1-30 days',
  '31-60': '31-60 days',
  '61-90': '61-90 days',
  'over-90': 'Over 90 days',
};

export const SIGNAL_LABELS: Readonly<Record<HealthSignal, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** A number of days with at most one decimal: `17`, `12.3`, `-2.5`, or `n/a`. */
export function formatDays(days: number | undefined): string {
  if (days === undefined || !Number.isFinite(days)) return 'n/a';
  const text = (Math.round(days * 10) / 10).toFixed(1).replace(/\.0$/, '');
  return text === '-0' ? '0' : text;
}

/** `1 day`, `12.3 days`. */
export function daysText(days: number | undefined): string {
  if (days === undefined) return 'n/a';
  const number = formatDays(days);
  return `${number} ${number === '1' || number === '-1' ? 'day' : 'days'}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** `1,234`. */
export function countText(count: number): string {
  return count.toLocaleString('en-US');
}

/** `8 clients: 4 green, 2 amber, 1 red, 1 unreadable (1 former client listed, not counted)`. */
export function healthSummary(totals: HealthTotals): string {
  const counted = totals.green + totals.amber + totals.red + totals.unreadable;
  const unreadable = totals.unreadable > 0 ? `, ${totals.unreadable} unreadable` : '';
  const former = totals.notCounted > 0 ? ` (${plural(totals.notCounted, 'former client')} listed, not counted)` : '';
  return `${plural(counted + totals.notCounted, 'client')}: ${totals.green} green, ${totals.amber} amber, ${totals.red} red${unreadable}${former}`;
}

export const UNREADABLE_TITLE = 'Records that cannot be read';

/** Why an unreadable record has no figures, and what to do. */
export const UNREADABLE_TEXT = 'These files look like client records, but their frontmatter cannot be read, so none of their figures are in this report: fix the record.';

/** `$3,250.00 (overdue $2,000.00)` per currency, joined with `; `; `none` when nothing is open. */
export function receivablesText(rows: readonly AgingRow[]): string {
  if (rows.length === 0) return 'none';
  return rows
    .map((row) => {
      const overdue = row.total - row.buckets.current;
      const money = formatMoney({ minor: row.total, currency: row.currency });
      return overdue > 0 ? `${money} (overdue ${formatMoney({ minor: overdue, currency: row.currency })})` : money;
    })
    .join('; ');
}

export function bucketMoney(row: AgingRow, bucket: AgingBucket): string {
  return formatMoney({ minor: row.buckets[bucket], currency: row.currency });
}

export function totalMoney(row: AgingRow): string {
  return formatMoney({ minor: row.total, currency: row.currency });
}

/** `USD 61.9 days ($3,250.00 open of $3,750.00 invoiced in 90 days)` per currency; `n/a` without figures. */
export function dsoText(figures: readonly DaysSalesOutstanding[]): string {
  if (figures.length === 0) return 'n/a';
  return figures
    .map((figure) => {
      const open = formatMoney({ minor: figure.receivables, currency: figure.currency });
      const invoiced = formatMoney({ minor: figure.invoiced, currency: figure.currency });
      const what = figure.days === undefined ? 'nothing invoiced' : daysText(figure.days);
      return `${figure.currency} ${what} (${open} open, ${invoiced} invoiced in the last ${figure.windowDays} days)`;
    })
    .join('; ');
}

export function daysToPayText(client: ClientReport): string {
  const times = client.paymentTimes;
  if (times.averageDaysToPay === undefined) return 'n/a (no invoice paid yet)';
  return `${daysText(times.averageDaysToPay)} (${plural(times.paidInvoices, 'paid invoice')})`;
}

export function daysLateText(client: ClientReport): string {
  const late = client.paymentTimes.averageDaysLate;
  if (late === undefined) return 'n/a (no invoice paid yet)';
  return late < 0 ? `${daysText(-late)} early` : `${daysText(late)} late`;
}

/** `BD-020 17 days late, BD-021 1 day early, BD-023 66 days late (open)`. */
export function latenessText(lateness: readonly InvoiceLateness[]): string {
  if (lateness.length === 0) return 'none paid or overdue';
  return lateness.map(invoiceLatenessText).join(', ');
}

export function invoiceLatenessText(invoice: InvoiceLateness): string {
  const when = invoice.daysLate < 0 ? `${daysText(-invoice.daysLate)} early` : invoice.daysLate === 0 ? 'on the due date' : `${daysText(invoice.daysLate)} late`;
  const state = invoice.paidOn === undefined ? 'open' : `paid ${formatDay(invoice.paidOn)}`;
  return `${invoice.invoiceId} ${when} (${state}, due ${formatDay(invoice.due)})`;
}

/** `2.5 days on average (4 replies; 1 message waiting)`. */
export function responseText(responses: ResponseTimes): string {
  const waiting = responses.waiting > 0 ? `; ${plural(responses.waiting, 'message')} waiting` : '';
  if (responses.averageDays === undefined) return responses.waiting > 0 ? `no reply yet (${plural(responses.waiting, 'message')} waiting)` : 'n/a (no message sent)';
  return `${daysText(responses.averageDays)} on average (${plural(responses.times.length, 'reply')}${waiting})`;
}

/** `2026-10-26 5h, 2026-11-02 2h 30m (below), ...; minimum 5h`. */
export function hoursText(hours: WeeklyHours): string {
  if (hours.weeks.length === 0) return 'n/a (no complete week yet)';
  const weeks = hours.weeks.map((week) => `${formatDay(week.monday)} ${formatMinutes(week.minutes)}${week.belowMinimum ? ' (below)' : ''}`).join(', ');
  return hours.minimumMinutes === undefined ? weeks : `${weeks}; minimum ${formatMinutes(hours.minimumMinutes)} a week`;
}

/** Whether a client has anything to show for hours: a minimum, or work logged in the weeks shown. */
export function showsHours(hours: WeeklyHours): boolean {
  return hours.weeks.length > 0 && (hours.minimumMinutes !== undefined || hours.weeks.some((week) => week.minutes > 0));
}

/** Whether an aging table shows its "Late fees" column: some row has late fees. */
export function showsLateFees(rows: readonly AgingRow[]): boolean {
  return rows.some((row) => (row.lateFees ?? 0) > 0);
}

export function lateFeesMoney(row: AgingRow): string {
  return formatMoney({ minor: row.lateFees ?? 0, currency: row.currency });
}

/** `$48.75` per currency, joined with `; `; `none` without late fees. */
export function lateFeesText(rows: readonly AgingRow[]): string {
  const fees = rows.filter((row) => (row.lateFees ?? 0) > 0);
  return fees.length === 0 ? 'none' : fees.map(lateFeesMoney).join('; ');
}

export const LATE_FEES_LABEL = 'Late fees';

export function openBalanceText(client: ClientSummary): string {
  if (client.aging.length === 0) return 'none';
  return client.aging.map((row) => totalMoney(row)).join('; ');
}

export const LIST_TITLE = 'Clients by what needs attention';

/** Which rows of the list are shown: `Clients 51-100 of 10,000` (`1 client`, `No client`). */
export function listRangeText(from: number, shown: number, total: number): string {
  if (total === 0) return 'No client record';
  if (shown === total) return `${countText(total)} ${total === 1 ? 'client' : 'clients'}`;
  return `Clients ${countText(from + 1)}-${countText(from + shown)} of ${countText(total)}`;
}

/** The order of the list, in words. */
export const LIST_ORDER_TEXT = 'red first, then amber, then green; within each, the most findings first';

/** The clients a bounded list leaves out, by signal: `9,000 more not listed (1,484 amber, 7,516 green)`. */
export function notListedText(left: readonly ClientSummary[]): string {
  const counts = { red: 0, amber: 0, green: 0 };
  for (const client of left) counts[client.health.signal]++;
  const parts = (['red', 'amber', 'green'] as const).filter((signal) => counts[signal] > 0).map((signal) => `${countText(counts[signal])} ${signal}`);
  return `${countText(left.length)} more ${left.length === 1 ? 'client is' : 'clients are'} not listed here (${parts.join(', ')}), to keep the file small: the report in VS Code pages through every client, and the checker's output lists every finding`;
}

/** Why only some clients are shown in detail. */
export function detailsText(shown: number, total: number): string {
  return shown === total ? 'Every client, by what needs attention.' : `The first ${countText(shown)} of the ${countText(total)} clients by what needs attention; the others are in the list above.`;
}

/** The records that cannot be read beyond the bound. */
export function moreUnreadableText(count: number): string {
  return `${countText(count)} more ${count === 1 ? 'record' : 'records'} cannot be read: the checker's output lists them all.`;
}
