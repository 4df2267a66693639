import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'deposit-not-received';

describe('rule deposit-not-received', () => {
  it('fires at the deposit key when a deposit is required and none is logged', () => {
    const text = recordText(['since: 2026-11-01', 'deposit: $500'], ['2026-11-02 work 2h']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'deposit: $500', 1));
    assertMessage(finding, 'Deposit of $500.00 required but none logged', 'ask for it before more work', 'deposit $500.00');
  });

  it('does not fire when the deposit is logged', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: $500'], ['2026-11-02 deposit $500'])), []);
  });

  it('counts a deposit logged today', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: $500'], ['2026-11-20 deposit $500'])), []);
  });

  it('does not count a deposit dated after today', () => {
    const text = recordText(['deposit: $500'], ['2026-11-21 deposit $500']);
    assertMessage(only(ruleFindings(RULE, text)), 'none logged');
    assert.deepEqual(ruleFindings(RULE, text, '2026-11-21'), []);
  });

  it('adds up deposits paid in parts', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: $500'], ['2026-11-02 deposit $250', '2026-11-09 deposit $250'])), []);
  });

  it('fires for a part of the deposit, with what was logged', () => {
    const finding = only(ruleFindings(RULE, recordText(['deposit: $500'], ['2026-11-02 deposit $200'])));
    assertMessage(finding, 'Deposit of $500.00 required but only $200.00 logged');
  });

  it('gives the amount in its currency', () => {
    assertMessage(only(ruleFindings(RULE, recordText(['currency: EUR', 'deposit: 300'], []))), 'Deposit of €300.00');
  });

  it('does not fire with deposit: none', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: none'])), []);
  });

  it('does not fire without a deposit key', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['retainer: $1000'])), []);
  });

  describe('snooze', () => {
    snoozeCases(RULE, ['deposit: $500'], []);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', ['deposit: $500'], []);
  });
});
