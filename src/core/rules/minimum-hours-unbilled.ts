import { addDays, formatDay, startOfWeek, type Day } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { upTo } from '../derive/entry-time';
import type { ClientRecord } from '../model';
import { finding, keyRange, type Rule } from './rule';
import { plural } from '../values/plural';

export const minimumHoursUnbilled: Rule = {
  id: 'minimum-hours-unbilled',
  severity: 'info',
  scope: 'relationship',
  summary: 'A past week (Monday to Sunday) with less work logged than `minimum_hours`.',
  check(client, context) {
    if (client.minimumHours === undefined) return [];
    const minimum = Math.round(client.minimumHours * 60);
    const lookBack = context.thresholds['minimum-hours-unbilled'];
    const short = pastWeeks(client, context.today, lookBack)
      .map((week) => ({ week, minutes: workIn(client, week, context.today) }))
      .filter(({ minutes }) => minutes < minimum);
    if (short.length === 0) return [];
    const weeks = short.map(({ week, minutes }) => `week of ${formatDay(week)} (${formatMinutes(minutes)} logged)`).join(', ');
    const message =
      `${short.length} of the last ${plural(lookBack, 'week')} below the ${formatMinutes(minimum)} weekly minimum: ${weeks}: ` +
      'bill the minimum for those weeks, as agreed';
    return [finding(this, keyRange(client, 'minimum_hours'), message)];
  },
};

/** Mondays of the complete weeks before this one that the relationship fully covers, oldest first. */
export function pastWeeks(client: ClientRecord, today: Day, count: number): Day[] {
  const first = client.since ?? firstEntryDay(client);
  if (first === undefined) return [];
  const weeks: Day[] = [];
  for (let back = count; back >= 1; back--) {
    const monday = addDays(startOfWeek(today), -7 * back);
    if (monday >= first) weeks.push(monday);
  }
  return weeks;
}

function firstEntryDay(client: ClientRecord): Day | undefined {
  let first: Day | undefined;
  for (const entry of client.entries) if (first === undefined || entry.date < first) first = entry.date;
  return first;
}

/** Minutes of `work` logged in the week starting on `monday` (entries dated after today not counted). */
export function workIn(client: ClientRecord, monday: Day, today: Day): number {
  let minutes = 0;
  for (const entry of upTo(client.entries, today)) {
    if (entry.kind === 'work' && entry.date >= monday && entry.date < monday + 7) minutes += entry.minutes;
  }
  return minutes;
}
