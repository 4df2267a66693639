import * as vscode from 'vscode';
import { DEFAULT_THRESHOLDS, isThresholdKey, parseThreshold, type ThresholdKey, type ThresholdOverrides } from '../core/thresholds';
import { isCurrencyCode } from '../core/values/money';
import { DEFAULT_AGENDA, type AgendaSettings } from '../core/agenda/next-step';
import { parseDay, type Day } from '../core/values/calendar-day';

export interface LedgerConfig {
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

export const SECTION = 'clientLedger';

/** The settings for one workspace folder; values that cannot be read fall back to the defaults. */
export function readConfig(scope?: vscode.ConfigurationScope): LedgerConfig {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  const folder = settings.get<string>('folder', 'clients').trim().replace(/^[/\\]+|[/\\]+$/g, '') || 'clients';
  const currency = settings.get<string>('currency', 'USD').trim().toUpperCase();
  const thresholds: Record<string, number> = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS)) {
    if (!isThresholdKey(key)) continue;
    const value = settings.get<unknown>(`rules.${key}`);
    if (value === undefined || value === null || value === '') continue;
    const parsed = parseThreshold(key as ThresholdKey, value);
    if (parsed.ok) Object.assign(thresholds, parsed.values);
  }
  const agenda = {
    reminderDays: wholeNumbers(settings.get<unknown>('agenda.reminderDays')) ?? DEFAULT_AGENDA.reminderDays,
    formalNoticeDays: wholeNumbers([settings.get<unknown>('agenda.formalNoticeDays')])?.[0] ?? DEFAULT_AGENDA.formalNoticeDays,
    thresholds,
  };
  const agendaShow = settings.get<string>('agenda.show', 'everyone') === 'mine' ? 'mine' : 'everyone';
  return { folder, currency: isCurrencyCode(currency) ? currency : 'USD', thresholds, agenda, agendaShow, me: settings.get<string>('me', '').trim() };
}

/** clientLedger.groupBy: how the Clients view groups clients. */
export function groupBy(): 'status' | 'owner' {
  return vscode.workspace.getConfiguration(SECTION).get<string>('groupBy', 'status') === 'owner' ? 'owner' : 'status';
}

/** clientLedger.codeLens, for the file's folder. */
export function codeLensShown(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SECTION, uri).get<boolean>('codeLens', true);
}

/** clientLedger.inlayHints, for the file's folder (VS Code's own editor.inlayHints.enabled still applies). */
export function inlayHintsShown(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SECTION, uri).get<boolean>('inlayHints', true);
}

/** clientLedger.today: the day to check as of, when pinned (`YYYY-MM-DD`); undefined for the real today. */
export function pinnedToday(): Day | undefined {
  const pinned = vscode.workspace.getConfiguration(SECTION).get<string>('today', '').trim();
  return pinned ? parseDay(pinned) : undefined;
}

/** A list of whole numbers of days, or undefined for anything else (the default then applies). */
function wholeNumbers(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || !value.every((item) => Number.isInteger(item) && Math.abs(item) <= 3650)) return undefined;
  return value as number[];
}
