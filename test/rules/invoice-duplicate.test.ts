import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'invoice-duplicate';
const TWICE = ['2026-10-01 invoice INV-1 $100', '2026-10-05 invoice INV-1 $200'];

describe('rule invoice-duplicate', () => {
  it('fires (error) at the second invoice with the ID, naming the first one\'s line; relates the first', () => {
    const text = recordText([], TWICE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'error');
    assert.deepEqual(finding.range.start, at(text, '2026-10-05 invoice', 3));
    assertMessage(finding, 'Invoice INV-1', `already logged on line ${lineOf(text, '2026-10-01 invoice')}`, 'its own ID');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-10-01 invoice')]);
  });

  it('does not fire for distinct IDs', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-01 invoice INV-1 $100', '2026-10-05 invoice INV-10 $100'])), []);
  });

  it('does not fire for a payment naming an invoice ID', () => {
    assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-10-01 invoice INV-1 $100', '2026-10-05 payment INV-1 $100'])), []);
  });

  it('fires for each later copy, each relating the first', () => {
    const text = recordText([], [...TWICE, '2026-10-09 invoice INV-1 $300']);
    const findings = ruleFindings(RULE, text);
    assert.deepEqual(findings.map((finding) => finding.range.start), [at(text, '2026-10-05 invoice', 3), at(text, '2026-10-09 invoice', 3)]);
    for (const finding of findings) assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-10-01 invoice')]);
  });

  it('counts the earliest invoice, whatever the order of the lines', () => {
    const text = recordText([], [...TWICE].reverse());
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-10-05 invoice', 3));
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-10-01 invoice')]);
    const overdue = ruleFindings('invoice-overdue', text);
    assert.deepEqual(overdue.map((item) => item.range.start), [at(text, '2026-10-01 invoice', 3)], 'the balance is the earliest one\'s');
  });

  describe('status', () => {
    statusCases(RULE, 'every-client', [], TWICE);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], TWICE);
  });
});
