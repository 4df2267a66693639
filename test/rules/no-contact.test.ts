import assert from 'node:assert/strict';
import { recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'no-contact';

/** A record whose last communication from the client is dated `date`. */
function lastFrom(date: string, frontmatter: readonly string[] = []): string {
  return recordText(frontmatter, ['2026-06-01 email from Jane: kickoff', `${date} email from Jane: last word`]);
}

describe('rule no-contact', () => {
  it('fires at the client key with the days since the last contact and the next step', () => {
    const text = lastFrom('2026-11-02');
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
    assertMessage(finding, 'No contact from Acme for 18 days', 'last contact 2026-11-02', 'send a short check-in email', 'call');
    assert.deepEqual(relatedLines(finding), [text.split('\n').findIndex((line) => line.includes('2026-11-02')) + 1]);
  });

  it('does not fire when the client wrote recently', () => {
    assert.deepEqual(ruleFindings(RULE, lastFrom('2026-11-19')), []);
  });

  it('fires at exactly 14 days', () => {
    assertMessage(only(ruleFindings(RULE, lastFrom('2026-11-06'))), 'for 14 days', 'last contact 2026-11-06');
  });

  it('does not fire at 13 days', () => {
    assert.deepEqual(ruleFindings(RULE, lastFrom('2026-11-07')), []);
  });

  it('counts a communication with the client (meeting with) as contact', () => {
    const text = recordText([], ['2026-10-01 email from Jane', '2026-11-07 meeting with Jane: weekly review']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('does not count your own outgoing messages as contact', () => {
    const text = recordText([], ['2026-11-01 email from Jane', '2026-11-10 email to Jane', '2026-11-18 call to Jane #no-answer']);
    assertMessage(only(ruleFindings(RULE, text)), 'for 19 days', 'last contact 2026-11-01');
  });

  it('takes the latest contact by date, not the last line', () => {
    const text = recordText([], ['2026-11-10 email from Jane', '2026-10-01 call with Jane']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  describe('from since when nothing came in yet', () => {
    it('fires 14 days after since, saying nothing was logged', () => {
      const text = recordText(['since: 2026-11-06'], ['2026-11-08 email to Jane: welcome']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
      assertMessage(finding, 'for 14 days', 'since 2026-11-06');
    });
    it('does not fire 13 days after since', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['since: 2026-11-07'])), []);
    });
    it('is silent when there is neither a contact nor since', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], ['2026-01-01 email to Jane', '2026-02-01 invoice INV-1 $100'])), []);
    });
    it('does not count a contact dated after today', () => {
      const text = recordText(['since: 2026-11-01'], ['2026-11-25 email from Jane']);
      assertMessage(only(ruleFindings(RULE, text)), 'for 19 days', 'since 2026-11-01');
    });
  });

  describe('thresholds', () => {
    it('does not fire at 18 days with the client threshold no-contact: 21', () => {
      assert.deepEqual(ruleFindings(RULE, lastFrom('2026-11-02', ['thresholds:', '  no-contact: 21'])), []);
    });
    it('fires at 21 days with the client threshold no-contact: 21', () => {
      assertMessage(only(ruleFindings(RULE, lastFrom('2026-10-30', ['thresholds:', '  no-contact: 21']))), 'for 21 days');
    });
    it('reads a client threshold written as a duration (3 weeks)', () => {
      assert.deepEqual(ruleFindings(RULE, lastFrom('2026-10-31', ['thresholds:', '  no-contact: 3 weeks'])), []);
    });
    it('does not fire at 18 days with the setting no-contact: 21', () => {
      assert.deepEqual(ruleFindings(RULE, lastFrom('2026-11-02'), undefined, { thresholds: { 'no-contact': 21 } }), []);
    });
    it('fires at 7 days with the setting no-contact: 7', () => {
      assertMessage(only(ruleFindings(RULE, lastFrom('2026-11-13'), undefined, { thresholds: { 'no-contact': 7 } })), 'for 7 days');
    });
    it('lets the client threshold win over the setting', () => {
      const text = lastFrom('2026-11-13', ['thresholds:', '  no-contact: 14']);
      assert.deepEqual(ruleFindings(RULE, text, undefined, { thresholds: { 'no-contact': 7 } }), []);
    });
  });

  describe('snooze until 2026-11-25', () => {
    const text = lastFrom('2026-11-02', ['snooze:', '  no-contact: 2026-11-25']);
    it('is silent today', () => {
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
    it('is silent on 2026-11-25 (inclusive)', () => {
      assert.deepEqual(ruleFindings(RULE, text, '2026-11-25'), []);
    });
    it('fires again on 2026-11-26', () => {
      assertMessage(only(ruleFindings(RULE, text, '2026-11-26')), 'for 24 days');
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], ['2026-11-02 email from Jane']);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', [], ['2026-11-02 email from Jane']);
  });
});
