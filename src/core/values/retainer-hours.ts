import { formatMinutes } from './duration';

/** What a retainer buys: a number of hours in each calendar week or month. */
export interface RetainerHours {
  /** The hours bought, in whole minutes. */
  readonly minutes: number;
  readonly period: 'week' | 'month';
}

const RETAINER_HOURS = /^(\d{1,3}(?:\.\d{1,2})?)\s*(?:h|hrs?|hours?)?\s*(?:\/|\s(?:per|a|an|each)\s)\s*(week|month)$/i;
const MOST_HOURS = { week: 7 * 24, month: 31 * 24 } as const;

/** `10/month`, `10/week`, `10 hours a month`, `10h per week`, `7.5/week`; undefined for anything else, zero, or more hours than the period has. */
export function parseRetainerHours(text: string): RetainerHours | undefined {
  const match = RETAINER_HOURS.exec(text.trim());
  if (!match) return undefined;
  const period = match[2].toLowerCase() as RetainerHours['period'];
  const hours = Number(match[1]);
  if (hours <= 0 || hours > MOST_HOURS[period]) return undefined;
  return { minutes: Math.round(hours * 60), period };
}

/** `10h a month`, `7h 30m a week`. */
export function formatRetainerHours(hours: RetainerHours): string {
  return `${formatMinutes(hours.minutes)} a ${hours.period}`;
}
