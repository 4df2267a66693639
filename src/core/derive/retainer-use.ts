import { addDays, addMonths, formatDay, monthName, startOfMonth, startOfWeek, type Day } from '../values/calendar-day';
import { hourlyRate, moneyForMinutes } from '../values/hourly-rate';
import type { Money } from '../values/money';
import type { RetainerHours } from '../values/retainer-hours';
import type { ClientRecord, WorkEntry } from '../model';
import { byTime, upTo } from './entry-time';
import { DEFAULT_THRESHOLDS } from '../thresholds';

/** The retainer's current period: how much of it the `work` entries used, and where they crossed its lines. */
export interface RetainerUse {
  readonly period: RetainerHours['period'];
  /** The period's first and last day: the calendar month, or Monday to Sunday, holding today. */
  readonly start: Day;
  readonly end: Day;
  readonly boughtMinutes: number;
  /** Work dated in the period up to and including today. */
  readonly usedMinutes: number;
  /** That work, in date (and time) order. */
  readonly work: readonly WorkEntry[];
  /** The entry that took the use to the nearly-used percentage or past it. */
  readonly nearlyUsedAt?: WorkEntry;
  /** The entry that took the use over the hours bought. */
  readonly exceededAt?: WorkEntry;
  /** Minutes over the hours bought; 0 within them. */
  readonly overageMinutes: number;
  /** The overage at the record's hourly `rate`; undefined when there is none or the rate is not hourly. */
  readonly overageMoney?: Money;
  readonly hourlyRate?: Money;
}

/** The use of the period holding today, for a record with `retainer_hours`; `nearlyPercent` is the retainer-nearly-used threshold. */
export function retainerUse(client: ClientRecord, today: Day, nearlyPercent: number = DEFAULT_THRESHOLDS['retainer-nearly-used']): RetainerUse | undefined {
  const bought = client.retainerHours;
  if (!bought) return undefined;
  const { start, end } = periodOf(bought.period, today);
  const work = byTime(upTo(client.entries, today)).filter((entry): entry is WorkEntry => entry.kind === 'work' && entry.date >= start && entry.date <= end);
  let used = 0;
  let nearlyUsedAt: WorkEntry | undefined;
  let exceededAt: WorkEntry | undefined;
  for (const entry of work) {
    used += entry.minutes;
    if (!nearlyUsedAt && used * 100 >= nearlyPercent * bought.minutes) nearlyUsedAt = entry;
    if (!exceededAt && used > bought.minutes) exceededAt = entry;
  }
  const overageMinutes = Math.max(0, used - bought.minutes);
  const rate = hourlyRate(client.rate, client.currency);
  const overageMoney = rate && overageMinutes > 0 ? moneyForMinutes(overageMinutes, rate) : undefined;
  return { period: bought.period, start, end, boughtMinutes: bought.minutes, usedMinutes: used, work, nearlyUsedAt, exceededAt, overageMinutes, overageMoney, hourlyRate: rate };
}

/** The calendar month, or the week from Monday to Sunday, holding `day`. */
export function periodOf(period: RetainerHours['period'], day: Day): { start: Day; end: Day } {
  if (period === 'week') {
    const monday = startOfWeek(day);
    return { start: monday, end: addDays(monday, 6) };
  }
  const start = startOfMonth(day);
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** The whole percentage used, rounded down (79.9% is 79%, not yet 80%). */
export function percentUsed(use: RetainerUse): number {
  return Math.floor((use.usedMinutes * 100) / use.boughtMinutes);
}

/** `November 2026`, or `the week of 2026-11-16`. */
export function periodName(use: Pick<RetainerUse, 'period' | 'start'>): string {
  if (use.period === 'week') return `the week of ${formatDay(use.start)}`;
  return monthName(use.start);
}

/** `this month` or `this week`. */
export function thisPeriod(use: Pick<RetainerUse, 'period'>): string {
  return `this ${use.period}`;
}
