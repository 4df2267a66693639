import { readMoney, scaleMinor, type Money } from './money';

const PER_HOUR = /^(.+?)\s*(?:\/\s*|\s(?:per|an?)\s+)(?:h|hr|hour)$/i;

/**
 * The amount of an hourly `rate` (`40/h`, `$40/h`, `40 per hour`, `40/hour`, `40 EUR/h`), in the
 * rate's currency or the record's; undefined for any other rate (`600/month`, `negotiable`).
 */
export function hourlyRate(rate: string | undefined, currency: string): Money | undefined {
  const match = rate === undefined ? null : PER_HOUR.exec(rate.trim());
  return match ? readMoney(match[1].trim(), currency) : undefined;
}

/** Minutes at an hourly rate, rounded half away from zero to the minor unit. */
export function moneyForMinutes(minutes: number, rate: Money): Money {
  return { minor: scaleMinor(rate.minor, minutes, 60), currency: rate.currency };
}
