import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'after-hours';
const HOURS = ['hours: Mon-Fri 09:00-17:00'];
// 2026-11-16 is a Monday, 2026-11-14 a Saturday, 2026-11-20 (today) a Friday.
const THREE = [
  '2026-11-16 19:30 email from Jane: can you do this tonight',
  '2026-11-17 07:45 request from Jane: urgent deck',
  '2026-11-18 21:00 message from Jane: still up?',
];

/** Two after-hours entries plus `third`. */
function plus(third: string, frontmatter: readonly string[] = HOURS): string {
  return recordText(frontmatter, [...THREE.slice(0, 2), third]);
}

describe('rule after-hours', () => {
  it('fires at the latest after-hours entry with the count and the next step; relates the others', () => {
    const text = recordText(HOURS, THREE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 21:00', 3));
    assertMessage(finding, '3 messages or requests outside your working hours in the last 30 days', 'restate your hours');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-11-16 19:30'), lineOf(text, '2026-11-17 07:45')]);
    assert.match(finding.related![0].message, /email on 2026-11-16/);
  });

  it('does not fire for incoming entries within the hours', () => {
    const text = recordText(HOURS, ['2026-11-16 10:00 email from Jane', '2026-11-17 14:00 request from Jane', '2026-11-18 16:30 message from Jane']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('does not fire with two after-hours entries', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(HOURS, THREE.slice(0, 2))), []);
  });

  describe('times at the edges of the hours', () => {
    it('counts 08:59 (before the start)', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-19 08:59 email from Jane')).length, 1);
    });
    it('does not count 09:00 (the start)', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-19 09:00 email from Jane')), []);
    });
    it('does not count 16:59', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-19 16:59 email from Jane')), []);
    });
    it('counts 17:01 (after the end)', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-19 17:01 email from Jane')).length, 1);
    });
    it('counts a timed entry on a Saturday', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-14 11:00 email from Jane')).length, 1);
    });
  });

  describe('an entry without a time', () => {
    it('counts on a day outside the days of hours (Saturday)', () => {
      const text = plus('2026-11-14 request from Jane: weekend job');
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, '2026-11-17 07:45', 3));
      assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-11-16 19:30'), lineOf(text, '2026-11-14 request')]);
    });
    it('counts on a Sunday', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-15 email from Jane')).length, 1);
    });
    it('does not count on a working day', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-19 email from Jane')), []);
    });
  });

  describe('what counts as incoming', () => {
    it('does not count your own outgoing messages', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-19 22:00 email to Jane')), []);
    });
    it('does not count a meeting with the client', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-19 20:00 meeting with Jane')), []);
    });
    it('counts a request without a from', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-19 20:00 request: fix the newsletter')).length, 1);
    });
    it('counts an entry tagged #after-hours even within the hours', () => {
      assert.equal(ruleFindings(RULE, plus('2026-11-19 10:00 request from Jane #after-hours: called my cell at 6am')).length, 1);
    });
    it('counts entries tagged #after-hours when the record has no hours', () => {
      const text = recordText([], [
        '2026-11-16 request from Jane #after-hours',
        '2026-11-17 email from Jane #after-hours',
        '2026-11-18 message from Jane #after-hours',
      ]);
      const finding = only(ruleFindings(RULE, text));
      assertMessage(finding, '3 messages or requests outside working hours');
    });
    it('counts no untagged entry when the record has no hours', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], THREE)), []);
    });
  });

  describe('the last 30 days', () => {
    it('counts an entry dated exactly 30 days ago', () => {
      assert.equal(ruleFindings(RULE, plus('2026-10-21 20:00 email from Jane')).length, 1);
    });
    it('does not count an entry dated 31 days ago', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-10-20 20:00 email from Jane')), []);
    });
    it('does not count an entry dated after today', () => {
      assert.deepEqual(ruleFindings(RULE, plus('2026-11-21 20:00 email from Jane')), []);
    });
  });

  it('reports at the latest by date and time, not the last line', () => {
    const text = recordText(HOURS, ['2026-11-18 22:30 email from Jane', '2026-11-18 19:00 message from Jane', THREE[0]]);
    assert.deepEqual(only(ruleFindings(RULE, text)).range.start, at(text, '2026-11-18 22:30', 3));
  });

  describe('thresholds', () => {
    it('fires with two entries with the client threshold after-hours: 2', () => {
      assert.equal(ruleFindings(RULE, recordText([...HOURS, 'thresholds:', '  after-hours: 2'], THREE.slice(0, 2))).length, 1);
    });
    it('does not fire with three entries with the client threshold after-hours: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([...HOURS, 'thresholds:', '  after-hours: 4'], THREE)), []);
    });
    it('does not fire with three entries with the setting after-hours: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(HOURS, THREE), undefined, { thresholds: { 'after-hours': 4 } }), []);
    });
    it('fires with two entries with the setting after-hours: 2', () => {
      assert.equal(ruleFindings(RULE, recordText(HOURS, THREE.slice(0, 2)), undefined, { thresholds: { 'after-hours': 2 } }).length, 1);
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, HOURS, THREE);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', HOURS, THREE);
  });
});
