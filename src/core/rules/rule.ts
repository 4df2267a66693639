import type { Day } from '../values/calendar-day';
import { mergeThresholds, type ThresholdOverrides, type Thresholds } from '../thresholds';
import type { ClientRecord, Finding, RelatedPlace, Severity, SourceRange } from '../model';

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
  readonly id: string;
  readonly severity: Severity;
  readonly scope: RuleScope;
  /** One line for docs and quick picks. */
  readonly summary: string;
  check(client: ClientRecord, context: RuleContext): Finding[];
}

export function finding(
  rule: Pick<Rule, 'id' | 'severity'>,
  range: SourceRange,
  message: string,
  extra: { severity?: Severity; related?: readonly RelatedPlace[] } = {},
): Finding {
  const result: Finding = { rule: rule.id, severity: extra.severity ?? rule.severity, message, range };
  return extra.related && extra.related.length > 0 ? { ...result, related: extra.related } : result;
}

/** Where a finding about the whole client goes: a key if present, else the `client` key. */
export function keyRange(client: ClientRecord, ...keys: string[]): SourceRange {
  for (const key of keys) {
    const place = client.places.get(key);
    if (place) return place.key;
  }
  return client.places.get('client')?.key ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}
