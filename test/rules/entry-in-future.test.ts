import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'entry-in-future';

describe('rule entry-in-future', () => {
  it('fires at the date of an entry dated after today, with how far ahead', () => {
    const text = recordText([], ['2026-11-19 email from Jane', '2026-11-21 email to Jane: follow-up']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-21 email', 3));
    assertMessage(finding, 'Entry dated 2026-11-21', '1 day after today', 'fix the date');
  });

  it('does not fire for an entry dated today, whatever its time', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-20 23:59 note: late'])), []);
  });

  it('does not fire for past entries', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2025-01-01 note', '2026-11-19 work 1h'])), []);
  });

  it('fires once per future entry, with the days ahead', () => {
    const text = recordText([], ['2026-11-25 invoice INV-1 $100', '2026-12-20 payment INV-1 $100']);
    const findings = ruleFindings(RULE, text);
    assert.deepEqual(findings.map((finding) => finding.range.start), [at(text, '2026-11-25', 3), at(text, '2026-12-20', 3)]);
    assertMessage(findings[0], '5 days after today');
    assertMessage(findings[1], '30 days after today');
  });

  it('depends on the day checked on', () => {
    const text = recordText([], ['2026-11-21 note']);
    assert.deepEqual(ruleFindings(RULE, text, '2026-11-21'), []);
    assert.equal(ruleFindings(RULE, text, '2026-11-20').length, 1);
  });

  describe('status', () => {
    statusCases(RULE, 'every-client', [], ['2026-12-31 note']);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], ['2026-12-31 note']);
  });
});
