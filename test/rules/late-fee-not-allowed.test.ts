import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/text-edit';
import { actionsAt } from '../helpers/actions-at';
import { day, lineOf, parseClient, recordText, ruleFindings, TODAY } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'late-fee-not-allowed';
const POLICY = ['late_fee: 1.5% monthly after 30 days, max 10%'];
const INVOICE = '2026-09-01 invoice INV-1 $1,250.00 due 2026-09-15';
/** 1.5% of $1,250.00 is $18.75 from 2026-10-16, and again from 2026-11-16. */
const TOO_HIGH = [INVOICE, '2026-10-16 late-fee INV-1 $30.00: first month'];

describe('rule late-fee-not-allowed', () => {
  it('is silent for fees within what the agreement allows, month by month', () => {
    const log = [INVOICE, '2026-10-16 late-fee INV-1 $18.75', '2026-11-16 late-fee INV-1 $18.75'];
    assert.deepEqual(ruleFindings(RULE, recordText(POLICY, log)), []);
  });

  it('fires on a fee when the record has no late_fee, or late_fee: none', () => {
    const log = [INVOICE, '2026-10-16 late-fee INV-1 $18.75'];
    const text = recordText([], log);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'late-fee INV-1', 3));
    assertMessage(finding, '$18.75 late fee on INV-1', 'the agreement has no late fee (no late_fee in the record)');
    assertMessage(only(ruleFindings(RULE, recordText(['late_fee: none'], log))), 'the agreement has no late fee (late_fee: none)');
  });

  it('fires on a fee dated before the grace period ended', () => {
    const finding = only(ruleFindings(RULE, recordText(POLICY, [INVOICE, '2026-10-15 late-fee INV-1 $18.75'])));
    assertMessage(finding, 'dated before the grace period ended: the agreement allows a fee from 2026-10-16');
  });

  it('fires when the fees up to this one exceed what was allowed by its date, with both amounts', () => {
    const finding = only(ruleFindings(RULE, recordText(POLICY, TOO_HIGH)));
    assertMessage(finding, 'the fees charged on it up to 2026-10-16 total $30.00', 'the agreement allows $18.75 by then', 'charge $18.75 at most');
    assert.deepEqual(finding.subject, { invoiceId: 'INV-1' });
  });

  it('counts the fees charged before: a third $18.75 after two months is too much, on that entry only', () => {
    const log = [INVOICE, '2026-10-16 late-fee INV-1 $18.75', '2026-11-16 late-fee INV-1 $18.75', '2026-11-18 late-fee INV-1 $18.75'];
    const text = recordText(POLICY, log);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 late-fee', 3));
    assertMessage(finding, 'total $56.25', 'allows $37.50');
    assert.deepEqual(actionsAt(RULE, finding.range.start.line, parseClient(text), text, day(TODAY)), [], 'nothing left to charge: no fix');
  });

  it('a fee above the cap is too high', () => {
    const log = [INVOICE, '2026-11-16 late-fee INV-1 $150'];
    assertMessage(only(ruleFindings(RULE, recordText(['late_fee: 10% monthly after 30 days, max 10%'], log))), 'total $150.00', 'allows $125.00');
  });

  it('fires on a fee naming no invoice of the log, or an invoice of another currency', () => {
    assertMessage(only(ruleFindings(RULE, recordText(POLICY, [INVOICE, '2026-10-16 late-fee INV-9 $18.75']))), 'no invoice INV-9 is in the log');
    assertMessage(only(ruleFindings(RULE, recordText(POLICY, [INVOICE, '2026-10-16 late-fee INV-1 18.75 EUR']))), 'the invoice is in USD');
  });

  it('quick fix: charges the allowed remainder in place, keeping the text; the finding goes', () => {
    const text = recordText(POLICY, TOO_HIGH);
    const line = lineOf(text, 'late-fee INV-1');
    const [fix] = actionsAt(RULE, line, parseClient(text), text, day(TODAY));
    assert.equal(fix.title, 'Charge the $18.75 the agreement still allows on INV-1');
    const fixed = applyEdits(text, fix.edit.edits);
    assert.equal(fixed.split('\n')[line - 1], '- 2026-10-16 late-fee INV-1 $18.75: first month');
    assert.deepEqual(ruleFindings(RULE, fixed), []);
  });

  it('the quick fix charges what is left after the fees before', () => {
    const log = [INVOICE, '2026-10-16 late-fee INV-1 $18.75', '2026-11-17 late-fee INV-1 25 USD #fees'];
    const text = recordText(POLICY, log);
    const line = lineOf(text, '2026-11-17 late-fee');
    const [fix] = actionsAt(RULE, line, parseClient(text), text, day(TODAY));
    assert.equal(applyEdits(text, fix.edit.edits).split('\n')[line - 1], '- 2026-11-17 late-fee INV-1 $18.75 #fees');
  });

  it('a late-fee entry without an invoice ID or amount is malformed, with its usage', () => {
    const problems = parseClient(recordText(POLICY, [INVOICE, '2026-10-16 late-fee $18.75'])).problems;
    assert.ok(problems.some((problem) => problem.rule === 'entry-malformed' && problem.message.includes('late-fee INVOICE-ID AMOUNT')), JSON.stringify(problems));
  });

  statusCases(RULE, 'every-client', POLICY, TOO_HIGH);
  snoozeCases(RULE, POLICY, TOO_HIGH);
});
