import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localToday, parseDay, type Day } from '../core/values/calendar-day';
import { isThresholdKey, parseThreshold, type ThresholdOverrides } from '../core/thresholds';
import { isCurrencyCode } from '../core/values/money';
import { ArgumentError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with positionals, its own errors (an unknown option, a missing value) as argument errors. */
export function parseCommandArguments<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new ArgumentError((error as Error).message.split('\n')[0]);
  }
}

/** Exactly `names.length` positionals, or an argument error naming what is missing or extra. */
export function positionalArguments(command: string, positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length < names.length) throw new ArgumentError(`${command} needs ${words(names.map((name) => `a ${name}`))}`);
  if (positionals.length > names.length) throw new ArgumentError(`unexpected argument: ${positionals[names.length]}`);
  return [...positionals];
}

/** `--today`, or the local calendar day of the clock. */
export function todayOption(value: string | undefined, now: Date): Day {
  const today = value === undefined ? localToday(now) : parseDay(value);
  if (today === undefined) throw new ArgumentError(`--today must be a date YYYY-MM-DD, not "${value}"`);
  return today;
}

export function currencyOption(value: string | undefined): string | undefined {
  const currency = value?.toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) throw new ArgumentError(`--currency must be an ISO 4217 code, not "${value}"`);
  return currency;
}

/** `--threshold RULE=VALUE`, as often as given: the overrides, as a record's `thresholds:` gives them. */
export function thresholdOptions(flags: readonly string[]): ThresholdOverrides {
  const thresholds: ThresholdOverrides = {};
  for (const flag of flags) {
    const [key, value] = [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)];
    if (!flag.includes('=') || !isThresholdKey(key)) throw new ArgumentError(`--threshold takes RULE=VALUE with a known threshold, not "${flag}"`);
    const parsed = parseThreshold(key, value);
    if (!parsed.ok) throw new ArgumentError(`--threshold ${parsed.reason}`);
    Object.assign(thresholds, parsed.values);
  }
  return thresholds;
}

/** A value that must be one of a few words. */
export function choiceOption<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ArgumentError(`${flag} must be ${words(choices, 'or')}, not "${value}"`);
}

function words(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
