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

/** Chronological order, stable for entries of the same day (file order then decides). */
export function byTime(entries: readonly LogEntry[]): LogEntry[] {
  if (isChronological(entries)) return [...entries];
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date - b.entry.date || sameDayOrder(a.entry, b.entry) || a.index - b.index)
    .map(({ entry }) => entry);
}

function isChronological(entries: readonly LogEntry[]): boolean {
  for (let index = 1; index < entries.length; index++) if (isAfter(entries[index - 1], entries[index])) return false;
  return true;
}

function sameDayOrder(a: LogEntry, b: LogEntry): number {
  return a.time !== undefined && b.time !== undefined ? a.time - b.time : 0;
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
