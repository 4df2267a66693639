import { weekdayOf, type Day } from '../values/calendar-day';
import { isWithinHours, isWorkingDay, type WorkingHours } from '../values/working-hours';
import { byTime, inLastDays } from './entry-time';
import { isCommunication } from './contact-history';
import type { ClientRecord, LogEntry } from '../model';

export const SCOPE_CREEP_WINDOW_DAYS = 30;
export const AFTER_HOURS_WINDOW_DAYS = 30;

/** `#out-of-scope` requests of the last 30 days, in time order. */
export function outOfScopeRequests(client: ClientRecord, today: Day): LogEntry[] {
  const recent = inLastDays(client.entries, today, SCOPE_CREEP_WINDOW_DAYS);
  return byTime(recent.filter((entry) => entry.kind === 'request' && entry.tags.includes('out-of-scope')));
}

/** Incoming entries of the last 30 days outside the record's `hours`, or tagged `#after-hours`, in time order. */
export function afterHoursEntries(client: ClientRecord, today: Day): LogEntry[] {
  const recent = inLastDays(client.entries, today, AFTER_HOURS_WINDOW_DAYS);
  return byTime(recent.filter((entry) => entry.tags.includes('after-hours') || (isIncoming(entry) && isOutsideHours(entry, client.hours))));
}

export function isIncoming(entry: LogEntry): boolean {
  return entry.kind === 'request' || (isCommunication(entry) && entry.direction === 'from');
}

/** Outside the hours; an entry without a time counts only on a day outside them. */
export function isOutsideHours(entry: LogEntry, hours: WorkingHours | undefined): boolean {
  if (!hours) return false;
  const weekday = weekdayOf(entry.date);
  if (entry.time === undefined) return !isWorkingDay(hours, weekday);
  return !isWithinHours(hours, weekday, entry.time);
}
