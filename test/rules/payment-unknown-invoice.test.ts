import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'payment-unknown-invoice';
const UNKNOWN = ['2026-10-01 invoice INV-1 $100', '2026-10-10 payment INV-9 $100'];

describe('rule payment-unknown-invoice', () => {
  it('fires (error) at a payment naming an ID no invoice has', () => {
    const text = recordText([], UNKNOWN);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range.start, at(text, 'payment INV-9', 3));
    assertMessage(finding, 'invoice INV-9', 'not in this log', 'check the ID');
  });

  it('does not fire for a payment naming a logged invoice', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-01 invoice INV-1 $100', '2026-10-10 payment INV-1 $100'])), []);
  });

  it('does not fire for a payment without an ID, even with no invoice', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-10 payment $100'])), []);
  });

  it('finds an invoice logged on a later line', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-10 payment INV-1 $100', '2026-10-01 invoice INV-1 $100'])), []);
  });

  it('fires when the invoice with that ID is in another currency', () => {
    const text = recordText([], ['2026-10-01 invoice INV-1 €100', '2026-10-10 payment INV-1 $100']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, 'payment INV-1', 3));
    assertMessage(finding, 'in USD', 'invoice INV-1 is in EUR');
  });

  it('fires once per unknown payment', () => {
    const text = recordText([], [...UNKNOWN, '2026-10-12 payment INV-8 $5']);
    assert.deepEqual(ruleFindings(RULE, text).map((finding) => finding.range.start), [at(text, 'payment INV-9', 3), at(text, 'payment INV-8', 3)]);
  });

  describe('status', () => {
    statusCases(RULE, 'every-client', [], UNKNOWN);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], UNKNOWN);
  });
});
