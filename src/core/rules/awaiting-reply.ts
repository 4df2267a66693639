import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import { followUpStep } from '../derive/follow-up';
import type { ClientRecord, CommunicationEntry } from '../model';
import { contactHistory } from '../derive/contact-history';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';
import { followUp } from '../edits/record-actions';

export const awaitingReply: Rule = {
  id: 'awaiting-reply',
  severity: 'warning',
  scope: 'relationship',
  summary: 'Your first message after the client\'s last one has waited N hours or more for an answer.',
  fixes: (_finding, client, text, today) => [followUp(client, text, today)],
  documents: () => [{ kind: 'salvage-plan' }],
  check(client, context) {
    const { unanswered } = contactHistory(client, context.today);
    if (unanswered.length === 0) return [];
    const first = unanswered[0];
    const waited = daysBetween(first.date, context.today);
    if (waited < Math.ceil(context.thresholds['awaiting-reply'] / 24)) return [];
    const latest = unanswered[unanswered.length - 1];
    const message =
      `No reply for ${plural(waited, 'day')} to ${plural(unanswered.length, 'attempt')} since ${formatDay(first.date)}: ` +
      nextRung(client, unanswered, context.today);
    const related = unanswered
      .filter((entry) => entry !== latest)
      .map((entry) => ({ range: entry.range, message: `Earlier attempt: ${entry.kind} on ${formatDay(entry.date)}` }));
    return [finding(this, latest.range, message, { related })];
  },
};

/** The next step of the ladder (see followUpStep), as advice. */
export function nextRung(client: ClientRecord, attempts: readonly CommunicationEntry[], today: Day): string {
  return `next, ${followUpStep(client, attempts, today).advice}`;
}
