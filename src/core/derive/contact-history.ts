import type { CommunicationEntry, LogEntry } from '../model';
import { COMMUNICATION_KINDS } from '../model';
import { byTime, isAfter, latest, upTo } from './entry-time';
import { memoByDay } from './memo-by-day';

const COMMUNICATION: ReadonlySet<string> = new Set(COMMUNICATION_KINDS);

export function isCommunication(entry: LogEntry): entry is CommunicationEntry {
  return COMMUNICATION.has(entry.kind);
}

/** The client reached you, or you both talked: a reply. Requests and feedback from the client count too. */
export function isContactFromClient(entry: LogEntry): boolean {
  if (isCommunication(entry)) return entry.direction !== 'to' && !entry.tags.includes('no-answer');
  return entry.kind === 'request' || (entry.kind === 'feedback' && entry.direction === 'from');
}

/** You reached out (answered or not). */
export function isAttempt(entry: LogEntry): entry is CommunicationEntry {
  return isCommunication(entry) && entry.direction === 'to';
}

export interface ContactHistory {
  /** The latest communication from or with the client, up to today. */
  readonly lastContact?: LogEntry;
  /** Outgoing communication after the last contact, oldest first. */
  readonly unanswered: readonly CommunicationEntry[];
  /** The client's message (or missed call) when it is the latest communication: you owe the answer. */
  readonly owedReply?: CommunicationEntry;
}

export const contactHistory = memoByDay((client, today): ContactHistory => computeHistory(upTo(client.entries, today)));

function computeHistory(entries: readonly LogEntry[]): ContactHistory {
  const lastContact = latest(entries.filter(isContactFromClient));
  const attempts = entries.filter(isAttempt);
  const unanswered = lastContact ? attempts.filter((entry) => isAfter(entry, lastContact)) : attempts;
  const lastMessage = latest(entries.filter(isCommunication));
  const owedReply = lastMessage && waitsForAnswer(lastMessage) ? lastMessage : undefined;
  return { lastContact, unanswered: byTime(unanswered) as CommunicationEntry[], owedReply };
}

const SPOKEN: ReadonlySet<string> = new Set(['call', 'meeting']);

/** The client wrote, or called and missed you; a call or meeting that reached you is a conversation, not a message to answer. */
function waitsForAnswer(entry: CommunicationEntry): boolean {
  if (entry.direction !== 'from' || needsNoAnswer(entry)) return false;
  return !SPOKEN.has(entry.kind) || entry.tags.includes('no-answer');
}

const ACKNOWLEDGES = /^(?:thanks|thank you|ok|okay|approved|confirmed|got it|received|noted|all good)\b/i;

/** `#fyi`, or a note that only thanks, approves or confirms (and asks nothing): no answer is owed. */
export function needsNoAnswer(entry: LogEntry): boolean {
  return entry.tags.includes('fyi') || (ACKNOWLEDGES.test(entry.text) && !entry.text.includes('?'));
}

const PAYMENT_PLAN = /\b(?:payment plan|instal+ments?|monthly payments?|pay (?:it |this |that |the rest )?(?:in|over) (?:parts|instal+ments?|\w+ months))\b/i;

/** A message that asks to pay in parts: `#payment-plan`, or words such as "payment plan" or "instalments". */
export function asksForPaymentPlan(entry: LogEntry): boolean {
  return entry.tags.includes('payment-plan') || PAYMENT_PLAN.test(entry.text);
}
