import { addDays, addMonths, type Day } from './calendar-day';

/** A calendar duration: days and weeks are fixed, a month is a calendar month. */
export interface Duration {
  readonly count: number;
  readonly unit: 'day' | 'week' | 'month';
}

const DURATION = /^(\d{1,4})\s*(d|days?|w|weeks?|m|months?)$/i;

/** `10 days`, `2 weeks`, `1 month`, or short `10d`, `2w`, `1m`. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const letter = match[2].toLowerCase()[0];
  const unit = letter === 'd' ? 'day' : letter === 'w' ? 'week' : 'month';
  return { count: Number(match[1]), unit };
}

export function addDuration(day: Day, duration: Duration): Day {
  if (duration.unit === 'month') return addMonths(day, duration.count);
  return addDays(day, duration.unit === 'week' ? duration.count * 7 : duration.count);
}

export function formatDuration(duration: Duration): string {
  return `${duration.count} ${duration.unit}${duration.count === 1 ? '' : 's'}`;
}

const WORK = /^(?:(\d{1,4}(?:\.\d{1,2})?)h)?(?:(\d{1,4})m(?:in)?)?$/i;

/** Time worked, in whole minutes: `2.5h`, `1h30m`, `45m`. */
export function parseWorkMinutes(text: string): number | undefined {
  const match = WORK.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  return Math.round(Number(match[1] ?? 0) * 60) + Number(match[2] ?? 0);
}

export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest}m`;
  return rest === 0 ? `${hours}h` : `${hours}h ${rest}m`;
}
