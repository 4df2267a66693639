import { formatDay, type Day } from '../values/calendar-day';
import type { LogEntry } from '../model';

/**
 * Whether `a` happened after `b`. Dates decide; on the same day only two times can, since an
 * entry without a time could have been any time that day.
 */
export function isAfter(a: LogEntry, b: LogEntry): boolean {
  if (a.date !== b.date) return a.date > b.date;
  return a.time !== undefined && b.time !== undefined && a.time > b.time;
}

/** What the log's order needs of an entry. */
export type DatedEntry = Pick<LogEntry, 'date' | 'time'>;

/** Where an item of the log sorts: its day, then its time on that day (-1 for the start of the day). */
export interface LogPlace {
  readonly date: number;
  readonly time: number;
}

const BEFORE_ANY_ENTRY: LogPlace = { date: Number.MIN_SAFE_INTEGER, time: -1 };

/**
 * Where each item of a sequence written in file order sorts, for one chronological order shared
 * by the engine (byTime), the quick fix that sorts the log and Format Document:
 * - an entry with a time sorts at that time of its day;
 * - an entry without one could have been any time that day, so it sorts at the latest time of
 *   the entries of its day written above it (-1, the start of the day, when none is): it never
 *   moves above an entry of its day that was above it;
 * - an item that is no entry (undefined: a malformed item) sorts with the item above it, and at
 *   the very start when it is the first.
 * Ties keep file order. The order is total (a sort by it is well defined) and a sequence sorted
 * by it gives the same places again, so sorting twice is sorting once.
 */
export function logPlaces(items: readonly (DatedEntry | undefined)[]): LogPlace[] {
  const latestOnDay = new Map<number, number>();
  const places = new Array<LogPlace>(items.length);
  let previous = BEFORE_ANY_ENTRY;
  for (let index = 0; index < items.length; index++) {
    const entry = items[index];
    if (entry) {
      const latest = latestOnDay.get(entry.date) ?? -1;
      const time = entry.time ?? latest;
      if (time > latest) latestOnDay.set(entry.date, time);
      previous = time === previous.time && entry.date === previous.date ? previous : { date: entry.date, time };
    }
    places[index] = previous;
  }
  return places;
}

/**
 * The indexes of a sequence of log items in chronological order (logPlaces; ties in file
 * order); the identity when they are in order already.
 */
export function chronologicalOrder(items: readonly (DatedEntry | undefined)[]): number[] {
  const order = items.map((_, index) => index);
  if (items.every((item) => item !== undefined) && isChronological(items as readonly DatedEntry[])) return order;
  const places = logPlaces(items);
  return order.sort((a, b) => places[a].date - places[b].date || places[a].time - places[b].time || a - b);
}

/** Chronological order (chronologicalOrder), stable for entries at the same place. */
export function byTime<T extends LogEntry>(entries: readonly T[]): T[] {
  if (isChronological(entries)) return [...entries];
  return chronologicalOrder(entries).map((index) => entries[index]);
}

/**
 * Whether sorting would keep the sequence as it is: the days never go back, and on each day
 * the times given never go back (an entry without a time sorts at the latest time above it on
 * its day, which the entries of a day in order are at). Allocates nothing: it runs on every
 * read of a 10,000-entry log.
 */
function isChronological(entries: readonly DatedEntry[]): boolean {
  let date = Number.MIN_SAFE_INTEGER;
  let latest = -1;
  for (const entry of entries) {
    if (entry.date < date) return false;
    if (entry.date > date) {
      date = entry.date;
      latest = -1;
    }
    if (entry.time !== undefined) {
      if (entry.time < latest) return false;
      latest = entry.time;
    }
  }
  return true;
}

/** Entries dated today or earlier: the rules never count what has not happened yet. */
export function upTo(entries: readonly LogEntry[], today: Day): LogEntry[] {
  return entries.filter((entry) => entry.date <= today);
}

/** Entries dated in the last `days` days: from today minus `days` to today, inclusive. */
export function inLastDays(entries: readonly LogEntry[], today: Day, days: number): LogEntry[] {
  return entries.filter((entry) => entry.date <= today && entry.date >= today - days);
}

export function latest<T extends LogEntry>(entries: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const entry of entries) if (!best || !isAfter(best, entry)) best = entry;
  return best;
}

/** `09:05` from minutes since midnight (`24:00` for the end of the day). */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `2026-10-30 22:40`, or the date alone for an entry without a time. */
export function formatWhen(entry: LogEntry): string {
  return entry.time === undefined ? formatDay(entry.date) : `${formatDay(entry.date)} ${formatClock(entry.time)}`;
}
