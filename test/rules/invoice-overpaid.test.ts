import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'invoice-overpaid';
const OVERPAID = ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $200', '2026-10-20 payment INV-042 $300'];

describe('rule invoice-overpaid', () => {
  it('fires at the payment that overpays, with the invoice amount and the excess; relates the invoice', () => {
    const text = recordText([], OVERPAID);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'payment INV-042 $300', 3));
    assertMessage(finding, 'Payments to INV-042 exceed its $450.00 by $50.00', 'refund or credit');
    assert.deepEqual(relatedLines(finding), [lineOf(text, 'invoice INV-042')]);
  });

  it('does not fire when part payments add up to the amount exactly', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $200', '2026-10-20 payment INV-042 $250'])), []);
  });

  it('does not fire for one payment of exactly the amount', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $450'])), []);
  });

  it('fires for one cent over', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $450.01']);
    assertMessage(only(ruleFindings(RULE, text)), 'by $0.01');
  });

  it('fires at the payment that overpays by date, not line order', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-20 payment INV-042 $300', '2026-10-10 payment INV-042 $200']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, 'payment INV-042 $300', 3));
    assertMessage(finding, 'by $50.00');
  });

  it('gives the whole payment as excess once the invoice is paid', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $450', '2026-10-11 payment INV-042 $450']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-10-11 payment', 3));
    assertMessage(finding, 'by $450.00');
  });

  it('does not count a payment dated after today', () => {
    const text = recordText([], ['2026-10-01 invoice INV-042 $450', '2026-10-10 payment INV-042 $200', '2026-11-25 payment INV-042 $300']);
    assert.deepEqual(ruleFindings(RULE, text), []);
    assert.equal(ruleFindings(RULE, text, '2026-11-25').length, 1);
  });

  it('gives amounts in the invoice currency', () => {
    const text = recordText(['currency: EUR'], ['2026-10-01 invoice INV-7 1,000', '2026-10-10 payment INV-7 1,250.50']);
    assertMessage(only(ruleFindings(RULE, text)), 'exceed its €1,000.00 by €250.50');
  });

  describe('status', () => {
    statusCases(RULE, 'every-client', [], OVERPAID);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], OVERPAID);
  });
});

describe('rule invoice-overpaid with late fees charged', () => {
  const FEE = ['late_fee: $5 after 7 days'];

  it('does not fire when a payment covers the invoice and the fee charged on it', () => {
    const log = ['2026-09-01 invoice INV-042 $450 due 2026-09-15', '2026-09-30 late-fee INV-042 $5', '2026-10-10 payment INV-042 $455'];
    assert.deepEqual(ruleFindings(RULE, recordText(FEE, log)), []);
  });

  it('fires on what exceeds both, naming the fees', () => {
    const log = ['2026-09-01 invoice INV-042 $450 due 2026-09-15', '2026-09-30 late-fee INV-042 $5', '2026-10-10 payment INV-042 $460'];
    assertMessage(only(ruleFindings(RULE, recordText(FEE, log))), 'exceed its $450.00 and the $5.00 of late fees charged on it by $5.00');
  });
});
