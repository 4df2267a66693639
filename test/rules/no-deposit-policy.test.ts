import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'no-deposit-policy';

describe('rule no-deposit-policy', () => {
  it('fires at the client key (info) when neither deposit nor retainer is set', () => {
    const text = recordText(['status: active', 'since: 2026-01-01']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
    assertMessage(finding, 'No deposit or retainer policy', 'set deposit or retainer');
  });

  it('does not fire with a deposit amount', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: $500'])), []);
  });

  it('does not fire with a retainer amount', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['retainer: 1,000 EUR'])), []);
  });

  it('does not fire with deposit: none (a decision was made)', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['deposit: none'])), []);
  });

  it('does not fire with retainer: none', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['retainer: none'])), []);
  });

  it('fires when deposit and retainer are present but empty', () => {
    assert.equal(ruleFindings(RULE, recordText(['deposit:', 'retainer:'])).length, 1);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], []);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', [], []);
  });
});
