import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'first-late-payment';

/** Three invoices paid on time (one on its due date), then INV-4 due 2026-11-15, checked 2026-11-20. */
const ON_TIME = [
  '2026-08-01 invoice INV-1 $100 due 2026-08-15',
  '2026-08-14 payment INV-1 $100',
  '2026-09-01 invoice INV-2 $100 due 2026-09-15',
  '2026-09-15 payment INV-2 $100',
  '2026-10-01 invoice INV-3 $100 due 2026-10-15',
  '2026-10-10 payment INV-3 $60',
  '2026-10-12 payment INV-3 $40',
];
const FIRST_LATE = [...ON_TIME, '2026-11-01 invoice INV-4 $250 due 2026-11-15'];

describe('rule first-late-payment', () => {
  it('fires on the late invoice, 5 days past due, naming the on-time run; relates the invoices paid on time', () => {
    const text = recordText([], FIRST_LATE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range.start, at(text, '2026-11-01 invoice INV-4', 3));
    assert.deepEqual(finding.subject, { invoiceId: 'INV-4' });
    assertMessage(finding, 'Acme paid 3 invoices on time', 'INV-4 ($250.00) is the first late one', '5 days past its due date', 'ask kindly');
    assert.deepEqual(relatedLines(finding), [lineOf(text, 'invoice INV-1'), lineOf(text, 'invoice INV-2'), lineOf(text, 'invoice INV-3')]);
    assert.match(finding.related![2].message, /INV-3 paid 2026-10-12, due 2026-10-15/);
  });

  it('names the balance still open after a part payment', () => {
    assertMessage(only(ruleFindings(RULE, recordText([], [...FIRST_LATE, '2026-11-16 payment INV-4 $50']))), 'INV-4 ($200.00)');
  });

  it('waits for the due date to pass, and stops once the invoice is paid', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], [...ON_TIME, '2026-11-01 invoice INV-4 $250 due 2026-11-20'])), []);
    assert.deepEqual(ruleFindings(RULE, recordText([], [...FIRST_LATE, '2026-11-18 payment INV-4 $250'])), []);
  });

  it('needs 3 invoices paid on time before it', () => {
    const two = ON_TIME.filter((line) => !line.includes('INV-1'));
    assert.deepEqual(ruleFindings(RULE, recordText([], [...two, '2026-11-01 invoice INV-4 $250 due 2026-11-15'])), []);
  });

  it('is silent when an earlier invoice was paid late: that is not a first time (slow-payer speaks of patterns)', () => {
    const lateBefore = ON_TIME.map((line) => line.replace('2026-09-15 payment INV-2', '2026-09-16 payment INV-2'));
    assert.deepEqual(ruleFindings(RULE, recordText([], [...lateBefore, '2026-11-01 invoice INV-4 $250 due 2026-11-15'])), []);
  });

  it('is silent when two invoices are late at once', () => {
    const two = [...FIRST_LATE, '2026-11-05 invoice INV-5 $80 due 2026-11-19'];
    assert.deepEqual(ruleFindings(RULE, recordText([], two)), []);
  });

  statusCases(RULE, 'relationship', [], FIRST_LATE);
  snoozeCases(RULE, [], FIRST_LATE);
});
