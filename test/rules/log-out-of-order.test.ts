import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'log-out-of-order';
const SWAPPED = ['2026-11-10 email from Jane', '2026-11-05 work 2h'];

describe('rule log-out-of-order', () => {
  it('fires (info) at an entry dated before the one above it; relates the one above', () => {
    const text = recordText([], SWAPPED);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range.start, at(text, '2026-11-05 work', 3));
    assertMessage(finding, 'Entry dated 2026-11-05', 'after one dated 2026-11-10', 'date order');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-11-10 email')]);
  });

  it('does not fire for a log in date order', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-05 work 2h', '2026-11-10 email from Jane', '2026-11-11 note'])), []);
  });

  it('does not fire for the same date (without times)', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-10 email from Jane', '2026-11-10 work 2h'])), []);
  });

  it('fires for an entry one day before the one above', () => {
    assert.equal(ruleFindings(RULE, recordText([], ['2026-11-10 email from Jane', '2026-11-09 work 2h'])).length, 1);
  });

  describe('times on the same day', () => {
    it('fires when the time is before the one above', () => {
      const text = recordText([], ['2026-11-10 10:00 email from Jane', '2026-11-10 09:00 call to Jane']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, '09:00 call', 3));
      assert.equal(finding.message, 'Entry at 2026-11-10 09:00 comes after one at 2026-11-10 10:00: keep the log in time order');
    });
    it('does not fire when the time is after the one above', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-10 09:00 email from Jane', '2026-11-10 10:00 call to Jane'])), []);
    });
    it('does not fire when one of the two has no time', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-10 10:00 email from Jane', '2026-11-10 call to Jane'])), []);
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-10 email from Jane', '2026-11-10 09:00 call to Jane'])), []);
    });
    it('looks past the entries without a time right above, to the last time written that day', () => {
      const text = recordText([], ['2026-11-10 10:00 email from Jane', '2026-11-10 note: untimed', '2026-11-10 note: also untimed', '2026-11-10 09:00 call to Jane']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, '09:00 call', 3));
      assert.equal(finding.message, 'Entry at 2026-11-10 09:00 comes after one at 2026-11-10 10:00: keep the log in time order');
      assert.deepEqual(relatedLines(finding), [lineOf(text, '10:00 email')]);
    });
    it('looks no further than the day, nor past an entry with a time', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-09 23:00 email from Jane', '2026-11-10 note', '2026-11-10 09:00 call to Jane'])), []);
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-10 08:00 email from Jane', '2026-11-10 note', '2026-11-10 09:00 call to Jane'])), []);
      const text = recordText([], ['2026-11-10 10:00 email from Jane', '2026-11-10 08:00 note', '2026-11-10 note', '2026-11-10 09:00 call to Jane']);
      assert.deepEqual(ruleFindings(RULE, text).map((finding) => finding.range.start), [at(text, '08:00 note', 3)]);
    });
  });

  it('compares each entry only with the one directly above', () => {
    const text = recordText([], ['2026-11-10 note', '2026-11-05 note: early', '2026-11-07 note: middle']);
    assert.deepEqual(only(ruleFindings(RULE, text)).range.start, at(text, 'note: early', 3));
  });

  it('fires once for each step back', () => {
    const text = recordText([], ['2026-11-10 note', '2026-11-05 note', '2026-11-12 note', '2026-11-01 note']);
    assert.deepEqual(ruleFindings(RULE, text).map((finding) => finding.range.start), [at(text, '2026-11-05', 3), at(text, '2026-11-01', 3)]);
  });

  describe('status', () => {
    statusCases(RULE, 'every-client', [], SWAPPED);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], SWAPPED);
  });
});
