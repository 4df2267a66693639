import { formatDay, type Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { ClientRecord, LogEntry } from '../model';
import { accountOf, type Account } from './account';
import { byTime, upTo } from './entry-time';

/** What one log entry puts on a statement, in minor units of its currency. */
export interface StatementMovement {
  readonly currency: string;
  readonly description: string;
  /** Charged to the client (an invoice, a late fee). */
  readonly charge: number;
  /** Received from the client (a payment). */
  readonly received: number;
  /** Received and held, not applied (a deposit): it does not move the balance. */
  readonly held: number;
}

export interface StatementLine extends StatementMovement {
  readonly entry: LogEntry;
  /** The running balance after this line: positive is owed, negative is in credit. */
  readonly balance: number;
}

/** One currency's lines; currencies are never added together. */
export interface StatementSection {
  readonly currency: string;
  readonly lines: readonly StatementLine[];
  /** The last running balance (0 without lines that move it). */
  readonly balance: number;
  /** The deposits received, held. */
  readonly held: number;
}

/**
 * A client's money entries up to today in time order (date, then time, then file order), one
 * section per currency: the record's currency first, then the others by code.
 */
export function statementSections(client: ClientRecord, today: Day): StatementSection[] {
  const account = accountOf(client, today);
  const sections = new Map<string, { lines: StatementLine[]; balance: number; held: number }>();
  for (const entry of byTime(upTo(client.entries, today))) {
    const movement = statementMovement(entry, account);
    if (!movement) continue;
    const section = sections.get(movement.currency) ?? { lines: [], balance: 0, held: 0 };
    section.balance += movement.charge - movement.received;
    section.held += movement.held;
    section.lines.push({ ...movement, entry, balance: section.balance });
    sections.set(movement.currency, section);
  }
  return [...sections].sort(([a], [b]) => currencyOrder(client, a, b)).map(([currency, section]) => ({ currency, ...section }));
}

/**
 * The one place that decides which entries a statement lists and how. An invoice whose ID an
 * earlier invoice already has is left out, as the balances leave it out, and so is a late fee
 * that names no invoice of its currency. The notes after the
 * colon are the assistant's own and are not shown.
 */
export function statementMovement(entry: LogEntry, account: Account): StatementMovement | undefined {
  const none = { charge: 0, received: 0, held: 0 };
  switch (entry.kind) {
    case 'invoice': {
      const invoice = account.invoices.find((state) => state.entry === entry);
      if (!invoice) return undefined;
      return { ...none, currency: entry.amount.currency, description: `Invoice ${entry.id}, due ${formatDay(invoice.due)}`, charge: entry.amount.minor };
    }
    case 'payment': {
      const description = entry.invoiceId === undefined ? 'Payment (not assigned to an invoice)' : `Payment, ${entry.invoiceId}`;
      return { ...none, currency: entry.amount.currency, description, received: entry.amount.minor };
    }
    case 'late-fee': {
      if (account.unknownFees.some((unknown) => unknown.fee === entry)) return undefined;
      return { ...none, currency: entry.amount.currency, description: `Late fee, ${entry.invoiceId}`, charge: entry.amount.minor };
    }
    case 'deposit':
      return { ...none, currency: entry.amount.currency, description: `Deposit received (held): ${formatMoney(entry.amount)}`, held: entry.amount.minor };
    default:
      return undefined;
  }
}

function currencyOrder(client: ClientRecord, a: string, b: string): number {
  if (a === client.currency || b === client.currency) return a === client.currency ? (b === a ? 0 : -1) : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
