import { accountOf, balanceOf, type InvoiceState } from '../derive/account';
import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMoney, type Money } from '../values/money';
import type { ClientRecord, InvoiceEntry } from '../model';
import { lateFeeOf, type LateFee } from '../derive/late-fee';
import { describeLateFeePolicy } from '../values/late-fee-policy';
import { plural } from '../values/plural';

/** An invoice as its hover shows it: amounts, dates and the payments against it, on a day. */
export interface InvoiceSummary {
  readonly id: string;
  readonly amount: Money;
  readonly paid: Money;
  readonly open: Money;
  readonly issued: Day;
  readonly due: Day;
  /** Days past the due day; 0 or less when not yet due. */
  readonly daysOverdue: number;
  readonly paidOn?: Day;
  readonly payments: readonly { readonly date: Day; readonly amount: Money }[];
  /** What the agreement's late fee allows on this invoice as of the day, when the record has one. */
  readonly lateFee?: LateFee;
  /** Set when this entry repeats an earlier invoice's ID (only the first counts). */
  readonly duplicateOf?: number;
}

/** The invoice logged on a 1-based line, as of today; undefined on any other line. */
export function invoiceAtLine(client: ClientRecord, line: number, today: Day): InvoiceSummary | undefined {
  const entry = client.entries.find((item) => item.kind === 'invoice' && item.range.start.line === line);
  if (entry?.kind !== 'invoice') return undefined;
  const state = accountOf(client, today).invoices.find((invoice) => invoice.entry.id.toLowerCase() === entry.id.toLowerCase());
  return state && summaryOf(client, state, entry, today);
}

/**
 * Every invoice entry of the record with its summary, in file order, from one pass over the
 * account (the outline, the inlay hints and workspace symbols ask for all of them at once).
 */
export function invoiceSummaries(client: ClientRecord, today: Day): { readonly entry: InvoiceEntry; readonly summary: InvoiceSummary }[] {
  const states = new Map(accountOf(client, today).invoices.map((state) => [state.entry.id.toLowerCase(), state]));
  return client.entries.flatMap((entry) => {
    const state = entry.kind === 'invoice' ? states.get(entry.id.toLowerCase()) : undefined;
    return entry.kind === 'invoice' && state ? [{ entry, summary: summaryOf(client, state, entry, today) }] : [];
  });
}

function summaryOf(client: ClientRecord, state: InvoiceState, entry: InvoiceEntry, today: Day): InvoiceSummary {
  const { currency } = state.entry.amount;
  return {
    id: state.entry.id,
    amount: state.entry.amount,
    paid: { minor: state.paid, currency },
    open: balanceOf(state),
    issued: state.entry.date,
    due: state.due,
    daysOverdue: daysBetween(state.due, today),
    paidOn: state.paidOn,
    payments: state.payments.map((payment) => ({ date: payment.date, amount: payment.amount })),
    lateFee: lateFeeOf(client, state, today),
    duplicateOf: state.entry === entry ? undefined : state.entry.range.start.line,
  };
}

/**
 * Where an invoice stands, in a few words for the end of a line or a list: `paid 2026-10-09`,
 * `$750.00 open · 36d overdue`, `$100.00 open · due in 10d`, `$100.00 open · due today`; with
 * `lateness`, a paid invoice says how late it was paid too: `paid 2026-09-05 · 21d late`.
 */
export function invoiceStateText(summary: InvoiceSummary, options: { readonly lateness?: boolean } = {}): string {
  if (summary.open.minor <= 0) {
    const paid = summary.paidOn === undefined ? 'paid' : `paid ${formatDay(summary.paidOn)}`;
    const late = options.lateness ? daysPaidLate(summary) : 0;
    return late > 0 ? `${paid} · ${late}d late` : paid;
  }
  const { daysOverdue } = summary;
  const when = daysOverdue > 0 ? `${daysOverdue}d overdue` : daysOverdue === 0 ? 'due today' : `due in ${-daysOverdue}d`;
  return `${formatMoney(summary.open)} open · ${when}`;
}

/** The hover's lines: `Invoice INV-042 · $450.00`, then what is paid, what is open, and when it was due. */
export function invoiceSummaryLines(summary: InvoiceSummary): string[] {
  const lines = [`Invoice ${summary.id} · ${formatMoney(summary.amount)} · issued ${formatDay(summary.issued)} · due ${formatDay(summary.due)}`];
  if (summary.duplicateOf !== undefined) lines.push(`Repeats the invoice ID on line ${summary.duplicateOf}: the figures are that invoice's`);
  if (summary.open.minor <= 0) {
    lines.push(`Paid in full${summary.paidOn !== undefined ? ` on ${formatDay(summary.paidOn)}` : ''}${paidLate(summary)}`);
  } else {
    const when = summary.daysOverdue > 0 ? `${plural(summary.daysOverdue, 'day')} overdue` : summary.daysOverdue === 0 ? 'due today' : `due in ${plural(-summary.daysOverdue, 'day')}`;
    lines.push(`Paid ${formatMoney(summary.paid)} · open ${formatMoney(summary.open)} · ${when}`);
  }
  for (const payment of summary.payments) lines.push(`Payment ${formatMoney(payment.amount)} on ${formatDay(payment.date)}`);
  const fee = summary.lateFee && lateFeeLine(summary.lateFee, summary.open.minor > 0, summary.daysOverdue);
  if (fee) lines.push(fee);
  return lines;
}

/** `Late fee under the agreement: $37.50 (1.5% a month after 30 days, max $125.00); charged so far: $18.75`. */
function lateFeeLine(fee: LateFee, open: boolean, daysOverdue: number): string | undefined {
  const terms = describeLateFeePolicy(fee.policy, fee.cap);
  const charged = fee.charged.minor > 0 ? `charged so far: ${formatMoney(fee.charged)}` : 'none charged yet';
  if (fee.accrued.minor > 0 || fee.charged.minor > 0) return `Late fee under the agreement: ${formatMoney(fee.accrued)} (${terms}); ${charged}`;
  if (!open || daysOverdue < 0) return undefined;
  return `Late fee under the agreement: from ${formatDay(fee.from)} (${terms})`;
}

function paidLate(summary: InvoiceSummary): string {
  if (summary.paidOn === undefined) return '';
  const late = daysPaidLate(summary);
  return late > 0 ? `, ${plural(late, 'day')} late` : ', on time';
}

/** Days after its due day an invoice was paid in full; 0 or less when on time, 0 when not paid. */
function daysPaidLate(summary: InvoiceSummary): number {
  return summary.paidOn === undefined ? 0 : daysBetween(summary.due, summary.paidOn);
}
