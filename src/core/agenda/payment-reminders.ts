import { accountOf, balanceOf, isOpen, type InvoiceState } from '../derive/account';
import { addDays, daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { ClientRecord, LogEntry } from '../model';
import { isCommunication } from '../derive/contact-history';
import type { AgendaSettings, NextStep } from './next-step';
import { plural } from '../values/plural';

interface Reminder {
  readonly day: Day;
  readonly kind: 'payment-reminder' | 'formal-notice';
}

/**
 * The next payment step of each open invoice: the reminders of the schedule (3 days before it is
 * due, on the day, then 7, 14 and 30 days after by default), then a formal notice. A reminder
 * counts as sent when an outgoing message dated on or after it names the invoice's ID; of the
 * points not yet covered, the step is the latest one already due, else the next one.
 */
export function paymentReminderSteps(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep[] {
  const steps: NextStep[] = [];
  for (const invoice of accountOf(client, today).invoices.filter(isOpen)) {
    const schedule = scheduleOf(invoice, settings);
    const lastSent = latestReminder(client.entries, invoice, today);
    const pending = schedule.filter((point) => lastSent === undefined || point.day > lastSent);
    const next = [...pending].reverse().find((point) => point.day <= today) ?? pending[0];
    if (next) steps.push(stepFor(client, invoice, next, today));
  }
  return steps;
}

function scheduleOf(invoice: InvoiceState, settings: AgendaSettings): Reminder[] {
  const reminders = [...settings.reminderDays]
    .filter((days) => days < settings.formalNoticeDays)
    .sort((a, b) => a - b)
    .map((days): Reminder => ({ day: addDays(invoice.due, days), kind: 'payment-reminder' }));
  const notice: Reminder = { day: addDays(invoice.due, settings.formalNoticeDays), kind: 'formal-notice' };
  return [...reminders, notice].filter((point) => point.day >= invoice.entry.date);
}

/** The day of the latest outgoing message up to today that names the invoice. */
function latestReminder(entries: readonly LogEntry[], invoice: InvoiceState, today: Day): Day | undefined {
  const id = new RegExp(`(^|[^\\w-])${escapeRegExp(invoice.entry.id)}($|[^\\w-])`, 'i');
  let latest: Day | undefined;
  for (const entry of entries) {
    if (!isCommunication(entry) || entry.direction !== 'to' || entry.date < invoice.entry.date || entry.date > today) continue;
    if (id.test(entry.source) && (latest === undefined || entry.date > latest)) latest = entry.date;
  }
  return latest;
}

function stepFor(client: ClientRecord, invoice: InvoiceState, point: Reminder, today: Day): NextStep {
  const { id } = invoice.entry;
  const who = client.contact?.name ?? client.name;
  const overdue = daysBetween(invoice.due, today);
  const when = overdue > 0 ? `${plural(overdue, 'day')} overdue` : overdue === 0 ? 'due today' : `due ${formatDay(invoice.due)}`;
  return {
    kind: point.kind,
    title: point.kind === 'formal-notice' ? `Send ${who} a formal notice for ${id}` : `Remind ${who} about ${id}`,
    detail: `${formatMoney(balanceOf(invoice))} open, ${when}`,
    due: point.day,
    file: client.file,
    line: invoice.entry.range.start.line,
    clientId: client.id,
    clientName: client.name,
    rule: 'invoice-overdue',
    invoiceId: id,
    logs: 'email to',
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
