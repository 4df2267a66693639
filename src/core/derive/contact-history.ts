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
}

export const contactHistory = memoByDay((client, today): ContactHistory => computeHistory(upTo(client.entries, today)));

function computeHistory(entries: readonly LogEntry[]): ContactHistory {
  const lastContact = latest(entries.filter(isContactFromClient));
  const attempts = entries.filter(isAttempt);
  const unanswered = lastContact ? attempts.filter((entry) => isAfter(entry, lastContact)) : attempts;
  return { lastContact, unanswered: byTime(unanswered) as CommunicationEntry[] };
}
