/**
 * A calendar day with no time zone, as the number of days since 1970-01-01.
 * Arithmetic goes through Date.UTC so that no local offset can shift a day.
 */
export type Day = number & { readonly __brand: 'Day' };

const MS_PER_DAY = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return (Date.UTC(year, month - 1, date) / MS_PER_DAY) as Day;
}

/** Parses `YYYY-MM-DD`; undefined for any other text or for an impossible day such as 2026-02-30. */
export function parseDay(text: string): Day | undefined {
  const match = DAY_PATTERN.exec(text);
  if (!match) return undefined;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return (day + days) as Day;
}

/** Adds calendar months, clamping to the last day of the target month (01-31 + 1 month = 02-28). */
export function addMonths(day: Day, months: number): Day {
  const date = new Date(day * MS_PER_DAY);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const clamped = Math.min(date.getUTCDate(), daysInMonth(year, month));
  return dayFromParts(year, month, clamped) as Day;
}

export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

/** 0 = Monday ... 6 = Sunday (ISO order). */
export function weekdayOf(day: Day): number {
  return (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
}

export function startOfWeek(day: Day): Day {
  return (day - weekdayOf(day)) as Day;
}

/** The local calendar day of a clock reading, for callers at the edge (CLI, extension). */
export function localToday(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
