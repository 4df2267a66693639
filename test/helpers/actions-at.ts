import { checkClient } from '../../src/core/check';
import type { RecordAction } from '../../src/core/edits/record-actions';
import { findingActions, findingDocuments } from '../../src/core/finding-actions';
import type { DocumentRequest } from '../../src/core/documents/render-document';
import type { ClientRecord, Finding } from '../../src/core/model';
import type { Day } from '../../src/core/values/calendar-day';

/** The client's finding of this rule on this line, as the lightbulb finds it; else one made up at that line. */
export function findingAt(rule: string, line: number, client: ClientRecord, today: Day): Finding {
  const current = checkClient(client, today).filter((finding) => finding.rule === rule);
  return current.find((finding) => finding.range.start.line === line)
    ?? current[0]
    ?? { rule, severity: 'info', message: '', range: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

/** What the lightbulb offers on the finding of `rule` at `line`. */
export function actionsAt(rule: string, line: number, client: ClientRecord, text: string, today: Day): RecordAction[] {
  return findingActions(findingAt(rule, line, client, today), client, text, today);
}

export function documentsAt(rule: string, line: number, client: ClientRecord, today: Day): DocumentRequest[] {
  return findingDocuments(findingAt(rule, line, client, today), client);
}
