import { RELATIONSHIP_STATUSES, type ClientRecord, type Finding } from './model';
import type { DocumentRequest } from './documents/render-document';
import { compact, isEditable, keyAction, problemActions, snooze, type RecordAction } from './edits/record-actions';
import { clientRule } from './rules/index';
import { addDays, formatDay, type Day } from './values/calendar-day';

/**
 * What can be done about a finding, on the record's current text: the repairs the reader named
 * for the problem (a typo's suggestion, a YAML error's fix), the rule's own next step, and a
 * snooze for the findings about the relationship. Nothing on a record in conflict.
 */
export function findingActions(finding: Finding, client: ClientRecord, text: string, today: Day): RecordAction[] {
  if (!isEditable(client)) return [];
  const fixes = compact(clientRule(finding.rule)?.fixes?.(finding, client, text, today) ?? []);
  return [...problemActions(client.problems, finding.rule, finding.range.start.line), ...fixes, ...snoozeActions(finding.rule, client, text, today)];
}

/** The documents a finding offers; a salvage plan or a termination only to a client in a relationship. */
export function findingDocuments(finding: Finding, client: ClientRecord): DocumentRequest[] {
  const requests = clientRule(finding.rule)?.documents?.(finding, client) ?? [];
  const inRelationship = RELATIONSHIP_STATUSES.has(client.status);
  return requests.filter((request) => inRelationship || (request.kind !== 'salvage-plan' && request.kind !== 'termination'));
}

const SNOOZE_WEEKS = [1, 2];

/** `snooze: {rule: date}` a week or two from today, for the findings about the relationship. */
export function snoozeActions(rule: string, client: ClientRecord, text: string, today: Day): RecordAction[] {
  if (!isSnoozable(rule)) return [];
  return compact(SNOOZE_WEEKS.map((weeks) => {
    const until = formatDay(addDays(today, weeks * 7));
    return keyAction(`Snooze ${rule} for ${weeks === 1 ? '1 week' : `${weeks} weeks`} (until ${until})`, snooze(client, text, rule, until));
  }));
}

/** Whether findings of this rule can be snoozed: the ones about the relationship. */
export function isSnoozable(rule: string): boolean {
  return clientRule(rule)?.scope === 'relationship';
}
