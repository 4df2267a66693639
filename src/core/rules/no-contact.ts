import { daysBetween, formatDay } from '../values/calendar-day';
import { contactHistory } from '../derive/contact-history';
import { finding, keyRange, type Rule } from './rule';
import { followUp } from '../edits/record-actions';
import { contactSteps } from '../agenda/contact-step';

export const noContact: Rule = {
  id: 'no-contact',
  severity: 'warning',
  scope: 'relationship',
  summary: 'No communication from or with the client for N days.',
  fixes: (_finding, client, text, today) => [followUp(client, text, today)],
  documents: () => [{ kind: 'salvage-plan' }],
  steps: contactSteps,
  check(client, context) {
    const last = contactHistory(client, context.today).lastContact;
    const from = last?.date ?? client.since;
    if (from === undefined) return [];
    const days = daysBetween(from, context.today);
    if (days < context.thresholds['no-contact']) return [];
    const since = last ? `last contact ${formatDay(last.date)}` : `nothing logged from them since ${formatDay(from)} (since)`;
    const message =
      `No contact from ${client.name} for ${days} days (${since}): ` +
      'send a short check-in email; if there is no answer in 48 hours, call';
    const related = last ? [{ range: last.range, message: 'Last contact' }] : [];
    return [finding(this, keyRange(client, 'client'), message, { related })];
  },
};
