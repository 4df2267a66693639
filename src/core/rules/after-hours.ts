import { formatDay, weekdayOf } from '../values/calendar-day';
import { isWithinHours, isWorkingDay, type WorkingHours } from '../values/working-hours';
import { byTime, inLastDays } from '../derive/entry-time';
import { isCommunication } from '../derive/contact-history';
import type { ClientRecord, LogEntry } from '../model';
import { finding, plural, type Rule, type RuleContext } from './rule';

export const AFTER_HOURS_WINDOW_DAYS = 30;

export const afterHours: Rule = {
  id: 'after-hours',
  severity: 'warning',
  scope: 'relationship',
  summary: 'N or more incoming messages or requests in the last 30 days outside your working hours.',
  check(client, context) {
    const entries = afterHoursEntries(client, context);
    if (entries.length < context.thresholds['after-hours']) return [];
    const latest = entries[entries.length - 1];
    const message =
      `After-hours demands: ${plural(entries.length, 'message or request', 'messages or requests')} outside ${client.hours ? 'your working hours' : 'working hours'} ` +
      `in the last ${AFTER_HOURS_WINDOW_DAYS} days: restate your hours and when you answer`;
    const related = entries.slice(0, -1).map((entry) => ({ range: entry.range, message: `After hours: ${entry.kind} on ${formatDay(entry.date)}` }));
    return [finding(this, latest.range, message, { related })];
  },
};

export function afterHoursEntries(client: ClientRecord, context: RuleContext): LogEntry[] {
  const recent = inLastDays(client.entries, context.today, AFTER_HOURS_WINDOW_DAYS);
  return byTime(recent.filter((entry) => entry.tags.includes('after-hours') || (isIncoming(entry) && isOutside(entry, client.hours))));
}

function isIncoming(entry: LogEntry): boolean {
  return entry.kind === 'request' || (isCommunication(entry) && entry.direction === 'from');
}

/** Outside the hours; an entry without a time counts only on a day outside them. */
function isOutside(entry: LogEntry, hours: WorkingHours | undefined): boolean {
  if (!hours) return false;
  const weekday = weekdayOf(entry.date);
  if (entry.time === undefined) return !isWorkingDay(hours, weekday);
  return !isWithinHours(hours, weekday, entry.time);
}
