import assert from 'node:assert/strict';
import type { Finding, SourcePosition } from '../../src/core/model';
import { addDays, formatDay } from '../../src/core/values/calendar-day';
import { day, lineOf, recordText, RELATIONSHIP, ruleFindings, SILENT_STATUSES, TODAY } from './ledger-text';

export const ALL_STATUSES = [...RELATIONSHIP, ...SILENT_STATUSES] as const;

/** The day `days` days before `from` (TODAY by default), as YYYY-MM-DD. */
export function daysBefore(days: number, from = TODAY): string {
  return formatDay(addDays(day(from), -days));
}

/** The only finding in `findings`, failing with the findings when there are none or several. */
export function only(findings: readonly Finding[]): Finding {
  assert.equal(findings.length, 1, `expected exactly one finding, got ${JSON.stringify(findings, null, 1)}`);
  return findings[0];
}

/** Where `needle` is: its line, and the given column (3 = the date of a `- ` log item, 1 = a top-level key). */
export function at(text: string, needle: string, column: number): SourcePosition {
  return { line: lineOf(text, needle), column };
}

/** Asserts the message contains every part, in any order. */
export function assertMessage(finding: Finding, ...parts: string[]): void {
  for (const part of parts) assert.ok(finding.message.includes(part), `message ${JSON.stringify(finding.message)} lacks ${JSON.stringify(part)}`);
}

/** The start lines of a finding's related places, sorted. */
export function relatedLines(finding: Finding): number[] {
  return (finding.related ?? []).map((place) => place.range.start.line).sort((a, b) => a - b);
}

/** The frontmatter with a `status:` line in front of the rest. */
export function withStatus(frontmatter: readonly string[], status: string): string[] {
  return [`status: ${status}`, ...frontmatter.filter((line) => !line.startsWith('status:'))];
}

/**
 * One `it` per status. Relationship rules: silent for SILENT_STATUSES, one finding for RELATIONSHIP.
 * Every-client rules: one finding for every status, `former` and `on-hold` included.
 * `frontmatter` must make the rule fire for an active client and must not set `status`.
 */
export function statusCases(
  rule: string,
  scope: 'relationship' | 'every-client',
  frontmatter: readonly string[],
  log: readonly string[],
  count = 1,
): void {
  const silent: readonly string[] = scope === 'relationship' ? SILENT_STATUSES : [];
  for (const status of ALL_STATUSES) {
    if (silent.includes(status)) {
      it(`is silent for status ${status}`, () => {
        assert.deepEqual(ruleFindings(rule, recordText(withStatus(frontmatter, status), log)), []);
      });
    } else {
      it(`fires for status ${status}`, () => {
        const findings = ruleFindings(rule, recordText(withStatus(frontmatter, status), log));
        assert.equal(findings.length, count);
        assert.ok(findings.every((finding) => finding.rule === rule));
      });
    }
  }
}

/**
 * `snooze: {rule: DATE}` silences the rule through DATE inclusive and not after, and snoozing
 * another rule does not. `frontmatter` must make the rule fire on TODAY and must not set `snooze`.
 */
export function snoozeCases(rule: string, frontmatter: readonly string[], log: readonly string[], other = 'no-agreement'): void {
  const snoozed = (id: string, until: string) => recordText([...frontmatter, 'snooze:', `  ${id}: ${until}`], log);

  it('fires when not snoozed (the snooze cases rest on this)', () => {
    assert.ok(ruleFindings(rule, recordText(frontmatter, log)).length >= 1);
  });
  it('is silent when snoozed until today (inclusive)', () => {
    assert.deepEqual(ruleFindings(rule, snoozed(rule, TODAY)), []);
  });
  it('is silent when snoozed until a later day', () => {
    assert.deepEqual(ruleFindings(rule, snoozed(rule, '2026-12-31')), []);
  });
  it('fires again once the snooze date has passed', () => {
    assert.ok(ruleFindings(rule, snoozed(rule, daysBefore(1))).length >= 1);
  });
  it('is not silenced by snoozing another rule', () => {
    assert.ok(ruleFindings(rule, snoozed(other, '2026-12-31')).length >= 1);
  });
}
