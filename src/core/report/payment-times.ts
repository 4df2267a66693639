import { daysBetween, type Day } from '../values/calendar-day';
import { accountOf, isOpen, type InvoiceState } from '../derive/account';
import type { ClientRecord } from '../model';

/** How fast a client pays, over every invoice paid in full by the day of the report. */
export interface PaymentTimes {
  /** Invoices paid in full (their balance reached zero on or before today). */
  readonly paidInvoices: number;
  /**
   * The mean of (paidOn - invoice date) in days over the paid invoices; undefined when none is
   * paid. paidOn is the day the balance reached zero (the last part payment).
   */
  readonly averageDaysToPay?: number;
  /** The mean of (paidOn - due) in days over the paid invoices: negative when paid early on average. */
  readonly averageDaysLate?: number;
}

/** One invoice on the days-late trend. */
export interface InvoiceLateness {
  readonly invoiceId: string;
  readonly date: Day;
  readonly due: Day;
  /** paidOn - due for a paid invoice (negative: early); today - due for an open overdue one. */
  readonly daysLate: number;
  /** Still unpaid: the days late are as of today and will grow. */
  readonly open: boolean;
  /** The day it was paid in full, for a paid invoice. */
  readonly paidOn?: Day;
}

export function paymentTimesOf(client: ClientRecord, today: Day): PaymentTimes {
  const paid = accountOf(client, today).invoices.filter((invoice) => invoice.paidOn !== undefined);
  if (paid.length === 0) return { paidInvoices: 0 };
  const toPay = paid.reduce((sum, invoice) => sum + daysBetween(invoice.entry.date, invoice.paidOn!), 0);
  const late = paid.reduce((sum, invoice) => sum + daysBetween(invoice.due, invoice.paidOn!), 0);
  return { paidInvoices: paid.length, averageDaysToPay: toPay / paid.length, averageDaysLate: late / paid.length };
}

/**
 * Days late of each invoice, in invoice date order (same day: file order), for a trend chart:
 * paid invoices from the day they were paid in full, open ones past their due date as of today
 * (marked open). Open invoices not yet past due, and invoices of zero, are left out.
 */
export function invoiceLatenessOf(client: ClientRecord, today: Day): InvoiceLateness[] {
  return accountOf(client, today)
    .invoices.map((invoice, index) => ({ invoice, index }))
    .sort((a, b) => a.invoice.entry.date - b.invoice.entry.date || a.index - b.index)
    .flatMap(({ invoice }) => latenessOf(invoice, today));
}

function latenessOf(invoice: InvoiceState, today: Day): InvoiceLateness[] {
  const base = { invoiceId: invoice.entry.id, date: invoice.entry.date, due: invoice.due };
  if (invoice.paidOn !== undefined) return [{ ...base, daysLate: daysBetween(invoice.due, invoice.paidOn), open: false, paidOn: invoice.paidOn }];
  if (isOpen(invoice) && invoice.due < today) return [{ ...base, daysLate: daysBetween(invoice.due, today), open: true }];
  return [];
}
