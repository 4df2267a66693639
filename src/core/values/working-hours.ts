import { addDays, weekdayOf, type Day } from './calendar-day';

/** Working hours such as `Mon-Fri 09:00-17:00` or `Mon-Thu 08:00-16:00; Sat 10:00-12:00`. */
export interface WorkingSpan {
  /** Weekdays, 0 = Monday ... 6 = Sunday. */
  readonly days: ReadonlySet<number>;
  /** Minutes since midnight; the end is exclusive. An end before the start runs past midnight. */
  readonly start: number;
  readonly end: number;
}

export interface WorkingHours {
  readonly spans: readonly WorkingSpan[];
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*';
const DAY_SET = `${DAY}(?:\\s*-\\s*${DAY})?(?:\\s*,\\s*${DAY}(?:\\s*-\\s*${DAY})?)*`;
const SPAN = new RegExp(`\\s*(${DAY_SET})\\s+(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*(?:[;,]|$)`, 'iy');

/** Spans one after another, separated by `;` or `,`: `Mon-Fri 09:00-17:00, Sat 10:00-12:00`. */
export function parseWorkingHours(text: string): WorkingHours | undefined {
  const spans: WorkingSpan[] = [];
  SPAN.lastIndex = 0;
  while (SPAN.lastIndex < text.length) {
    const span = parseSpan(SPAN.exec(text));
    if (!span) return undefined;
    spans.push(span);
  }
  return spans.length > 0 ? { spans } : undefined;
}

function parseSpan(match: RegExpExecArray | null): WorkingSpan | undefined {
  if (!match) return undefined;
  const days = parseDaySet(match[1]);
  const start = clock(Number(match[2]), Number(match[3]));
  const end = clock(Number(match[4]), Number(match[5]));
  if (!days || start === undefined || end === undefined) return undefined;
  return { days, start, end };
}

function parseDaySet(text: string): Set<number> | undefined {
  const days = new Set<number>();
  for (const range of text.split(',')) {
    const [first, last = first] = range.split('-').map((name) => dayIndex(name.trim()));
    if (first === undefined || last === undefined) return undefined;
    for (let day = first; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === last) break;
    }
  }
  return days;
}

function dayIndex(name: string): number | undefined {
  const index = DAY_NAMES.indexOf(name.slice(0, 3).toLowerCase());
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][index];
  return index >= 0 && full?.startsWith(name.toLowerCase()) ? index : undefined;
}

function clock(hours: number, minutes: number): number | undefined {
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** Whether any span covers this weekday at all. */
export function isWorkingDay(hours: WorkingHours, weekday: number): boolean {
  return hours.spans.some((span) => span.days.has(weekday));
}

export function isWithinHours(hours: WorkingHours, weekday: number, minutes: number): boolean {
  return hours.spans.some((span) => {
    if (span.start < span.end) return span.days.has(weekday) && minutes >= span.start && minutes < span.end;
    const yesterday = (weekday + 6) % 7;
    return (span.days.has(weekday) && minutes >= span.start) || (span.days.has(yesterday) && minutes < span.end);
  });
}

/** Monday to Friday, for records without `hours`. */
const WEEKDAYS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4]);

function isWorkday(hours: WorkingHours | undefined, day: Day): boolean {
  const weekday = weekdayOf(day);
  return hours ? isWorkingDay(hours, weekday) : WEEKDAYS.has(weekday);
}

/** Working days after `from` up to and including `to`: the days of `hours`, Monday to Friday without them. */
export function workingDaysBetween(hours: WorkingHours | undefined, from: Day, to: Day): number {
  if (to <= from) return 0;
  const weeks = Math.floor((to - from) / 7);
  let count = weeks * workdaysPerWeek(hours);
  for (let day = addDays(from, weeks * 7 + 1); day <= to; day = addDays(day, 1)) if (isWorkday(hours, day)) count++;
  return count;
}

/** The `count`-th working day after `from`. */
export function addWorkingDays(hours: WorkingHours | undefined, from: Day, count: number): Day {
  if (workdaysPerWeek(hours) === 0) return addDays(from, count);
  let day = from;
  for (let found = 0; found < count; ) {
    day = addDays(day, 1);
    if (isWorkday(hours, day)) found++;
  }
  return day;
}

function workdaysPerWeek(hours: WorkingHours | undefined): number {
  if (!hours) return WEEKDAYS.size;
  let count = 0;
  for (let weekday = 0; weekday < 7; weekday++) if (isWorkingDay(hours, weekday)) count++;
  return count;
}
