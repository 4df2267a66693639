import assert from 'node:assert/strict';
import { check, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'invoice-overdue';

/** An unpaid $450 invoice due on `due`. */
function dueOn(due: string, frontmatter: readonly string[] = []): string {
  return recordText(frontmatter, [`2026-08-01 invoice INV-042 $450 due ${due}`]);
}

describe('rule invoice-overdue', () => {
  it('fires on the invoice entry with the unpaid balance, the days overdue and the next step', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450 due 2026-10-15', '2026-10-20 payment INV-042 $200']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'invoice INV-042', 3));
    assertMessage(finding, 'Invoice INV-042', '$250.00 unpaid of $450.00', '36 days overdue', 'due 2026-10-15', 'send a firm reminder and follow up by phone');
  });

  it('does not fire for a paid invoice', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450 due 2026-10-15', '2026-10-14 payment INV-042 $450']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('does not fire for an unpaid invoice that is not yet due', () => {
    assert.deepEqual(ruleFindings(RULE, dueOn('2026-12-01')), []);
  });

  describe('severity by days overdue', () => {
    it('is silent on the due date itself (0 days)', () => {
      assert.deepEqual(ruleFindings(RULE, dueOn('2026-11-20')), []);
    });
    it('is info at 1 day, with a friendly reminder', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-11-19')));
      assert.equal(finding.severity, 'info');
      assertMessage(finding, '$450.00 unpaid', 'is 1 day overdue', 'send a friendly reminder');
      assert.ok(!finding.message.includes(' of $450.00'), 'no "of" amount when nothing was paid');
    });
    it('is still info at 29 days', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-10-22')));
      assert.equal(finding.severity, 'info');
      assertMessage(finding, '29 days overdue');
    });
    it('is a warning at 30 days', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-10-21')));
      assert.equal(finding.severity, 'warning');
      assertMessage(finding, '30 days overdue', 'send a firm reminder');
    });
    it('is still a warning at 59 days', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-09-22')));
      assert.equal(finding.severity, 'warning');
      assertMessage(finding, '59 days overdue');
    });
    it('is an error at 60 days, suggesting a call, a payment plan and pausing work', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-09-21')));
      assert.equal(finding.severity, 'error');
      assertMessage(finding, '60 days overdue', 'call about it', 'payment plan', 'pause new work');
    });
  });

  describe('due date', () => {
    it('defaults to the invoice date + net 14 when the invoice has no due and the record no terms', () => {
      const text = recordText([], ['2026-11-01 invoice INV-7 $100']);
      const finding = only(ruleFindings(RULE, text));
      assert.equal(finding.severity, 'info');
      assertMessage(finding, 'Invoice INV-7', '$100.00 unpaid', '5 days overdue', 'due 2026-11-15');
    });
    it('is the invoice date + terms (net 3)', () => {
      const text = recordText(['terms: net 3'], ['2026-11-01 invoice INV-7 $100']);
      assertMessage(only(ruleFindings(RULE, text)), '16 days overdue', 'due 2026-11-04');
    });
    it('is not overdue within longer terms (net 30)', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['terms: net 30'], ['2026-11-01 invoice INV-7 $100'])), []);
    });
    it('takes an explicit due over terms', () => {
      const text = recordText(['terms: net 30'], ['2026-11-01 invoice INV-7 $100 due 2026-11-10']);
      assertMessage(only(ruleFindings(RULE, text)), '10 days overdue', 'due 2026-11-10');
    });
  });

  describe('payments', () => {
    it('adds up part payments: two parts that make the whole leave nothing overdue', () => {
      const text = recordText([], [
        '2026-10-01 invoice INV-042 $450 due 2026-10-15',
        '2026-10-20 payment INV-042 $200',
        '2026-11-02 payment INV-042 $250',
      ]);
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
    it('adds up part payments: three parts short of the whole leave the rest overdue', () => {
      const text = recordText([], [
        '2026-10-01 invoice INV-042 $450 due 2026-10-15',
        '2026-10-20 payment INV-042 $100',
        '2026-10-25 payment INV-042 $100',
        '2026-11-02 payment INV-042 $100.50',
      ]);
      assertMessage(only(ruleFindings(RULE, text)), '$149.50 unpaid of $450.00');
    });
    it('applies a payment without an ID to the oldest open invoice first (by date, not line order)', () => {
      const text = recordText([], [
        '2026-10-10 invoice INV-B $100 due 2026-10-24',
        '2026-10-01 invoice INV-A $100 due 2026-10-15',
        '2026-10-30 payment $150',
      ]);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, 'invoice INV-B', 3));
      assertMessage(finding, 'Invoice INV-B', '$50.00 unpaid of $100.00', '27 days overdue');
    });
    it('does not count a payment dated after today', () => {
      const text = recordText([], ['2026-10-01 invoice INV-042 $450 due 2026-10-15', '2026-11-21 payment INV-042 $450']);
      const finding = only(ruleFindings(RULE, text));
      assertMessage(finding, '$450.00 unpaid', '36 days overdue');
      assert.deepEqual(ruleFindings(RULE, text, '2026-11-21'), []);
    });
    it('does not count an invoice dated after today', () => {
      const text = recordText([], ['2026-11-25 invoice INV-9 $100 due 2026-11-01']);
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
    it('gives amounts in the record currency', () => {
      const text = recordText(['currency: EUR'], ['2026-10-01 invoice INV-1 1,200.50 due 2026-11-10']);
      assertMessage(only(ruleFindings(RULE, text)), '€1,200.50 unpaid', '10 days overdue');
    });
  });

  describe('thresholds', () => {
    const fifteenDays = dueOn('2026-11-05');
    it('is info at 15 days by default', () => {
      assert.equal(only(ruleFindings(RULE, fifteenDays)).severity, 'info');
    });
    it('is a warning at 15 days with the client threshold invoice-overdue: 10', () => {
      assert.equal(only(ruleFindings(RULE, dueOn('2026-11-05', ['thresholds:', '  invoice-overdue: 10']))).severity, 'warning');
    });
    it('is info at 9 days with the client threshold invoice-overdue: 10', () => {
      assert.equal(only(ruleFindings(RULE, dueOn('2026-11-11', ['thresholds:', '  invoice-overdue: 10']))).severity, 'info');
    });
    it('is a warning at 15 days with the setting invoice-overdue: 10', () => {
      assert.equal(only(ruleFindings(RULE, fifteenDays, undefined, { thresholds: { 'invoice-overdue': 10 } })).severity, 'warning');
    });
    it('lets the client threshold win over the setting', () => {
      const text = dueOn('2026-11-05', ['thresholds:', '  invoice-overdue: 20']);
      assert.equal(only(ruleFindings(RULE, text, undefined, { thresholds: { 'invoice-overdue': 10 } })).severity, 'info');
    });
    it('is an error at 20 days with the client threshold invoice-overdue-error: 20', () => {
      assert.equal(only(ruleFindings(RULE, dueOn('2026-10-31', ['thresholds:', '  invoice-overdue-error: 20']))).severity, 'error');
    });
    it('is an error at 20 days with the setting invoice-overdue-error: 20', () => {
      const finding = only(ruleFindings(RULE, dueOn('2026-10-31'), undefined, { thresholds: { 'invoice-overdue-error': 20 } }));
      assert.equal(finding.severity, 'error');
    });
  });

  it('reports every overdue invoice, each on its own line', () => {
    const text = recordText([], ['2026-09-01 invoice INV-1 $100 due 2026-09-15', '2026-10-01 invoice INV-2 $200 due 2026-11-10']);
    const findings = ruleFindings(RULE, text);
    assert.deepEqual(findings.map((finding) => [finding.range.start, finding.severity]), [
      [at(text, 'INV-1', 3), 'error'],
      [at(text, 'INV-2', 3), 'info'],
    ]);
  });

  it('appears in the full check with the rule id', () => {
    assert.ok(check(dueOn('2026-11-19')).some((finding) => finding.rule === RULE));
  });

  describe('status (money is owed whatever the status)', () => {
    statusCases(RULE, 'every-client', [], ['2026-08-01 invoice INV-042 $450 due 2026-11-01']);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], ['2026-08-01 invoice INV-042 $450 due 2026-11-01']);
  });
});
