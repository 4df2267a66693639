import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'no-agreement';

describe('rule no-agreement', () => {
  it('fires at the client key (hint) when agreement is missing', () => {
    const text = recordText(['since: 2026-01-01', 'deposit: none']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
    assertMessage(finding, 'No written agreement', 'add agreement');
  });

  it('does not fire with an agreement path', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['agreement: agreements/acme-2026.pdf'])), []);
  });

  it('does not fire with an agreement link', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['agreement: https://example.com/acme-terms'])), []);
  });

  it('fires when agreement is present but empty', () => {
    assert.equal(ruleFindings(RULE, recordText(['agreement:'])).length, 1);
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], [], 'no-contact');
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', [], []);
  });
});
