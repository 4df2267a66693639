import type { Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import { accountOf, unpaidFeesOf } from '../derive/account';
import type { Money } from '../values/money';
import { statementSections, type StatementSection } from '../derive/statement-lines';
import { agingBucketOf, agingOf, type AgingBucket, type AgingRow } from '../report/aging';
import { openInvoices, type OpenInvoice } from './document-facts';

export interface OpenItem extends OpenInvoice {
  readonly bucket: AgingBucket;
}

/** One currency of a statement, in minor units; currencies are never added together. */
export interface StatementCurrency {
  readonly currency: string;
  readonly section: StatementSection;
  /** The sum of the open invoices' balances. */
  readonly open: number;
  /** The late fees charged and not yet paid. */
  readonly fees: number;
  /**
   * Received but on no open invoice: payments without an ID no invoice has taken, the part of a
   * payment beyond what its invoice owed, payments naming no invoice of this currency.
   */
  readonly credit: number;
  /** The open invoices and unpaid fees less the credit: the running balance's last value (negative: in credit). */
  readonly due: number;
  /** Deposits received, held and not applied. */
  readonly held: number;
}

export interface Statement {
  readonly today: Day;
  readonly currencies: readonly StatementCurrency[];
  /** Oldest due first, every currency. */
  readonly openItems: readonly OpenItem[];
  /** One row per currency with an open balance. */
  readonly aging: readonly AgingRow[];
  /** The late fees charged and not yet paid, by invoice, oldest invoice first. */
  readonly unpaidFees: readonly UnpaidFee[];
}

export interface UnpaidFee {
  readonly invoiceId: string;
  readonly charged: Money;
  readonly unpaid: Money;
}

/** The statement of account of a client on `today`: its lines, its open invoices with their ages, and what is due. */
export function statementOf(client: ClientRecord, today: Day): Statement {
  const openItems = openInvoices(client, today).map((invoice) => ({ ...invoice, bucket: agingBucketOf(invoice.daysOverdue) }));
  const unpaidFees = unpaidFeesOfClient(client, today);
  const currencies = statementSections(client, today).map((section) => {
    const inCurrency = (money: Money) => money.currency === section.currency;
    const open = openItems.filter((item) => inCurrency(item.balance)).reduce((sum, item) => sum + item.balance.minor, 0);
    const fees = unpaidFees.filter((fee) => inCurrency(fee.unpaid)).reduce((sum, fee) => sum + fee.unpaid.minor, 0);
    return { currency: section.currency, section, open, fees, credit: open + fees - section.balance, due: section.balance, held: section.held };
  });
  return { today, currencies, openItems, aging: agingOf(client, today), unpaidFees };
}

function unpaidFeesOfClient(client: ClientRecord, today: Day): UnpaidFee[] {
  return accountOf(client, today).invoices
    .map((invoice) => ({ invoiceId: invoice.entry.id, charged: { minor: invoice.fees, currency: invoice.entry.amount.currency }, unpaid: unpaidFeesOf(invoice) }))
    .filter((fee) => fee.unpaid.minor > 0);
}
