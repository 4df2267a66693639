import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'scope-creep';
const SERVICES = ['services:', '  - inbox management', '  - calendar'];
const THREE = [
  '2026-10-21 request from Jane #out-of-scope: bookkeeping',
  '2026-11-05 request from Jane #out-of-scope: website copy',
  '2026-11-18 request from Jane #out-of-scope: social media',
];

/** Two out-of-scope requests in the window plus one dated `first`. */
function firstOn(first: string, frontmatter: readonly string[] = SERVICES): string {
  return recordText(frontmatter, [`${first} request from Jane #out-of-scope: travel`, ...THREE.slice(1)]);
}

describe('rule scope-creep', () => {
  it('fires at the latest out-of-scope request with the count and dates; relates the others', () => {
    const text = recordText(SERVICES, THREE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 request', 3));
    assertMessage(finding, '3 out-of-scope requests in the last 30 days', '2026-10-21, 2026-11-05, 2026-11-18', 'quote them as extra work');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-10-21 request'), lineOf(text, '2026-11-05 request')]);
    assert.match(finding.related![0].message, /Out-of-scope request 2026-10-21/);
  });

  it('does not fire with two out-of-scope requests', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(SERVICES, THREE.slice(1))), []);
  });

  it('counts a request dated exactly 30 days ago (today - 30)', () => {
    assertMessage(only(ruleFindings(RULE, firstOn('2026-10-21'))), '3 out-of-scope requests');
  });

  it('does not count a request dated 31 days ago', () => {
    assert.deepEqual(ruleFindings(RULE, firstOn('2026-10-20')), []);
  });

  it('counts a request dated today', () => {
    const text = firstOn('2026-11-20');
    assert.deepEqual(only(ruleFindings(RULE, text)).range.start, at(text, '2026-11-20 request', 3));
  });

  it('does not count a request dated after today', () => {
    assert.deepEqual(ruleFindings(RULE, firstOn('2026-11-21')), []);
  });

  it('counts only requests tagged #out-of-scope', () => {
    const text = recordText(SERVICES, [
      '2026-11-01 request from Jane: inbox rules',
      '2026-11-02 note #out-of-scope: asked about taxes on a call',
      ...THREE.slice(1),
    ]);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('reports at the latest request by date, not the last line', () => {
    const text = recordText(SERVICES, [THREE[2], THREE[0], THREE[1]]);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 request', 3));
    assertMessage(finding, '2026-10-21, 2026-11-05, 2026-11-18');
  });

  it('fires with four requests and relates the three earlier ones', () => {
    const text = recordText(SERVICES, [...THREE, '2026-11-19 request #out-of-scope: podcast editing']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-11-19 request', 3));
    assertMessage(finding, '4 out-of-scope requests');
    assert.equal(finding.related!.length, 3);
  });

  describe('thresholds', () => {
    it('fires with two requests with the client threshold scope-creep: 2', () => {
      assertMessage(only(ruleFindings(RULE, recordText([...SERVICES, 'thresholds:', '  scope-creep: 2'], THREE.slice(1)))), '2 out-of-scope requests');
    });
    it('does not fire with three requests with the client threshold scope-creep: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([...SERVICES, 'thresholds:', '  scope-creep: 4'], THREE)), []);
    });
    it('does not fire with three requests with the setting scope-creep: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(SERVICES, THREE), undefined, { thresholds: { 'scope-creep': 4 } }), []);
    });
    it('fires with two requests with the setting scope-creep: 2', () => {
      assert.equal(ruleFindings(RULE, recordText(SERVICES, THREE.slice(1)), undefined, { thresholds: { 'scope-creep': 2 } }).length, 1);
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, SERVICES, THREE);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', SERVICES, THREE);
  });
});
