import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { ALL_STATUSES, assertMessage, at, only, snoozeCases } from '../helpers/rule-cases';

const RULE = 'notice-period-over';
const OVER = ['status: terminating', 'notice_given: 2026-10-20', 'end: 2026-11-19'];

describe('rule notice-period-over', () => {
  it('fires at the end key when end has passed, with how long ago and the next step', () => {
    const text = recordText(OVER, ['2026-10-20 notice to Jane']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'end: 2026-11-19', 1));
    assertMessage(finding, 'Notice period ended 2026-11-19 (1 day ago)', 'handover', 'final payment', 'set status: former');
  });

  it('does not fire on the end day itself', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'end: 2026-11-20'])), []);
  });

  it('does not fire while the notice period runs', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'end: 2026-12-04'])), []);
  });

  it('does not fire for a terminating client with no end, notice_given or notice entry', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating'])), []);
  });

  describe('end computed from notice', () => {
    it('fires when notice_given + the default 2 weeks has passed', () => {
      const text = recordText(['status: terminating', 'notice_given: 2026-11-05']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, 'notice_given:', 1));
      assertMessage(finding, 'Notice period ended 2026-11-19 (1 day ago)');
    });
    it('does not fire on notice_given + 2 weeks itself', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'notice_given: 2026-11-06'])), []);
    });
    it('adds a calendar month for notice: 1 month', () => {
      assertMessage(only(ruleFindings(RULE, recordText(['status: terminating', 'notice: 1 month', 'notice_given: 2026-10-19']))), 'ended 2026-11-19');
      assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'notice: 1 month', 'notice_given: 2026-10-20'])), []);
    });
    it('takes the end of a notice entry', () => {
      const text = recordText(['status: terminating'], ['2026-11-01 notice to Jane end 2026-11-15']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, 'notice to Jane', 3));
      assertMessage(finding, 'ended 2026-11-15 (5 days ago)');
    });
    it('takes a notice entry date + notice when the entry has no end', () => {
      const text = recordText(['status: terminating', 'notice: 10 days'], ['2026-11-05 notice to Jane']);
      assertMessage(only(ruleFindings(RULE, text)), 'ended 2026-11-15 (5 days ago)');
      assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'notice: 10 days'], ['2026-11-10 notice to Jane'])), []);
    });
    it('lets the end key win over notice_given', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['status: terminating', 'notice_given: 2026-10-01', 'end: 2026-11-30'])), []);
    });
  });

  describe('status: only terminating (the rule is about a terminating client)', () => {
    for (const status of ALL_STATUSES) {
      if (status === 'terminating') {
        it('fires for status terminating', () => {
          assert.equal(ruleFindings(RULE, recordText(['status: terminating', 'end: 2026-11-19'])).length, 1);
        });
      } else {
        it(`is silent for status ${status} even with end passed`, () => {
          assert.deepEqual(ruleFindings(RULE, recordText([`status: ${status}`, 'end: 2026-11-19'])), []);
        });
      }
    }
  });

  describe('snooze', () => {
    snoozeCases(RULE, OVER, []);
  });
});
