import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { ALL_STATUSES, assertMessage, at, only, snoozeCases } from '../helpers/rule-cases';

const RULE = 'hold-expired';
const EXPIRED = ['status: on-hold', 'hold_until: 2026-11-19'];

describe('rule hold-expired', () => {
  it('fires at the hold_until key when the hold has passed, with how long ago and the next step', () => {
    const text = recordText(EXPIRED, ['2026-10-01 hold: family emergency']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'hold_until:', 1));
    assertMessage(finding, 'Hold ended 2026-11-19 (1 day ago)', 'still on-hold', 'resume', 'extend hold_until');
  });

  it('does not fire on the hold_until day itself', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: on-hold', 'hold_until: 2026-11-20'])), []);
  });

  it('does not fire while the hold runs', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: on-hold', 'hold_until: 2026-12-15'])), []);
  });

  it('counts the days since the hold ended', () => {
    assertMessage(only(ruleFindings(RULE, recordText(['status: on-hold', 'hold_until: 2026-10-21']))), '(30 days ago)');
  });

  it('does not fire for an on-hold client without hold_until or a hold entry with an end', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: on-hold'], ['2026-10-01 hold'])), []);
  });

  it('takes the end from the latest hold entry when there is no hold_until', () => {
    const text = recordText(['status: on-hold'], ['2026-10-01 hold until 2026-11-10: surgery']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, 'hold until 2026-11-10', 3));
    assertMessage(finding, 'Hold ended 2026-11-10 (10 days ago)');
  });

  it('lets hold_until win over a hold entry', () => {
    const text = recordText(['status: on-hold', 'hold_until: 2026-12-01'], ['2026-10-01 hold until 2026-11-10']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  describe('status: only on-hold (the rule is about an on-hold client)', () => {
    for (const status of ALL_STATUSES) {
      if (status === 'on-hold') {
        it('fires for status on-hold', () => {
          assert.equal(ruleFindings(RULE, recordText(['status: on-hold', 'hold_until: 2026-11-19'])).length, 1);
        });
      } else {
        it(`is silent for status ${status} even with hold_until passed`, () => {
          assert.deepEqual(ruleFindings(RULE, recordText([`status: ${status}`, 'hold_until: 2026-11-19'])), []);
        });
      }
    }
  });

  describe('snooze', () => {
    snoozeCases(RULE, EXPIRED, []);
  });
});
