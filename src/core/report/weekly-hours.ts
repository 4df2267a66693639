import type { Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import { pastWeeks, workIn } from '../derive/weekly-work';

export interface WeekHours {
  /** The Monday the week starts on. */
  readonly monday: Day;
  /** Minutes of `work` logged Monday to Sunday. */
  readonly minutes: number;
  /** Below `minimum_hours` (false when the record has none). */
  readonly belowMinimum: boolean;
}

export interface WeeklyHours {
  /** `minimum_hours` in minutes, when the record has it. */
  readonly minimumMinutes?: number;
  /** Oldest first. */
  readonly weeks: readonly WeekHours[];
}

/**
 * Hours worked (`work` entries) in each of the last `count` complete weeks, Monday to Sunday,
 * before the week of `today`, against `minimum_hours`. As in rules/minimum-hours-unbilled.ts,
 * weeks that start before the relationship (`since`, else the first entry) are left out, and
 * the current week never counts.
 */
export function weeklyHoursOf(client: ClientRecord, today: Day, count: number): WeeklyHours {
  const minimum = client.minimumHours === undefined ? undefined : Math.round(client.minimumHours * 60);
  const weeks = pastWeeks(client, today, count).map((monday) => {
    const minutes = workIn(client, monday, today);
    return { monday, minutes, belowMinimum: minimum !== undefined && minutes < minimum };
  });
  return minimum === undefined ? { weeks } : { minimumMinutes: minimum, weeks };
}
