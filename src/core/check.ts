import type { Day } from './values/calendar-day';
import { mergeThresholds, type ThresholdOverrides } from './thresholds';
import type { ClientRecord, FileFindings, Finding, LedgerFile, Severity } from './model';
import { buildLedger, type Ledger } from './ledger';
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
  const duplicates = clientIdDuplicate.check(ledger.clients);
  const knownIds = new Set(ledger.clientsById.keys());
  const results: FileFindings[] = [];
  for (const file of ledger.files) {
    const findings = findingsOf(file, today, settings, knownIds);
    const duplicate = file.type === 'client' ? duplicates.get(file) : undefined;
    if (duplicate) findings.push(duplicate);
    if (findings.length > 0) results.push({ file: file.file, findings: sortFindings(findings) });
  }
  return results;
}

export function checkFiles(files: readonly LedgerFile[], today: Day, settings: CheckSettings = {}): FileFindings[] {
  return checkLedger(buildLedger(files), today, settings);
}

function findingsOf(file: LedgerFile, today: Day, settings: CheckSettings, knownIds: ReadonlySet<string>): Finding[] {
  switch (file.type) {
    case 'client': return checkClient(file, today, settings);
    case 'document':
      return [...problemsOf(frontmatterInvalid, file.problems), ...problemsOf(keyUnknown, file.problems), ...documentClientUnknown.check(file, knownIds)];
    case 'broken': return [...problemsOf(fileUnreadable, file.problems), ...problemsOf(frontmatterInvalid, file.problems)];
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
