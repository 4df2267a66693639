import { addDays, addMonths, daysBetween, formatDay, weekdayOf, type Day } from '../values/calendar-day';
import { formatMoney, type Money } from '../values/money';
import type { WorkingHours, WorkingSpan } from '../values/working-hours';
import { accountOf, balanceOf, isOpen, type InvoiceState } from '../derive/account';
import { contactHistory, isCommunication } from '../derive/contact-history';
import type { ClientRecord, InvoiceEntry, LogEntry } from '../model';
import { ruleContext, type RuleContext } from '../rules/rule';
import { afterHoursEntries } from '../derive/demands';
import { formatClock, formatWhen } from '../derive/entry-time';
import { sumByCurrency } from '../summary/client-standing';
import { plural } from '../values/plural';

/** What a document is drafted on: the day and the client's thresholds (defaults, settings, then the record's own). */
export type DocumentContext = RuleContext;

/** A document is drafted with the same context the checks use. */
export const documentContext = ruleContext;

export interface OpenInvoice {
  readonly invoice: InvoiceState;
  readonly entry: InvoiceEntry;
  readonly balance: Money;
  readonly due: Day;
  /** Days past due; 0 or less when not yet due. */
  readonly daysOverdue: number;
}

/** Invoices with an unpaid balance today, oldest due first. */
export function openInvoices(client: ClientRecord, today: Day): OpenInvoice[] {
  return accountOf(client, today).invoices
    .filter(isOpen)
    .map((invoice) => ({ invoice, entry: invoice.entry, balance: balanceOf(invoice), due: invoice.due, daysOverdue: daysBetween(invoice.due, today) }))
    .sort((a, b) => a.due - b.due || a.entry.date - b.entry.date);
}

/** `BD-024 (issued 2026-10-01): $750.00 open of $1,250.00, due 2026-10-15, 36 days overdue` */
export function openInvoiceFact(invoice: OpenInvoice): string {
  const { entry } = invoice;
  const amount = invoice.balance.minor === entry.amount.minor
    ? `${formatMoney(invoice.balance)} unpaid`
    : `${formatMoney(invoice.balance)} open of ${formatMoney(entry.amount)}`;
  const age = invoice.daysOverdue > 0 ? `${plural(invoice.daysOverdue, 'day')} overdue` : invoice.daysOverdue === 0 ? 'due today' : 'not due yet';
  return `${entry.id} (issued ${formatDay(entry.date)}): ${amount}, due ${formatDay(invoice.due)}, ${age}`;
}

/** `$1,250.00`, or `$1,250.00 + €40.00` for several currencies; `fallback` when there is nothing. */
export function formatSums(amounts: readonly Money[], fallback = ''): string {
  const sums = sumByCurrency(amounts).filter((money) => money.minor !== 0);
  return sums.length === 0 ? fallback : sums.map(formatMoney).join(' + ');
}

/**
 * `count` instalments of `total` in minor units: equal parts, the remainder on the first, so
 * they always add up exactly ($1,000.00 in 3 = $333.34, $333.33, $333.33).
 */
export function splitInstalments(total: Money, count: number): Money[] {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`instalment count must be a whole number of at least 1, not ${count}`);
  const base = Math.floor(total.minor / count);
  const first = total.minor - base * (count - 1);
  return Array.from({ length: count }, (_, index) => ({ minor: index === 0 ? first : base, currency: total.currency }));
}

export interface Instalment {
  readonly amount: Money;
  readonly due: Day;
}

export type InstalmentSchedule = 'monthly' | 'twice-monthly';

/**
 * A payment plan: monthly instalments on the same day of each calendar month (clamped to the
 * month's end), or twice a month (that day and 15 days after it).
 */
export function instalmentPlan(total: Money, first: Day, schedule: InstalmentSchedule, count: number): Instalment[] {
  return splitInstalments(total, count).map((amount, index) => ({ amount, due: instalmentDay(first, schedule, index) }));
}

function instalmentDay(first: Day, schedule: InstalmentSchedule, index: number): Day {
  if (schedule === 'monthly') return addMonths(first, index);
  const month = addMonths(first, Math.floor(index / 2));
  return index % 2 === 0 ? month : addDays(month, 15);
}

/** Days from today to the first instalment of a proposed plan: time to agree on it. */
export const PLAN_STARTS_AFTER_DAYS = 7;

/** The two plans a document offers for an open balance: 3 monthly instalments, or 6 twice a month. */
export function paymentPlanOptions(total: Money, today: Day): { monthly: Instalment[]; twiceMonthly: Instalment[] } {
  const first = addDays(today, PLAN_STARTS_AFTER_DAYS);
  return { monthly: instalmentPlan(total, first, 'monthly', 3), twiceMonthly: instalmentPlan(total, first, 'twice-monthly', 6) };
}

/** `$1,083.34 on 2026-11-27, $1,083.33 on 2026-12-27, ...` */
export function formatPlan(plan: readonly Instalment[]): string {
  return plan.map((step) => `${formatMoney(step.amount)} on ${formatDay(step.due)}`).join(', ');
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayName(day: Day): string {
  return WEEKDAYS[weekdayOf(day)];
}

/** `Monday 2026-11-30` */
export function formatDayLong(day: Day): string {
  return `${weekdayName(day)} ${formatDay(day)}`;
}

/** Working hours as written in a record: `Mon-Fri 09:00-17:00; Sat 10:00-12:00`. */
export function formatHours(hours: WorkingHours): string {
  return hours.spans.map((span) => `${formatDaySet(span.days)} ${formatClock(span.start)}-${formatClock(span.end)}`).join('; ');
}

function formatDaySet(days: ReadonlySet<number>): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    const first = WEEKDAYS[sorted[index]].slice(0, 3);
    runs.push(end === index ? first : `${first}-${WEEKDAYS[sorted[end]].slice(0, 3)}`);
    index = end + 1;
  }
  return runs.join(', ');
}

export interface CallSlot {
  readonly day: Day;
  /** Minutes since midnight; `end` may be 1440 (24:00). */
  readonly start: number;
  readonly end: number;
}

/** Weekdays 10:00-12:00 when the record has no `hours`. */
const DEFAULT_SPAN: WorkingSpan = { days: new Set([0, 1, 2, 3, 4]), start: 9 * 60, end: 17 * 60 };

/**
 * A day and a two-hour window for a call: the first day from `earliest` on that the record's
 * `hours` cover (weekdays without `hours`), starting an hour into the working day when the day is
 * long enough (Mon-Fri 09:00-17:00 gives 10:00-12:00).
 */
export function proposeCallSlot(hours: WorkingHours | undefined, earliest: Day): CallSlot {
  const spans = hours?.spans ?? [DEFAULT_SPAN];
  for (let offset = 0; offset < 7; offset++) {
    const day = addDays(earliest, offset);
    const open = spans.filter((span) => span.days.has(weekdayOf(day))).sort((a, b) => a.start - b.start);
    if (open.length > 0) return { day, ...windowIn(open[0]) };
  }
  return { day: earliest, ...windowIn(DEFAULT_SPAN) };
}

function windowIn(span: WorkingSpan): { start: number; end: number } {
  const length = span.end > span.start ? span.end - span.start : span.end + 1440 - span.start;
  const start = length >= 180 ? span.start + 60 : span.start;
  return { start, end: Math.min(start + Math.min(120, length), 1440) };
}

/** `Monday 2026-11-30 between 10:00 and 12:00` */
export function formatCallSlot(slot: CallSlot): string {
  return `${formatDayLong(slot.day)} between ${formatClock(slot.start)} and ${formatClock(slot.end)}`;
}

/** `today`, `yesterday`, `3 days ago` */
export function ago(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return days > 0 ? `${days} days ago` : `in ${-days} days`;
}


/** Who a message is addressed to: the contact's name, else the client's. */
export function addressee(client: ClientRecord): string {
  return client.contact?.name ?? client.name;
}

/** Tags that say something to the reader of a letter, in words. */
const TAG_WORDS: Readonly<Record<string, string>> = {
  'out-of-scope': 'outside the agreed services',
  'after-hours': 'outside working hours',
  urgent: 'marked urgent',
  'no-answer': 'no answer',
};

/**
 * One log entry as a dated, specific example: `2026-10-30 22:40: message from Sam (outside
 * working hours, marked urgent): needs the deck tonight`. Invoices carry what became of them
 * (paid N days late, or how much is open and how long overdue); attempts still unanswered say so.
 */
export function describeEntry(entry: LogEntry, client: ClientRecord, context: DocumentContext): string {
  const notes = new Set(entry.tags.filter((tag) => Object.hasOwn(TAG_WORDS, tag)).map((tag) => TAG_WORDS[tag]));
  if (afterHoursEntries(client, context.today).includes(entry)) notes.add(TAG_WORDS['after-hours']);
  const unanswered: readonly LogEntry[] = contactHistory(client, context.today).unanswered;
  if (unanswered.includes(entry)) notes.add('no answer yet');
  if (notes.has('no answer yet')) notes.delete(TAG_WORDS['no-answer']);
  const what = entryWhat(entry, client, context);
  let result = formatWhen(entry);
  if (what !== '') result += `: ${what}`;
  if (notes.size > 0) result += ` (${[...notes].join(', ')})`;
  if (entry.text !== '') result += `: ${entry.text}`;
  return result;
}

function entryWhat(entry: LogEntry, client: ClientRecord, context: DocumentContext): string {
  const who = (word: string, name: string | undefined) => (name ? ` ${word} ${name}` : '');
  if (isCommunication(entry)) return `${entry.kind} ${entry.direction}${entry.who ? ` ${entry.who}` : ''}`;
  switch (entry.kind) {
    case 'request': return `request${who('from', entry.who)}`;
    case 'feedback': return `feedback ${entry.direction}${entry.who ? ` ${entry.who}` : ''}`;
    case 'invoice': return `invoice ${entry.id} for ${formatMoney(entry.amount)}, ${invoiceFate(entry, client, context)}`;
    case 'payment': return `payment${entry.invoiceId ? ` for ${entry.invoiceId}` : ''} of ${formatMoney(entry.amount)}`;
    case 'deposit': return `deposit of ${formatMoney(entry.amount)}`;
    case 'late-fee': return `late fee of ${formatMoney(entry.amount)} on ${entry.invoiceId}`;
    case 'notice': return `notice${who('to', entry.who)}`;
    case 'hold': return entry.until === undefined ? 'account on hold' : `account on hold until ${formatDay(entry.until)}`;
    case 'resume': return 'account resumed';
    case 'work': return 'work';
    case 'issue':
    case 'note':
      return '';
  }
}

function invoiceFate(entry: InvoiceEntry, client: ClientRecord, context: DocumentContext): string {
  const invoice = accountOf(client, context.today).invoices.find((state) => state.entry === entry);
  if (!invoice) return 'a duplicate invoice id';
  const due = `due ${formatDay(invoice.due)}`;
  if (invoice.paidOn !== undefined) {
    const late = daysBetween(invoice.due, invoice.paidOn);
    return `${due}, paid ${formatDay(invoice.paidOn)}${late > 0 ? `, ${plural(late, 'day')} late` : ', on time'}`;
  }
  const days = daysBetween(invoice.due, context.today);
  const open = invoice.paid > 0 ? `${formatMoney(balanceOf(invoice))} still open` : 'unpaid';
  return days > 0 ? `${due}, ${open}, ${plural(days, 'day')} overdue` : `${due}, ${open}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
