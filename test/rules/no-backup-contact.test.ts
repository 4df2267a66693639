import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'no-backup-contact';

describe('rule no-backup-contact', () => {
  it('fires at the contact key (hint) when contact has no backup', () => {
    const text = recordText(['since: 2026-01-01', 'contact:', '  name: Jane', '  email: jane@acme.test']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(finding.range.start, at(text, 'contact:', 1));
    assertMessage(finding, 'No backup contact', 'contact.backup');
  });

  it('fires at the client key when there is no contact at all', () => {
    const text = recordText(['since: 2026-01-01']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'hint');
    assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
  });

  it('does not fire with a backup contact', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['contact:', '  name: Jane', '  backup: Tom 555-0101'])), []);
  });

  it('fires when backup is present but empty', () => {
    const text = recordText(['contact:', '  name: Jane', '  backup:']);
    assert.deepEqual(only(ruleFindings(RULE, text)).range.start, at(text, 'contact:', 1));
  });

  describe('snooze', () => {
    snoozeCases(RULE, ['contact:', '  name: Jane'], []);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', ['contact:', '  name: Jane'], []);
  });
});
