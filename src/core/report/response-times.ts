import { daysBetween, type Day } from '../values/calendar-day';
import { isAttempt, isContactFromClient } from '../derive/contact-history';
import { byTime, isAfter, upTo } from '../derive/entry-time';
import type { ClientRecord, CommunicationEntry, LogEntry } from '../model';

/** One of your messages and the client's next contact after it. */
export interface ResponseTime {
  /** The day of your message. */
  readonly sent: Day;
  /** Its kind: email, call, message... */
  readonly kind: CommunicationEntry['kind'];
  /** The day of the client's reply: the first contact from the client not before your message. */
  readonly replied: Day;
  /** replied - sent, in days (0: the same day). */
  readonly days: number;
}

export interface ResponseTimes {
  /** In the order of your messages. */
  readonly times: readonly ResponseTime[];
  /** Mean of the days; undefined when no message got a reply. */
  readonly averageDays?: number;
  /** Your messages with no contact from the client after them yet. */
  readonly waiting: number;
}

/**
 * For each of your outgoing messages (communication `to` the client, `#no-answer` attempts
 * included, as in derive/contact-history.ts), the days until the client's next contact: the
 * first entry that counts as contact from the client (isContactFromClient: communication
 * `from`/`with` not tagged `#no-answer`, a `request`, `feedback from`) and that your message is
 * not after (isAfter: on the same day only two times can order entries, so a same-day reply
 * without times counts, as 0 days). Several messages before one reply each get their own time.
 * Entries dated after today are not counted.
 */
export function responseTimesOf(client: ClientRecord, today: Day): ResponseTimes {
  const entries = byTime(upTo(client.entries, today));
  const contacts = entries.filter(isContactFromClient);
  const times: ResponseTime[] = [];
  let waiting = 0;
  for (const message of entries.filter(isAttempt)) {
    const reply = firstReply(message, contacts);
    if (!reply) waiting++;
    else times.push({ sent: message.date, kind: message.kind, replied: reply.date, days: daysBetween(message.date, reply.date) });
  }
  const averageDays = times.length > 0 ? times.reduce((sum, time) => sum + time.days, 0) / times.length : undefined;
  return averageDays === undefined ? { times, waiting } : { times, averageDays, waiting };
}

/** The earliest contact the message is not after (contacts are in time order). */
function firstReply(message: LogEntry, contacts: readonly LogEntry[]): LogEntry | undefined {
  for (const contact of contacts) {
    if (contact.date < message.date) continue;
    if (!isAfter(message, contact)) return contact;
  }
  return undefined;
}
