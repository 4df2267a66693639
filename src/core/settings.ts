import { DEFAULT_AGENDA, type AgendaSettings } from './agenda/next-step';
import { DEFAULT_THRESHOLDS, isThresholdKey, parseThreshold, type ThresholdOverrides } from './thresholds';
import { parseDay, type Day } from './values/calendar-day';
import { isCurrencyCode } from './values/money';

/** The settings' section: every key below is `clientLedger.<key>`. */
export const SETTINGS_SECTION = 'clientLedger';

/** The raw value of one setting, by its key within the section (`folder`, `rules.no-contact`); undefined when unset. */
export type SettingLookup = (key: string) => unknown;

/** What the ledger's settings mean for one workspace folder. */
export interface LedgerSettings {
  /** The ledger folder, relative to each workspace folder. */
  readonly folder: string;
  readonly currency: string;
  readonly thresholds: ThresholdOverrides;
  /** The payment-reminder schedule of the Next steps view. */
  readonly agenda: AgendaSettings;
  /** clientLedger.agenda.show: every client's next steps, or only mine. */
  readonly agendaShow: 'everyone' | 'mine';
  /** clientLedger.me: your name or email in `owner:` keys; empty for the git identity. */
  readonly me: string;
}

/**
 * The settings read from raw values, wherever they come from (VS Code's configuration, a
 * language client's); a value that cannot be read falls back to its default.
 */
export function ledgerSettings(get: SettingLookup): LedgerSettings {
  const folder = text(get('folder'), 'clients').trim().replace(/^[/\\]+|[/\\]+$/g, '') || 'clients';
  const currency = text(get('currency'), 'USD').trim().toUpperCase();
  const thresholds: ThresholdOverrides = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS)) {
    if (!isThresholdKey(key)) continue;
    const value = get(`rules.${key}`);
    if (value === undefined || value === null || value === '') continue;
    const parsed = parseThreshold(key, value);
    if (parsed.ok) Object.assign(thresholds, parsed.values);
  }
  const agenda = {
    reminderDays: wholeNumbers(get('agenda.reminderDays')) ?? DEFAULT_AGENDA.reminderDays,
    formalNoticeDays: wholeNumbers([get('agenda.formalNoticeDays')])?.[0] ?? DEFAULT_AGENDA.formalNoticeDays,
    thresholds,
  };
  const agendaShow = get('agenda.show') === 'mine' ? 'mine' : 'everyone';
  return { folder, currency: isCurrencyCode(currency) ? currency : 'USD', thresholds, agenda, agendaShow, me: text(get('me'), '').trim() };
}

/** clientLedger.today: the day to check as of, when pinned (`YYYY-MM-DD`); undefined for the real today. */
export function pinnedDay(get: SettingLookup): Day | undefined {
  const pinned = text(get('today'), '').trim();
  return pinned ? parseDay(pinned) : undefined;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** A list of whole numbers of days, or undefined for anything else (the default then applies). */
function wholeNumbers(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => Number.isInteger(item) && Math.abs(item) <= 3650)) return undefined;
  return value as number[];
}
