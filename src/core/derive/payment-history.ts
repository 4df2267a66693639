import { daysBetween, type Day } from '../values/calendar-day';
import type { InvoiceEntry } from '../model';
import type { ClientRecord } from '../model';
import { accountOf, isOpen, type InvoiceState } from './account';

export interface PaidInvoice {
  readonly entry: InvoiceEntry;
  readonly due: Day;
  readonly paidOn: Day;
  /** Days after the due date it was paid; 0 or less when on time. */
  readonly daysLate: number;
}

/** The last `count` invoices paid in full, in the order they were paid (what slow-payer looks at). */
export function recentlyPaid(client: ClientRecord, today: Day, count: number): PaidInvoice[] {
  const paid: PaidInvoice[] = [];
  for (const invoice of accountOf(client, today).invoices) if (invoice.paidOn !== undefined) paid.push(paidInvoice(invoice, invoice.paidOn));
  return paid.sort((a, b) => a.paidOn - b.paidOn).slice(-count);
}

function paidInvoice(invoice: InvoiceState, paidOn: Day): PaidInvoice {
  return { entry: invoice.entry, due: invoice.due, paidOn, daysLate: daysBetween(invoice.due, paidOn) };
}

export interface LatePayment {
  readonly paid: readonly PaidInvoice[];
  readonly late: readonly PaidInvoice[];
  /** Whole days, rounded; 0 when none was late. */
  readonly averageDaysLate: number;
}

/** Of the last `slow-payer-of` paid invoices, the ones paid after their due date. */
export function latePayments(client: ClientRecord, today: Day, count: number): LatePayment {
  const paid = recentlyPaid(client, today, count);
  const late = paid.filter((invoice) => invoice.daysLate > 0);
  const averageDaysLate = late.length === 0 ? 0 : Math.round(late.reduce((sum, invoice) => sum + invoice.daysLate, 0) / late.length);
  return { paid, late, averageDaysLate };
}

export interface FirstLate {
  /** The one invoice now past due and unpaid. */
  readonly invoice: InvoiceState;
  readonly daysLate: number;
  /** The invoices due before it, each paid on or before its due date (at least `run`), oldest first. */
  readonly onTime: readonly PaidInvoice[];
}

/**
 * A good payer's first lapse: exactly one invoice is past due and unpaid, and every invoice due
 * before it, at least `run` of them, was paid on time.
 */
export function firstLateAfterOnTime(client: ClientRecord, today: Day, run: number): FirstLate | undefined {
  const invoices = accountOf(client, today).invoices;
  const overdue = invoices.filter((invoice) => isOpen(invoice) && invoice.due < today);
  if (overdue.length !== 1) return undefined;
  const [invoice] = overdue;
  const before = invoices.filter((other) => other !== invoice && other.due <= invoice.due);
  const onTime: PaidInvoice[] = [];
  for (const other of before) {
    if (other.paidOn === undefined || other.paidOn > other.due) return undefined;
    onTime.push(paidInvoice(other, other.paidOn));
  }
  if (onTime.length < run) return undefined;
  return { invoice, daysLate: daysBetween(invoice.due, today), onTime: onTime.sort((a, b) => a.due - b.due) };
}
