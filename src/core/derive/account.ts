import { addDays, type Day } from '../values/calendar-day';
import type { Money } from '../values/money';
import type { ClientRecord, InvoiceEntry, LogEntry, PaymentEntry } from '../model';
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
}

export interface Overpayment {
  readonly payment: PaymentEntry;
  readonly invoice: InvoiceState;
  readonly excess: Money;
}

export interface UnknownPayment {
  readonly payment: PaymentEntry;
  /** Set when an invoice has the ID but another currency. */
  readonly currencyOf?: string;
}

export interface Account {
  /** Invoices up to today, by ID (the first invoice with an ID; later ones are duplicates). */
  readonly invoices: readonly InvoiceState[];
  readonly duplicates: readonly InvoiceEntry[];
  readonly unknownPayments: readonly UnknownPayment[];
  readonly overpayments: readonly Overpayment[];
  /** Payments without an ID that found no open invoice, by currency. */
  readonly credit: ReadonlyMap<string, number>;
}

export function balanceOf(invoice: InvoiceState): Money {
  return { minor: invoice.entry.amount.minor - invoice.paid, currency: invoice.entry.amount.currency };
}

export function isOpen(invoice: InvoiceState): boolean {
  return invoice.paid < invoice.entry.amount.minor;
}

/** Invoices, payments and their balances as of today (entries dated later are not counted). */
export const accountOf = memoByDay((client, today): Account => computeAccount(client, upTo(client.entries, today)));

function computeAccount(client: ClientRecord, entries: readonly LogEntry[]): Account {
  const byId = new Map<string, InvoiceState>();
  const duplicates: InvoiceEntry[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'invoice') continue;
    const key = entry.id.toLowerCase();
    if (byId.has(key)) duplicates.push(entry);
    else byId.set(key, { entry, due: entry.due ?? addDays(entry.date, client.termsDays), paid: 0, payments: [] });
  }
  const ledger = new PaymentLedger(byId);
  for (const entry of byTime(entries)) {
    if (entry.kind === 'invoice' && byId.get(entry.id.toLowerCase())?.entry === entry) ledger.issue(entry);
    else if (entry.kind === 'payment') ledger.receive(entry);
  }
  return { invoices: [...byId.values()], duplicates, ...ledger.result() };
}

class PaymentLedger {
  private readonly issued: InvoiceState[] = [];
  private readonly unknown: UnknownPayment[] = [];
  private readonly over: Overpayment[] = [];
  private readonly credit = new Map<string, number>();

  constructor(private readonly byId: ReadonlyMap<string, InvoiceState>) {}

  issue(entry: InvoiceEntry): void {
    const invoice = this.byId.get(entry.id.toLowerCase())!;
    this.issued.push(invoice);
    const currency = entry.amount.currency;
    const credit = this.credit.get(currency) ?? 0;
    if (credit > 0) this.credit.set(currency, credit - this.apply(invoice, credit, entry.date));
  }

  receive(payment: PaymentEntry): void {
    if (payment.invoiceId !== undefined) return this.payInvoice(payment, payment.invoiceId);
    let left = payment.amount.minor;
    for (const invoice of this.issued) {
      if (left === 0) break;
      if (invoice.entry.amount.currency !== payment.amount.currency || !isOpen(invoice)) continue;
      left -= this.apply(invoice, left, payment.date, payment);
    }
    if (left > 0) this.credit.set(payment.amount.currency, (this.credit.get(payment.amount.currency) ?? 0) + left);
  }

  result() {
    return { unknownPayments: this.unknown, overpayments: this.over, credit: this.credit };
  }

  private payInvoice(payment: PaymentEntry, id: string): void {
    const invoice = this.byId.get(id.toLowerCase());
    if (!invoice) return void this.unknown.push({ payment });
    const currency = invoice.entry.amount.currency;
    if (currency !== payment.amount.currency) return void this.unknown.push({ payment, currencyOf: currency });
    const open = invoice.entry.amount.minor - invoice.paid;
    const applied = this.apply(invoice, payment.amount.minor, payment.date, payment);
    if (payment.amount.minor > open) {
      this.over.push({ payment, invoice, excess: { minor: payment.amount.minor - applied, currency } });
    }
  }

  /** Applies up to `minor` to the invoice; returns what it took. */
  private apply(invoice: InvoiceState, minor: number, on: Day, payment?: PaymentEntry): number {
    const taken = Math.min(minor, invoice.entry.amount.minor - invoice.paid);
    if (taken <= 0) return 0;
    invoice.paid += taken;
    if (payment) invoice.payments.push(payment);
    if (invoice.paid === invoice.entry.amount.minor) invoice.paidOn = on;
    return taken;
  }
}
