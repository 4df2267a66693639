/**
 * A calendar day with no time zone, as the number of days since 1970-01-01.
 * Arithmetic goes through Date.UTC so that no local offset can shift a day.
 */
export type Day = number & { readonly __brand: 'Day' };

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, date: number): Day | undefined {
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, date) as Day;
}

/** Days since 1970-01-01 of a proleptic Gregorian date, in integer arithmetic (no Date object on the hot path). */
function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Parses `YYYY-MM-DD`; undefined for any other text or for an impossible day such as 2026-02-30. */
export function parseDay(text: string): Day | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const date = digitsAt(text, 8, 10);
  return year < 0 || month < 0 || date < 0 ? undefined : dayFromParts(year, month, date);
}

/** The number written by the ASCII digits text[start..end), or -1 if any is not a digit (a log holds a million dates). */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** `YYYY-MM-DD`, in integer arithmetic (findings name a day each, a hundred thousand of them); Date only for years past 0-9999. */
export function formatDay(day: Day): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, -14);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `November 2026`: the month a day falls in, as a heading names it. */
export function monthName(day: Day): string {
  const text = formatDay(day);
  return `${MONTHS[Number(text.slice(5, 7)) - 1]} ${text.slice(0, 4)}`;
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

/** The first day of the day's month. */
export function startOfMonth(day: Day): Day {
  return (day + 1 - Number(formatDay(day).slice(8, 10))) as Day;
}

/** The local calendar day of a clock reading, for callers at the edge (CLI, extension). */
export function localToday(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
}
