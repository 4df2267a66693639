import { contactHistory } from '../derive/contact-history';
import { followUpStep, type FollowUpStep } from '../edits/follow-up';
import { keyRange, plural } from '../rules/rule';
import { holdEndOf } from '../rules/hold-expired';
import { relationshipEnd } from '../rules/notice-period-over';
import { RELATIONSHIP_STATUSES } from '../rules/index';
import { mergeThresholds } from '../thresholds';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import type { AgendaSettings, NextStep } from './next-step';
import { paymentReminderSteps } from './payment-reminders';

/** Every next step of one client record on `today`; a snoozed rule silences its steps too. */
export function clientSteps(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep[] {
  const snoozed = (rule: string) => (client.snooze.get(rule) ?? -Infinity) >= today;
  const steps: NextStep[] = [];
  if (RELATIONSHIP_STATUSES.has(client.status)) {
    const contact = contactStep(client, today, settings);
    if (contact && !snoozed(contact.rule!)) steps.push(contact);
  }
  if (!snoozed('invoice-overdue')) steps.push(...paymentReminderSteps(client, today, settings));
  const hold = client.status === 'on-hold' ? holdEndOf(client, today) : undefined;
  if (hold) steps.push(step(client, 'hold-end', 'Hold ends: get in touch to resume, or extend it', `hold until ${formatDay(hold.until)}`, hold.until, hold.range.start.line, 'hold-expired'));
  const end = client.status === 'terminating' ? relationshipEnd(client, today) : undefined;
  if (end) steps.push(step(client, 'notice-end', 'Last day of notice: hand over, send the final invoice', `notice ends ${formatDay(end.day)} (${end.how})`, end.day, end.range.start.line, 'notice-period-over'));
  return steps;
}

/**
 * The next rung of the follow-up ladder 48 hours (the awaiting-reply threshold) after the
 * latest unanswered attempt; with nothing unanswered, a check-in the day before no-contact
 * would fire.
 */
function contactStep(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep | undefined {
  const thresholds = mergeThresholds(settings.thresholds ?? {}, client.thresholds);
  const { lastContact, unanswered } = contactHistory(client, today);
  if (unanswered.length > 0) {
    const latest = unanswered[unanswered.length - 1];
    const rung = followUpStep(client, unanswered, today);
    const detail = `no reply since ${formatDay(unanswered[0].date)} (${plural(unanswered.length, 'attempt')})`;
    const due = addDays(latest.date, Math.ceil(thresholds['awaiting-reply'] / 24));
    return step(client, 'follow-up', followUpTitle(rung), detail, due, latest.range.start.line, 'awaiting-reply');
  }
  const from = lastContact?.date ?? client.since;
  if (from === undefined) return undefined;
  const due = addDays(from, thresholds['no-contact'] - 1);
  const detail = lastContact ? `last heard from ${formatDay(from)}` : `nothing logged from them since ${formatDay(from)}`;
  const line = lastContact?.range.start.line ?? keyRange(client, 'client').start.line;
  return step(client, 'check-in', `Check in with ${client.contact?.name ?? client.name}`, detail, due, line, 'no-contact');
}

function followUpTitle(rung: FollowUpStep): string {
  const [kind, , ...who] = rung.entry.split(' ');
  switch (rung.rung) {
    case 'email': return `Email ${who.join(' ')}`;
    case 'call': return `Call ${who.join(' ')}`;
    case 'postcard': return `Send ${who.join(' ')} a postcard naming a time to talk`;
    case 'backup': return `Call the backup contact, ${who.join(' ')}`;
    default: return kind === 'hold' ? 'Put the account on hold, and say so in writing' : rung.advice;
  }
}

function step(client: ClientRecord, kind: NextStep['kind'], title: string, detail: string, due: Day, line: number, rule: string): NextStep {
  return { kind, title, detail, due, file: client.file, line, clientId: client.id, clientName: client.name, rule };
}
