import { daysBetween, formatDay } from '../values/calendar-day';
import type { ClientRecord, CommunicationEntry } from '../model';
import { contactHistory } from '../derive/contact-history';
import { finding, plural, type Rule } from './rule';

export const awaitingReply: Rule = {
  id: 'awaiting-reply',
  severity: 'warning',
  scope: 'relationship',
  summary: 'Your first message after the client\'s last one has waited N hours or more for an answer.',
  check(client, context) {
    const { unanswered } = contactHistory(client, context.today);
    if (unanswered.length === 0) return [];
    const first = unanswered[0];
    const waited = daysBetween(first.date, context.today);
    if (waited < Math.ceil(context.thresholds['awaiting-reply'] / 24)) return [];
    const latest = unanswered[unanswered.length - 1];
    const message =
      `No reply for ${plural(waited, 'day')} to ${plural(unanswered.length, 'attempt')} since ${formatDay(first.date)}: ` +
      nextRung(client, unanswered);
    const related = unanswered
      .filter((entry) => entry !== latest)
      .map((entry) => ({ range: entry.range, message: `Earlier attempt: ${entry.kind} on ${formatDay(entry.date)}` }));
    return [finding(this, latest.range, message, { related })];
  },
};

/** The ladder: email, then a call, then a postcard naming a time to talk, then the backup contact. */
export function nextRung(client: ClientRecord, attempts: readonly CommunicationEntry[]): string {
  const tried = new Set(attempts.map((entry) => entry.kind));
  const backup = client.contact?.backup;
  if (!tried.has('email') && !tried.has('message')) return 'next, send a polite email';
  if (!tried.has('call')) return 'next, call';
  if (!tried.has('postcard') && !tried.has('letter')) return 'next, send a postcard that names a day and a time window to talk';
  if (backup && !attempts.some((entry) => entry.who !== undefined && backup.includes(entry.who))) {
    return `next, try the backup contact (${backup})`;
  }
  return 'next, put the account on hold and say so in writing';
}
