import type { ListItem, Root, RootContent } from 'mdast';
import { formatDay, type Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { ClientRecord } from '../model';
import { AGING_BUCKETS } from '../report/aging';
import { BUCKET_LABELS, bucketMoney, totalMoney } from '../report/report-text';
import type { StatementSection } from '../derive/statement-lines';
import { addressee, type DocumentContext } from './document-facts';
import { emphasis, heading, item, list, paragraph, root, strong, table } from './mdast-nodes';
import { safeSegment } from './safe-segment';
import { statementOf, type OpenItem, type Statement, type StatementCurrency } from './statement-facts';

/**
 * A statement of account to send to the client: every invoice, payment and deposit up to today
 * with the running balance, one table per currency, the open invoices with their ages and the
 * aging per currency, the total due per currency, and how to pay. Nothing in it is not for the
 * client: no checklist.
 */
export function statement(client: ClientRecord, context: DocumentContext): Root {
  const facts = statementOf(client, context.today);
  const as = formatDay(context.today);
  return root([
    heading(1, `Statement of account as of ${as}`),
    paragraph('To: ', recipient(client)),
    paragraph('Dear ', addressee(client), ','),
    paragraph(`Here is your account up to ${as}: every invoice${hasFees(facts) ? ', late fee' : ''} and payment with the running balance, the invoices still open with their ages, and the total due.`),
    heading(2, 'Account activity'),
    ...activity(facts),
    heading(2, 'Open invoices'),
    ...openItems(facts),
    ...lateFees(facts),
    heading(2, 'Total due'),
    ...totals(facts, client),
    heading(2, 'How to pay'),
    ...howToPay(facts),
    paragraph('Thank you,'),
    paragraph(client.owner ?? emphasis('Your name')),
  ]);
}

/** `Brightside Dental, attn. Dr. Priya Nair (priya@brightside.example)` */
function recipient(client: ClientRecord): string {
  const contact = client.contact;
  const attention = contact?.name && contact.name !== client.name ? `, attn. ${contact.name}` : '';
  return `${client.name}${attention}${contact?.email ? ` (${contact.email})` : ''}`;
}

function activity(facts: Statement): RootContent[] {
  if (facts.currencies.length === 0) return [paragraph(`Nothing was invoiced, paid or deposited up to ${formatDay(facts.today)}.`)];
  const several = facts.currencies.length > 1;
  return facts.currencies.flatMap(({ section }) => (several ? [heading(3, section.currency), activityTable(section)] : [activityTable(section)]));
}

function activityTable(section: StatementSection): RootContent {
  const money = (minor: number) => (minor === 0 ? '' : formatMoney({ minor, currency: section.currency }));
  return table([null, null, 'right', 'right', 'right'], [
    ['Date', 'Description', 'Charge', 'Received', 'Balance'],
    ...section.lines.map((line) => [formatDay(line.entry.date), line.description, money(line.charge), money(line.received), balanceText(line.balance, section.currency)]),
  ]);
}

/** `$1,250.00`, `$0.00`, or `$200.00 in credit` for a negative balance. */
function balanceText(minor: number, currency: string): string {
  return minor < 0 ? `${formatMoney({ minor: -minor, currency })} in credit` : formatMoney({ minor, currency });
}

function openItems(facts: Statement): RootContent[] {
  if (facts.openItems.length === 0) return [paragraph('No invoice is open.')];
  return [
    table([null, null, null, 'right', 'right', 'right', null], [
      ['Invoice', 'Issued', 'Due', 'Amount', 'Open', 'Days overdue', 'Aging'],
      ...facts.openItems.map(openItemRow),
    ]),
    paragraph('The open balance by days overdue:'),
    table([null, ...AGING_BUCKETS.map(() => 'right' as const), 'right'], [
      ['Currency', ...AGING_BUCKETS.map((bucket) => BUCKET_LABELS[bucket]), 'Total'],
      ...facts.aging.map((row) => [row.currency, ...AGING_BUCKETS.map((bucket) => bucketMoney(row, bucket)), strong(totalMoney(row))]),
    ]),
  ];
}

function hasFees(facts: Statement): boolean {
  return facts.currencies.some(({ section }) => section.lines.some((line) => line.entry.kind === 'late-fee'));
}

/** The late fees charged under the agreement and not yet paid, by invoice. */
function lateFees(facts: Statement): RootContent[] {
  if (facts.unpaidFees.length === 0) return [];
  return [
    heading(2, 'Late fees'),
    paragraph('Late fees charged under our agreement and not yet paid:'),
    table([null, 'right', 'right'], [
      ['Invoice', 'Charged', 'Unpaid'],
      ...facts.unpaidFees.map((fee) => [fee.invoiceId, formatMoney(fee.charged), formatMoney(fee.unpaid)]),
    ]),
  ];
}

function openItemRow(open: OpenItem): string[] {
  const days = open.daysOverdue > 0 ? String(open.daysOverdue) : open.daysOverdue === 0 ? 'due today' : 'not yet due';
  return [open.entry.id, formatDay(open.entry.date), formatDay(open.due), formatMoney(open.entry.amount), formatMoney(open.balance), days, BUCKET_LABELS[open.bucket]];
}

function totals(facts: Statement, client: ClientRecord): RootContent[] {
  if (facts.currencies.length === 0) return [paragraph(strong(`Total due: ${formatMoney({ minor: 0, currency: client.currency })}`))];
  const several = facts.currencies.length > 1;
  const nodes: RootContent[] = [list(facts.currencies.flatMap((currency) => totalItems(currency, several ? ` (${currency.currency})` : '')))];
  if (facts.currencies.some((currency) => currency.held > 0)) nodes.push(paragraph('The deposit is held, not applied to the invoices above: it will be set against the final invoice.'));
  return nodes;
}

/** Open invoices, unpaid fees and credit when there are fees or credit, the total due (or the credit), the deposit held. */
function totalItems(currency: StatementCurrency, suffix: string): ListItem[] {
  const money = (minor: number) => formatMoney({ minor, currency: currency.currency });
  const items: ListItem[] = [];
  if (currency.credit > 0 || currency.fees > 0) items.push(item([`Open invoices${suffix}: ${money(currency.open)}`]));
  if (currency.fees > 0) items.push(item([`Late fees${suffix}: ${money(currency.fees)}`]));
  if (currency.credit > 0) items.push(item([`Less credit on account${suffix}: ${money(currency.credit)}`]));
  items.push(item([strong(`Total due${suffix}: ${money(Math.max(0, currency.due))}`)]));
  if (currency.due < 0) items.push(item([`In credit${suffix}: ${money(-currency.due)}`]));
  if (currency.held > 0) items.push(item([`Deposit held${suffix}: ${money(currency.held)}`]));
  return items;
}

function howToPay(facts: Statement): RootContent[] {
  const due = facts.currencies.some((currency) => currency.due > 0);
  return [
    due ? paragraph('Please pay the total due to ', emphasis('your payment details'), ', quoting the invoice numbers.') : paragraph('Nothing is due at the moment.'),
    paragraph('If anything here does not match your records, reply to this message and I will look into it.'),
  ];
}

/** `<id>/<date>-statement.md`, relative to the folder holding the record; undefined when the id cannot name a folder. */
export function statementPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-statement.md`];
}
