import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'relationship-at-risk';
const DISRESPECT = '2026-11-02 issue #disrespect: shouted on the call';
const UNPROFESSIONAL = '2026-11-05 issue #unprofessional: missed the meeting twice';
const UNREALISTIC = '2026-11-10 note #unrealistic: wants a one-hour turnaround';
const THREE = [DISRESPECT, UNPROFESSIONAL, UNREALISTIC];
const TWO = [DISRESPECT, UNPROFESSIONAL];

describe('rule relationship-at-risk', () => {
  it('fires at the status key naming each reason with its dated example; relates the evidence', () => {
    const text = recordText(['status: active'], THREE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'status: active', 1));
    assertMessage(
      finding,
      '3 of 7 reasons in the last 90 days',
      'lack of respect (#disrespect 2026-11-02)',
      'lack of professionalism (#unprofessional 2026-11-05)',
      'unrealistic expectations (#unrealistic 2026-11-10)',
      'salvage plan',
      'termination letter',
    );
    assert.deepEqual(relatedLines(finding), [lineOf(text, '#disrespect'), lineOf(text, '#unprofessional'), lineOf(text, '#unrealistic')]);
  });

  it('gives the dated examples of a reason in date order, whatever the order of the lines', () => {
    const later = '2026-11-12 issue #disrespect: again';
    const inOrder = only(ruleFindings(RULE, recordText([], [...THREE, later])));
    const shuffled = only(ruleFindings(RULE, recordText([], [later, UNREALISTIC, UNPROFESSIONAL, DISRESPECT])));
    assertMessage(shuffled, 'lack of respect (#disrespect 2026-11-02; #disrespect 2026-11-12)');
    assert.equal(shuffled.message, inOrder.message);
  });

  it('fires at the client key when there is no status key', () => {
    const text = recordText([], THREE);
    assert.deepEqual(only(ruleFindings(RULE, text)).range.start, at(text, 'client: Acme', 1));
  });

  it('does not fire with evidence of two reasons', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], TWO)), []);
  });

  it('counts two tags of one reason once', () => {
    const text = recordText([], [...TWO, '2026-11-12 issue #disrespect: again']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('counts #boundary and #after-hours as one reason (boundary issues)', () => {
    const text = recordText([], [DISRESPECT, '2026-11-06 note #boundary', '2026-11-07 note #after-hours']);
    assert.deepEqual(ruleFindings(RULE, text), []);
    assertMessage(only(ruleFindings(RULE, recordText([], [...TWO, '2026-11-07 note #after-hours']))), 'boundary issues (#after-hours 2026-11-07)');
  });

  it('counts #unreasonable as unreasonable demands', () => {
    assertMessage(only(ruleFindings(RULE, recordText([], [...TWO, '2026-11-07 request #unreasonable']))), 'unreasonable demands (#unreasonable 2026-11-07)');
  });

  describe('the last 90 days', () => {
    it('counts evidence dated exactly 90 days ago', () => {
      const text = recordText([], ['2026-08-22 issue #disrespect', UNPROFESSIONAL, UNREALISTIC]);
      assertMessage(only(ruleFindings(RULE, text)), 'lack of respect (#disrespect 2026-08-22)');
    });
    it('does not count evidence dated 91 days ago', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-08-21 issue #disrespect', UNPROFESSIONAL, UNREALISTIC])), []);
    });
    it('does not count evidence dated after today', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-11-21 issue #disrespect', UNPROFESSIONAL, UNREALISTIC])), []);
    });
  });

  describe('findings as evidence', () => {
    it('counts no-contact firing as lack of communication', () => {
      const text = recordText(['since: 2026-01-01'], TWO);
      const finding = only(ruleFindings(RULE, text));
      assert.match(finding.message, /lack of communication \([^)]*323 days/);
      assert.ok(relatedLines(finding).includes(lineOf(text, 'client: Acme')));
    });
    it('counts awaiting-reply firing as lack of communication', () => {
      const text = recordText([], [...TWO, '2026-11-15 email to Jane: any news?']);
      const finding = only(ruleFindings(RULE, text));
      assert.match(finding.message, /lack of communication \([^)]*no reply for 5 days/i);
      assert.ok(relatedLines(finding).includes(lineOf(text, '2026-11-15 email to Jane')));
    });
    it('counts an invoice 30 days overdue as non-payment', () => {
      const text = recordText([], [...TWO, '2026-09-01 invoice INV-1 $100 due 2026-10-21']);
      const finding = only(ruleFindings(RULE, text));
      assertMessage(finding, 'non-payment (INV-1 30 days overdue)');
      assert.ok(relatedLines(finding).includes(lineOf(text, 'invoice INV-1')));
    });
    it('does not count an invoice 29 days overdue', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], [...TWO, '2026-09-01 invoice INV-1 $100 due 2026-10-22'])), []);
    });
    it('counts slow-payer firing as non-payment', () => {
      const text = recordText([], [
        ...TWO,
        '2026-08-01 invoice INV-1 $100 due 2026-08-15',
        '2026-08-25 payment INV-1 $100',
        '2026-09-01 invoice INV-2 $100 due 2026-09-15',
        '2026-09-19 payment INV-2 $100',
      ]);
      assert.match(only(ruleFindings(RULE, text)).message, /non-payment \(slow.payer[^)]*7 days late/i);
    });
    it('counts scope-creep firing as unreasonable demands', () => {
      const text = recordText([], [
        ...TWO,
        '2026-11-12 request from Jane #out-of-scope',
        '2026-11-13 request from Jane #out-of-scope',
        '2026-11-14 request from Jane #out-of-scope',
      ]);
      assert.match(only(ruleFindings(RULE, text)).message, /unreasonable demands \(scope.creep[^)]*3 out-of-scope requests/i);
    });
    it('counts after-hours firing as boundary issues', () => {
      const text = recordText(['hours: Mon-Fri 09:00-17:00'], [
        ...TWO,
        '2026-11-16 19:30 email from Jane',
        '2026-11-17 07:45 request from Jane',
        '2026-11-18 21:00 message from Jane',
      ]);
      assert.match(only(ruleFindings(RULE, text)).message, /boundary issues \(after-hours[^)]*3 messages or requests/i);
    });
  });

  describe('thresholds', () => {
    it('fires with two reasons with the client threshold relationship-at-risk: 2', () => {
      assertMessage(only(ruleFindings(RULE, recordText(['thresholds:', '  relationship-at-risk: 2'], TWO))), '2 of 7 reasons');
    });
    it('does not fire with three reasons with the client threshold relationship-at-risk: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['thresholds:', '  relationship-at-risk: 4'], THREE)), []);
    });
    it('does not fire with three reasons with the setting relationship-at-risk: 4', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], THREE), undefined, { thresholds: { 'relationship-at-risk': 4 } }), []);
    });
    it('fires with two reasons with the setting relationship-at-risk: 2', () => {
      assert.equal(ruleFindings(RULE, recordText([], TWO), undefined, { thresholds: { 'relationship-at-risk': 2 } }).length, 1);
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], THREE);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', [], THREE);
  });
});
