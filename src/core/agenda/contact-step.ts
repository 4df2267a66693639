import { contactHistory, asksForPaymentPlan, isCommunication } from '../derive/contact-history';
import { isAfter } from '../derive/entry-time';
import { followUpStep, type FollowUpStep } from '../derive/follow-up';
import { keyRange } from '../rules/rule';
import { mergeThresholds, type Thresholds } from '../thresholds';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import { plural } from '../values/plural';
import { addWorkingDays, workingDaysBetween } from '../values/working-hours';
import type { ClientRecord, CommunicationEntry, LogEntry } from '../model';
import { step, type AgendaSettings, type NextStep } from './next-step';

/** The one contact step of a client whose relationship is live, for no-contact, awaiting-reply or reply-owed (the rule it stands for). */
export function contactSteps(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep[] {
  const found = contactStep(client, today, mergeThresholds(settings.thresholds ?? {}, client.thresholds));
  return found ? [found] : [];
}

/**
 * Who owes whom an answer decides the step: the client's message waiting for yours is answered
 * the next working day; your unanswered attempt gets the next rung of the follow-up ladder 48
 * hours (the awaiting-reply threshold) later; with neither, a check-in the day before
 * no-contact would fire.
 */
function contactStep(client: ClientRecord, today: Day, thresholds: Thresholds): NextStep | undefined {
  const { lastContact, unanswered, owedReply } = contactHistory(client, today);
  const who = client.contact?.name ?? client.name;
  if (owedReply) return replyStep(client, owedReply, today, thresholds);
  if (unanswered.length > 0) {
    const latest = unanswered[unanswered.length - 1];
    const rung = followUpStep(client, unanswered, today);
    const detail = `no reply since ${formatDay(unanswered[0].date)} (${plural(unanswered.length, 'attempt')})`;
    const due = addDays(latest.date, Math.ceil(thresholds['awaiting-reply'] / 24));
    return { ...step(client, 'follow-up', followUpTitle(rung), detail, due, latest.range.start.line, 'awaiting-reply'), logs: entryKind(rung.entry) };
  }
  const from = lastContact?.date ?? client.since;
  if (from === undefined) return undefined;
  const due = addDays(from, thresholds['no-contact'] - 1);
  const detail = lastContact ? `last heard from ${formatDay(from)}` : `nothing logged from them since ${formatDay(from)}`;
  const line = lastContact?.range.start.line ?? keyRange(client, 'client').start.line;
  return { ...step(client, 'check-in', `Check in with ${who}`, detail, due, line, 'no-contact'), logs: 'email to' };
}

/** Due the working day before reply-owed would fire (the next working day, by default). */
function replyStep(client: ClientRecord, message: CommunicationEntry, today: Day, thresholds: Thresholds): NextStep {
  const who = client.contact?.name ?? client.name;
  const due = addWorkingDays(client.hours, message.date, Math.max(1, thresholds['reply-owed'] - 1));
  const waited = workingDaysBetween(client.hours, message.date, today);
  const title = `Answer ${who}'s ${message.kind} of ${formatDay(message.date)}${asksForPaymentPlan(message) ? ', with a payment plan' : ''}`;
  const call = unconfirmedConversation(client, today, thresholds);
  const also = call && !isAfter(call, message) ? `; confirm the ${call.kind} of ${formatDay(call.date)} in it` : '';
  return { ...step(client, 'reply', title, `waiting ${plural(waited, 'working day')}${also}`, due, message.range.start.line, 'reply-owed'), logs: 'email to' };
}

const WRITTEN: ReadonlySet<string> = new Set(['email', 'message', 'letter', 'postcard']);
const SPOKEN: ReadonlySet<string> = new Set(['call', 'meeting']);

/** The latest call or meeting that reached the client, in the last no-contact days, with no written message of yours after it. */
export function unconfirmedConversation(client: ClientRecord, today: Day, thresholds: Thresholds): CommunicationEntry | undefined {
  let call: CommunicationEntry | undefined;
  for (const entry of client.entries) {
    if (!isConversation(entry) || entry.date > today || entry.date < today - thresholds['no-contact']) continue;
    if (!call || !isAfter(call, entry)) call = entry;
  }
  if (!call) return undefined;
  const conversation = call;
  const confirmed = client.entries.some((entry) => isCommunication(entry) && WRITTEN.has(entry.kind) && entry.direction === 'to' && entry.date <= today && !isAfter(conversation, entry) && entry.date >= conversation.date);
  return confirmed ? undefined : call;
}

function isConversation(entry: LogEntry): entry is CommunicationEntry {
  return isCommunication(entry) && SPOKEN.has(entry.kind) && entry.direction !== 'to';
}

/** `postcard to Tom` -> `postcard to` */
function entryKind(entry: string): string | undefined {
  const [kind, direction] = entry.split(' ');
  return direction === 'to' || direction === 'with' ? `${kind} ${direction}` : undefined;
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

