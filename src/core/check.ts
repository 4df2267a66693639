import type { Day } from './values/calendar-day';
import { mergeThresholds, type ThresholdOverrides } from './thresholds';
import type { ClientRecord, FileFindings, Finding, LedgerFile, Severity } from './model';
import { Ledger } from './ledger';
import { CLIENT_RULES, clientIdDuplicate, documentClientUnknown, fileUnreadable, frontmatterInvalid, keyUnknown, RELATIONSHIP_STATUSES } from './rules/index';
import { problemsOf } from './rules/read-problems';

export interface CheckSettings {
  /** Workspace thresholds (settings `clientLedger.rules.*`), over the defaults. */
  readonly thresholds?: ThresholdOverrides;
}

/** Every finding of one client record on `today`, sorted by position. */
export function checkClient(client: ClientRecord, today: Day, settings: CheckSettings = {}): Finding[] {
  const context = { today, thresholds: mergeThresholds(settings.thresholds ?? {}, client.thresholds) };
  const active = RELATIONSHIP_STATUSES.has(client.status);
  const findings: Finding[] = [];
  for (const rule of CLIENT_RULES) {
    if (rule.scope === 'relationship' && !active) continue;
    const snoozedUntil = client.snooze.get(rule.id);
    if (snoozedUntil !== undefined && today <= snoozedUntil) continue;
    findings.push(...rule.check(client, context));
  }
  return sortFindings(findings);
}

/** Every finding of every file of the ledger, files in path order. */
export function checkLedger(ledger: Ledger, today: Day, settings: CheckSettings = {}): FileFindings[] {
  const results: FileFindings[] = [];
  for (const file of ledger.files) {
    const findings = checkFile(ledger, file.file, today, settings);
    if (findings.length > 0) results.push({ file: file.file, findings });
  }
  return results;
}

export function checkFiles(files: readonly LedgerFile[], today: Day, settings: CheckSettings = {}): FileFindings[] {
  return checkLedger(new Ledger(files), today, settings);
}

/** The findings of one file of the ledger (they depend on the file and on the ids of the others). */
export function checkFile(ledger: Ledger, path: string, today: Day, settings: CheckSettings = {}): Finding[] {
  const file = ledger.get(path);
  if (!file) return [];
  switch (file.type) {
    case 'client': {
      const findings = checkClient(file, today, settings);
      const first = ledger.duplicateOf(file);
      return first ? sortFindings([...findings, clientIdDuplicate.check(file, first)]) : findings;
    }
    case 'document': {
      const known = file.clientId === '' || ledger.client(file.clientId) !== undefined;
      const problems = [...problemsOf(frontmatterInvalid, file.problems), ...problemsOf(keyUnknown, file.problems)];
      return sortFindings(known ? problems : [...problems, documentClientUnknown.check(file)]);
    }
    case 'broken': return sortFindings([...problemsOf(fileUnreadable, file.problems), ...problemsOf(frontmatterInvalid, file.problems)]);
    case 'ignored': return [];
  }
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
