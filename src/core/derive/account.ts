import { addDays, type Day } from '../values/calendar-day';
import type { Money } from '../values/money';
import type { ClientRecord, InvoiceEntry, LateFeeEntry, LogEntry, PaymentEntry } from '../model';
import { byTime, upTo } from './entry-time';
import { memoByDay } from './memo-by-day';

export interface InvoiceState {
  readonly entry: InvoiceEntry;
  readonly due: Day;
  /** Minor units received against this invoice. */
  paid: number;
  /** The day the balance reached zero. */
  paidOn?: Day;
  readonly payments: PaymentEntry[];
  /**
   * What was paid of the principal, and when (the principal open on a day is the amount less
   * these up to it), in the order it was applied; `payment` is unset for credit left over from
   * earlier payments.
   */
  readonly principalPaid: { readonly on: Day; readonly minor: number; readonly payment?: PaymentEntry }[];
  /** The late fees charged on this invoice (its `late-fee` entries up to today), in minor units. */
  fees: number;
  /** What of the charged fees is paid: a payment pays the principal first, then the fees. */
  feesPaid: number;
  readonly feeEntries: LateFeeEntry[];
}

export interface Overpayment {
  readonly payment: PaymentEntry;
  readonly invoice: InvoiceState;
  readonly excess: Money;
}

/** A `late-fee` entry that names no invoice of the record, or one of another currency. */
export interface UnknownFee {
  readonly fee: LateFeeEntry;
  readonly currencyOf?: string;
}

export interface UnknownPayment {
  readonly payment: PaymentEntry;
  /** Set when an invoice has the ID but another currency. */
  readonly currencyOf?: string;
}

export interface Account {
  /** Invoices up to today, by ID (the earliest invoice with an ID, in time order; later ones are duplicates). */
  readonly invoices: readonly InvoiceState[];
  readonly duplicates: readonly InvoiceEntry[];
  readonly unknownPayments: readonly UnknownPayment[];
  readonly overpayments: readonly Overpayment[];
  readonly unknownFees: readonly UnknownFee[];
  /** Payments without an ID that found no open invoice, by currency. */
  readonly credit: ReadonlyMap<string, number>;
}

export function balanceOf(invoice: InvoiceState): Money {
  return { minor: invoice.entry.amount.minor - invoice.paid, currency: invoice.entry.amount.currency };
}

export function isOpen(invoice: InvoiceState): boolean {
  return invoice.paid < invoice.entry.amount.minor;
}

/** The late fees charged on the invoice and not yet paid (the statement of account lists them). */
export function unpaidFeesOf(invoice: InvoiceState): Money {
  return { minor: invoice.fees - invoice.feesPaid, currency: invoice.entry.amount.currency };
}

/** The principal still open at the end of a day: the amount less what was paid of it up to that day. */
export function principalOpenOn(invoice: InvoiceState, day: Day): number {
  let paid = 0;
  for (const part of invoice.principalPaid) if (part.on <= day) paid += part.minor;
  return invoice.entry.amount.minor - paid;
}

/** What one payment paid of one invoice's principal, and the principal left open after it. */
export interface PaymentPart {
  readonly invoice: InvoiceState;
  readonly minor: number;
  readonly left: number;
}

/**
 * What each payment paid, invoice by invoice in the order it paid them (a payment without an ID
 * pays the oldest open invoices first), from one pass over the account's invoices.
 */
export function paymentParts(account: Account): Map<PaymentEntry, PaymentPart[]> {
  const parts = new Map<PaymentEntry, PaymentPart[]>();
  for (const invoice of account.invoices) {
    let left = invoice.entry.amount.minor;
    for (const paid of invoice.principalPaid) {
      left -= paid.minor;
      if (!paid.payment) continue;
      const list = parts.get(paid.payment);
      const part = { invoice, minor: paid.minor, left };
      if (list) list.push(part);
      else parts.set(paid.payment, [part]);
    }
  }
  for (const list of parts.values()) if (list.length > 1) list.sort((a, b) => a.invoice.entry.date - b.invoice.entry.date || a.invoice.entry.range.start.line - b.invoice.entry.range.start.line);
  return parts;
}

/** Invoices, payments and their balances as of today (entries dated later are not counted). */
export const accountOf = memoByDay((client, today): Account => computeAccount(client, upTo(client.entries, today)));

function computeAccount(client: ClientRecord, entries: readonly LogEntry[]): Account {
  const byId = new Map<string, InvoiceState>();
  const duplicates: InvoiceEntry[] = [];
  // In time order, not the file's: the invoice that counts is the earliest, however the lines are ordered.
  const ordered = byTime(entries);
  for (const entry of ordered) {
    if (entry.kind !== 'invoice') continue;
    const key = entry.id.toLowerCase();
    if (byId.has(key)) duplicates.push(entry);
    else byId.set(key, { entry, due: entry.due ?? addDays(entry.date, client.termsDays), paid: 0, payments: [], principalPaid: [], fees: 0, feesPaid: 0, feeEntries: [] });
  }
  const ledger = new PaymentLedger(byId);
  for (const entry of ordered) {
    if (entry.kind === 'invoice' && byId.get(entry.id.toLowerCase())?.entry === entry) ledger.issue(entry);
    else if (entry.kind === 'payment') ledger.receive(entry);
    else if (entry.kind === 'late-fee') ledger.charge(entry);
  }
  return { invoices: [...byId.values()], duplicates, ...ledger.result() };
}

class PaymentLedger {
  private readonly issued: InvoiceState[] = [];
  private readonly unknown: UnknownPayment[] = [];
  private readonly over: Overpayment[] = [];
  private readonly unknownFees: UnknownFee[] = [];
  private readonly credit = new Map<string, number>();

  constructor(private readonly byId: ReadonlyMap<string, InvoiceState>) {}

  issue(entry: InvoiceEntry): void {
    const invoice = this.byId.get(entry.id.toLowerCase())!;
    this.issued.push(invoice);
    const currency = entry.amount.currency;
    const credit = this.credit.get(currency) ?? 0;
    if (credit > 0) this.credit.set(currency, credit - this.apply(invoice, credit, entry.date));
  }

  /** A charged fee belongs to its invoice; credit left from payments without an ID pays it. */
  charge(fee: LateFeeEntry): void {
    const invoice = this.byId.get(fee.invoiceId.toLowerCase());
    if (!invoice) return void this.unknownFees.push({ fee });
    const currency = invoice.entry.amount.currency;
    if (currency !== fee.amount.currency) return void this.unknownFees.push({ fee, currencyOf: currency });
    invoice.fees += fee.amount.minor;
    invoice.feeEntries.push(fee);
    const credit = this.credit.get(currency) ?? 0;
    if (credit > 0) this.credit.set(currency, credit - this.applyToFees(invoice, credit));
  }

  /** A payment without an ID pays the oldest open principals, then the oldest charged fees, then is credit. */
  receive(payment: PaymentEntry): void {
    if (payment.invoiceId !== undefined) return this.payInvoice(payment, payment.invoiceId);
    const { currency } = payment.amount;
    let left = payment.amount.minor;
    for (const invoice of this.issued) {
      if (left === 0) break;
      if (invoice.entry.amount.currency !== currency || !isOpen(invoice)) continue;
      left -= this.apply(invoice, left, payment.date, payment);
    }
    for (const invoice of this.issued) {
      if (left === 0) break;
      if (invoice.entry.amount.currency === currency) left -= this.applyToFees(invoice, left);
    }
    if (left > 0) this.credit.set(currency, (this.credit.get(currency) ?? 0) + left);
  }

  result() {
    return { unknownPayments: this.unknown, overpayments: this.over, unknownFees: this.unknownFees, credit: this.credit };
  }

  private payInvoice(payment: PaymentEntry, id: string): void {
    const invoice = this.byId.get(id.toLowerCase());
    if (!invoice) return void this.unknown.push({ payment });
    const currency = invoice.entry.amount.currency;
    if (currency !== payment.amount.currency) return void this.unknown.push({ payment, currencyOf: currency });
    const open = invoice.entry.amount.minor - invoice.paid + invoice.fees - invoice.feesPaid;
    const principal = this.apply(invoice, payment.amount.minor, payment.date, payment);
    const applied = principal + this.applyToFees(invoice, payment.amount.minor - principal);
    if (payment.amount.minor > open) {
      this.over.push({ payment, invoice, excess: { minor: payment.amount.minor - applied, currency } });
    }
  }

  /** Applies up to `minor` to the invoice; returns what it took. */
  private apply(invoice: InvoiceState, minor: number, on: Day, payment?: PaymentEntry): number {
    const taken = Math.min(minor, invoice.entry.amount.minor - invoice.paid);
    if (taken <= 0) return 0;
    invoice.paid += taken;
    invoice.principalPaid.push(payment ? { on, minor: taken, payment } : { on, minor: taken });
    if (payment) invoice.payments.push(payment);
    if (invoice.paid === invoice.entry.amount.minor) invoice.paidOn = on;
    return taken;
  }

  /** Applies up to `minor` to the invoice's unpaid charged fees; returns what it took. */
  private applyToFees(invoice: InvoiceState, minor: number): number {
    const taken = Math.min(minor, invoice.fees - invoice.feesPaid);
    if (taken <= 0) return 0;
    invoice.feesPaid += taken;
    return taken;
  }
}
