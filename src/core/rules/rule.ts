import type { Day } from '../values/calendar-day';
import { mergeThresholds, type ThresholdOverrides, type Thresholds } from '../thresholds';
import { RELATIONSHIP_STATUSES, type ClientRecord, type Finding, type FindingSubject, type RelatedPlace, type Severity, type SourceRange } from '../model';
import type { RecordAction } from '../edits/record-actions';
import type { DocumentRequest } from '../documents/render-document';
import type { RuleId } from './rule-id';
import type { AgendaSettings, NextStep } from '../agenda/next-step';

/** The context the checks use for a client: workspace thresholds over the defaults, the record's over those. */
export function ruleContext(client: ClientRecord, today: Day, workspace: ThresholdOverrides = {}): RuleContext {
  return { today, thresholds: mergeThresholds(workspace, client.thresholds) };
}

export interface RuleContext {
  /** The calendar day the ledger is checked on; injected, never read from a clock here. */
  readonly today: Day;
  /** Defaults, then settings, then the client's own `thresholds`. */
  readonly thresholds: Thresholds;
}

/**
 * `relationship` rules only speak for clients whose status is active, at-risk or salvage;
 * `every-client` rules hold whatever the status (money is owed whatever the status).
 */
export type RuleScope = 'relationship' | 'every-client';

export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** One line for docs and quick picks. */
  readonly summary: string;
  check(client: ClientRecord, context: RuleContext): Finding[];
  /** The record's edits that do the next step about a finding, on the record's current text. */
  readonly fixes?: (finding: Finding, client: ClientRecord, text: string, today: Day) => (RecordAction | undefined)[];
  /** The documents a finding offers to draft. */
  readonly documents?: (finding: Finding, client: ClientRecord) => DocumentRequest[];
  /**
   * The next steps of the Next Steps view this rule stands for, due before or when it fires
   * (a step names the rule whose quick fixes do it; snoozing that rule silences the step).
   */
  readonly steps?: (client: ClientRecord, today: Day, settings: AgendaSettings) => NextStep[];
}

/** Whether a rule speaks for a client on a day: its scope admits the client's status, and the client has not snoozed it. */
export function ruleSpeaks(rule: Pick<Rule, 'id' | 'scope'>, client: ClientRecord, today: Day): boolean {
  if (rule.scope === 'relationship' && !RELATIONSHIP_STATUSES.has(client.status)) return false;
  const snoozedUntil = client.snooze.get(rule.id);
  return snoozedUntil === undefined || today > snoozedUntil;
}

export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  range: SourceRange,
  message: string,
  extra: { severity?: Severity; related?: readonly RelatedPlace[]; subject?: FindingSubject } = {},
): Finding {
  const result: { -readonly [K in keyof Finding]: Finding[K] } = { rule: rule.id, severity: extra.severity ?? rule.severity, message, range };
  if (extra.related && extra.related.length > 0) result.related = extra.related;
  if (extra.subject) result.subject = extra.subject;
  return result;
}

/** Where a finding about the whole client goes: a key if present, else the `client` key. */
export function keyRange(client: ClientRecord, ...keys: string[]): SourceRange {
  for (const key of keys) {
    const place = client.places.get(key);
    if (place) return place.key;
  }
  return client.places.get('client')?.key ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
