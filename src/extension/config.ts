import * as vscode from 'vscode';
import { ledgerSettings, pinnedDay, SETTINGS_SECTION, type LedgerSettings } from '../core/settings';
import type { Day } from '../core/values/calendar-day';

/** The settings of one workspace folder, as the core reads them (src/core/settings.ts). */
export type LedgerConfig = LedgerSettings;

export const SECTION = SETTINGS_SECTION;

/** The settings for one workspace folder; values that cannot be read fall back to the defaults. */
export function readConfig(scope?: vscode.ConfigurationScope): LedgerConfig {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  return ledgerSettings((key) => settings.get<unknown>(key));
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
  const settings = vscode.workspace.getConfiguration(SECTION);
  return pinnedDay((key) => settings.get<unknown>(key));
}
