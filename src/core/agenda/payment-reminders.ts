import { accountOf, balanceOf, isOpen, type InvoiceState } from '../derive/account';
import { addDays, daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { ClientRecord } from '../model';
import { invoiceMentions, type InvoiceNames } from '../navigation/invoice-mentions';
import type { AgendaSettings, NextStep } from './next-step';
import { plural } from '../values/plural';

interface Reminder {
  readonly day: Day;
  readonly kind: 'payment-reminder' | 'formal-notice';
}

/**
 * The next payment step of each open invoice: the reminders of the schedule (3 days before it is
 * due, on the day, then 7, 14 and 30 days after by default), then a formal notice. A reminder
 * counts as sent when an outgoing message dated on or after it names the invoice's ID (a
 * `reminder` of navigation/invoice-mentions.ts: the references and the agenda read the log
 * alike); of the points not yet covered, the step is the latest one already due, else the next one.
 */
export function paymentReminderSteps(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep[] {
  const steps: NextStep[] = [];
  const open = accountOf(client, today).invoices.filter(isOpen);
  const mentions = open.length > 0 ? invoiceMentions(client) : undefined;
  for (const invoice of open) {
    const schedule = scheduleOf(invoice, settings);
    const lastSent = latestReminder(mentions?.of(invoice.entry.id), invoice, today);
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

/** The day of the latest outgoing message up to today, from the invoice's day on, that names the invoice. */
function latestReminder(names: InvoiceNames | undefined, invoice: InvoiceState, today: Day): Day | undefined {
  let latest: Day | undefined;
  for (const { role, entry } of names?.mentions ?? []) {
    if (role !== 'reminder' || entry.date < invoice.entry.date || entry.date > today) continue;
    if (latest === undefined || entry.date > latest) latest = entry.date;
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
