import { formatDay } from '../values/calendar-day';
import { AFTER_HOURS_WINDOW_DAYS, afterHoursEntries } from '../derive/demands';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';

export const afterHours: Rule = {
  id: 'after-hours',
  severity: 'warning',
  scope: 'relationship',
  summary: 'N or more incoming messages or requests in the last 30 days outside your working hours.',
  documents: () => [{ kind: 'termination' }],
  check(client, context) {
    const entries = afterHoursEntries(client, context.today);
    if (entries.length < context.thresholds['after-hours']) return [];
    const latest = entries[entries.length - 1];
    const message =
      `After-hours demands: ${plural(entries.length, 'message or request', 'messages or requests')} outside ${client.hours ? 'your working hours' : 'working hours'} ` +
      `in the last ${AFTER_HOURS_WINDOW_DAYS} days: restate your hours and when you answer`;
    const related = entries.slice(0, -1).map((entry) => ({ range: entry.range, message: `After hours: ${entry.kind} on ${formatDay(entry.date)}` }));
    return [finding(this, latest.range, message, { related })];
  },
};
