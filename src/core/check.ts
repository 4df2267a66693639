import type { Day } from './values/calendar-day';
import type { ThresholdOverrides } from './thresholds';
import type { ClientRecord, ClientRef, DocumentRecord, DocumentRef, FileFindings, Finding, LedgerFile, ReadProblem, Severity } from './model';
import { compare } from './ledger';
import { keyRange, ruleContext, ruleSpeaks } from './rules/rule';
import { Ledger } from './ledger';
import { CLIENT_RULES, clientIdDuplicate, documentClientUnknown, fileUnreadable, frontmatterInvalid, keyUnknown, mergeConflict } from './rules/index';
import { problemsOf } from './rules/read-problems';

export interface CheckSettings {
  /** Workspace thresholds (settings `clientLedger.rules.*`), over the defaults. */
  readonly thresholds?: ThresholdOverrides;
}

/** Every finding of one client record on `today`, sorted by position. */
export function checkClient(client: ClientRecord, today: Day, settings: CheckSettings = {}): Finding[] {
  const context = ruleContext(client, today, settings.thresholds);
  const findings: Finding[] = [];
  for (const rule of CLIENT_RULES) if (ruleSpeaks(rule, client, today)) findings.push(...rule.check(client, context));
  return sortFindings(findings);
}

/** Every finding of every file of the ledger, files in path order. */
export function checkLedger(ledger: Ledger, today: Day, settings: CheckSettings = {}): FileFindings[] {
  return checkSummaries(ledger.files.map((file) => summarizeFile(file, today, settings)));
}

export function checkFiles(files: readonly LedgerFile[], today: Day, settings: CheckSettings = {}): FileFindings[] {
  return checkLedger(new Ledger(files), today, settings);
}

/**
 * What the ledger-wide rules need to know of a file, with the findings that depend on the file
 * alone. Small and cloneable, so worker threads can check files and the main thread the ledger.
 */
export interface FileSummary {
  readonly file: string;
  readonly client?: ClientRef;
  readonly document?: DocumentRef;
  /** What the file was read as (the command line counts the files that are no record). */
  readonly type: LedgerFile['type'];
  /** A file that looks like a client record but cannot be read (BrokenFile.clientId). */
  readonly unreadableClient?: true;
  readonly findings: readonly Finding[];
}

export function summarizeFile(file: LedgerFile, today: Day, settings: CheckSettings = {}): FileSummary {
  switch (file.type) {
    case 'client': return { file: file.file, type: file.type, client: clientRef(file), findings: withConflicts(checkClient(file, today, settings), file.problems) };
    case 'document': {
      const findings = [...problemsOf(frontmatterInvalid, file.problems), ...problemsOf(keyUnknown, file.problems)];
      return { file: file.file, type: file.type, document: documentRef(file), findings: withConflicts(findings, file.problems) };
    }
    case 'broken': {
      const findings = [...problemsOf(fileUnreadable, file.problems), ...problemsOf(frontmatterInvalid, file.problems)];
      const summary = { file: file.file, type: file.type, findings: withConflicts(findings, file.problems) };
      return file.clientId === undefined ? summary : { ...summary, unreadableClient: true };
    }
    case 'ignored': return { file: file.file, type: file.type, findings: [] };
  }
}

/** merge-conflict is about the file, whatever it holds, and cannot be snoozed: the markers must go before a commit. */
function withConflicts(findings: Finding[], problems: readonly ReadProblem[]): Finding[] {
  const conflicts = problemsOf(mergeConflict, problems);
  return conflicts.length === 0 ? findings : sortFindings([...conflicts, ...findings]);
}

/** Adds the ledger-wide findings (duplicate ids, documents of unknown clients) and sorts. */
export function checkSummaries(summaries: readonly FileSummary[]): FileFindings[] {
  const sorted = [...summaries].sort((a, b) => compare(a.file, b.file));
  const firstById = new Map<string, ClientRef>();
  for (const summary of sorted) {
    const key = summary.client?.id.toLowerCase();
    if (key !== undefined && !firstById.has(key)) firstById.set(key, summary.client!);
  }
  const results: FileFindings[] = [];
  for (const summary of sorted) {
    const findings = fileFindings(summary, (id) => firstById.get(id.toLowerCase()));
    if (findings.length > 0) results.push({ file: summary.file, findings });
  }
  return results;
}

/**
 * A file's findings in the ledger, sorted: its own and the ledger-wide ones (a duplicate id, a
 * document of an unknown client). `firstWithId` gives the first client record (by path) with an id,
 * ignoring case.
 */
export function fileFindings(summary: FileSummary, firstWithId: (id: string) => ClientRef | undefined): Finding[] {
  return sortFindings([...summary.findings, ...ledgerFindings(summary, firstWithId)]);
}

/**
 * Whether ledger-wide findings may join a file's own: a document (its client may be unknown), or a
 * client record whose id (ignoring case) another file of the ledger may have (`sharedIds`, lower case).
 */
export function mayHaveLedgerFindings(summary: FileSummary, sharedIds: ReadonlySet<string>): boolean {
  if (summary.document) return true;
  return summary.client !== undefined && sharedIds.has(summary.client.id.toLowerCase());
}

/** The findings of one file of the ledger (they depend on the file and on the ids of the others). */
export function checkFile(ledger: Ledger, path: string, today: Day, settings: CheckSettings = {}): Finding[] {
  const file = ledger.get(path);
  if (!file) return [];
  const summary = summarizeFile(file, today, settings);
  const extra = ledgerFindings(summary, (id) => {
    const first = ledger.client(id);
    return first && clientRef(first);
  });
  return extra.length > 0 ? sortFindings([...summary.findings, ...extra]) : [...summary.findings];
}

function ledgerFindings(summary: FileSummary, firstWithId: (id: string) => ClientRef | undefined): Finding[] {
  if (summary.client) {
    const first = firstWithId(summary.client.id);
    return first && first.file !== summary.file ? [clientIdDuplicate.check(summary.client, first)] : [];
  }
  if (summary.document && summary.document.clientId !== '' && !firstWithId(summary.document.clientId)) {
    return [documentClientUnknown.check(summary.document)];
  }
  return [];
}

function clientRef(client: ClientRecord): ClientRef {
  return { id: client.id, file: client.file, keyRange: keyRange(client, 'client') };
}

function documentRef(document: DocumentRecord): DocumentRef {
  return { file: document.file, clientId: document.clientId, clientRange: document.places.get('client')?.value };
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
