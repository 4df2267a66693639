import { addDays, startOfWeek, type Day } from '../values/calendar-day';
import { upTo } from './entry-time';
import type { ClientRecord } from '../model';

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
