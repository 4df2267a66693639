import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'awaiting-reply';
const CONTACT = ['contact:', '  name: Jane', '  email: jane@acme.test'];
const WITH_BACKUP = ['contact:', '  name: Jane', '  backup: Tom Baker 555-0101'];

/** The client last wrote on 2026-11-10; then the given outgoing entries. */
function after(attempts: readonly string[], frontmatter: readonly string[] = CONTACT): string {
  return recordText(frontmatter, ['2026-11-10 email from Jane: answered', ...attempts]);
}

describe('rule awaiting-reply', () => {
  it('fires at the latest outgoing entry, counting days and attempts and naming the next step', () => {
    const text = after(['2026-11-16 email to Jane: asked for the service list', '2026-11-18 10:15 call to Jane #no-answer']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 10:15 call to Jane', 3));
    assertMessage(finding, 'No reply for 4 days', '2 attempts', 'since 2026-11-16', 'postcard that names a day and a time window');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-11-16 email to Jane')]);
    assert.match(finding.related![0].message, /email on 2026-11-16/);
  });

  it('does not fire when the client answered after the last attempt', () => {
    const text = after(['2026-11-12 email to Jane', '2026-11-14 email from Jane: here it is']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('counts a communication with the client (meeting with) as an answer', () => {
    const text = after(['2026-11-12 email to Jane', '2026-11-14 meeting with Jane']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('fires when the first unanswered message is 2 days old (48 hours)', () => {
    const finding = only(ruleFindings(RULE, after(['2026-11-18 email to Jane'])));
    assertMessage(finding, 'No reply for 2 days', '1 attempt ', 'since 2026-11-18');
  });

  it('does not fire when the first unanswered message is 1 day old', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-19 email to Jane'])), []);
  });

  it('counts from the first unanswered message, reported at the latest one', () => {
    const text = after(['2026-11-18 email to Jane', '2026-11-19 call to Jane #no-answer', '2026-11-20 message to Jane']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-11-20 message to Jane', 3));
    assertMessage(finding, 'No reply for 2 days', '3 attempts', 'since 2026-11-18');
    assert.deepEqual(relatedLines(finding), [lineOf(text, '2026-11-18 email'), lineOf(text, '2026-11-19 call')]);
  });

  it('fires once per client however many attempts', () => {
    const text = after(['2026-11-11 email to Jane', '2026-11-12 email to Jane', '2026-11-13 call to Jane', '2026-11-14 postcard to Jane']);
    assertMessage(only(ruleFindings(RULE, text)), '4 attempts', 'No reply for 9 days');
  });

  it('counts outgoing messages when the client never wrote', () => {
    const text = recordText(CONTACT, ['2026-11-15 email to Jane: welcome']);
    assertMessage(only(ruleFindings(RULE, text)), 'No reply for 5 days', '1 attempt');
  });

  it('does not count an attempt dated after today', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-22 email to Jane'])), []);
  });

  describe('"after" compares dates and times, not line order', () => {
    it('treats an attempt dated before the reply as answered, even on a later line', () => {
      const text = recordText(CONTACT, ['2026-11-17 email from Jane', '2026-11-15 email to Jane']);
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
    it('treats an attempt dated after the reply as unanswered, even on an earlier line', () => {
      const text = recordText(CONTACT, ['2026-11-16 email to Jane', '2026-11-10 email from Jane']);
      const finding = only(ruleFindings(RULE, text));
      assert.deepEqual(finding.range.start, at(text, '2026-11-16 email to Jane', 3));
      assertMessage(finding, 'No reply for 4 days');
    });
    it('treats a same-day attempt timed after the reply as unanswered', () => {
      const text = recordText(CONTACT, ['2026-11-17 09:00 email from Jane', '2026-11-17 10:00 email to Jane']);
      assertMessage(only(ruleFindings(RULE, text)), 'No reply for 3 days', 'since 2026-11-17');
    });
    it('treats a same-day attempt timed before the reply as answered, even on a later line', () => {
      const text = recordText(CONTACT, ['2026-11-17 11:00 email from Jane', '2026-11-17 10:00 email to Jane']);
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
  });

  describe('the ladder: email, call, postcard naming a time, backup contact, hold', () => {
    it('suggests an email when only a call was tried', () => {
      assertMessage(only(ruleFindings(RULE, after(['2026-11-16 call to Jane #no-answer']))), 'next, send a polite email');
    });
    it('suggests a call after an email', () => {
      assertMessage(only(ruleFindings(RULE, after(['2026-11-16 email to Jane']))), 'next, call');
    });
    it('suggests a postcard naming a day and a time after an email and a call', () => {
      const text = after(['2026-11-14 email to Jane', '2026-11-16 call to Jane #no-answer']);
      assertMessage(only(ruleFindings(RULE, text)), 'next, send a postcard that names a day and a time window to talk');
    });
    it('suggests the backup contact, by name, after email, call and postcard', () => {
      const text = after(['2026-11-12 email to Jane', '2026-11-14 call to Jane', '2026-11-16 postcard to Jane'], WITH_BACKUP);
      assertMessage(only(ruleFindings(RULE, text)), 'next, try the backup contact (Tom Baker 555-0101)');
    });
    it('suggests putting the account on hold once the backup was tried too', () => {
      const text = after(
        ['2026-11-12 email to Jane', '2026-11-14 call to Jane', '2026-11-16 postcard to Jane', '2026-11-17 email to Tom Baker'],
        WITH_BACKUP,
      );
      assertMessage(only(ruleFindings(RULE, text)), 'next, put the account on hold');
    });
    it('suggests the hold after email, call and postcard when there is no backup contact', () => {
      const text = after(['2026-11-12 email to Jane', '2026-11-14 call to Jane', '2026-11-16 postcard to Jane']);
      const finding = only(ruleFindings(RULE, text));
      assertMessage(finding, 'next, put the account on hold');
      assert.ok(!finding.message.includes('backup'));
    });
  });

  describe('thresholds', () => {
    it('does not fire at 2 days with the client threshold awaiting-reply: 72', () => {
      assert.deepEqual(ruleFindings(RULE, after(['2026-11-18 email to Jane'], [...CONTACT, 'thresholds:', '  awaiting-reply: 72'])), []);
    });
    it('fires at 3 days with the client threshold awaiting-reply: 72h', () => {
      const text = after(['2026-11-17 email to Jane'], [...CONTACT, 'thresholds:', '  awaiting-reply: 72h']);
      assertMessage(only(ruleFindings(RULE, text)), 'No reply for 3 days');
    });
    it('fires at 1 day with the client threshold awaiting-reply: 24', () => {
      const text = after(['2026-11-19 email to Jane'], [...CONTACT, 'thresholds:', '  awaiting-reply: 24']);
      assertMessage(only(ruleFindings(RULE, text)), 'No reply for 1 day');
    });
    it('does not fire at 2 days with the setting awaiting-reply: 72', () => {
      assert.deepEqual(ruleFindings(RULE, after(['2026-11-18 email to Jane']), undefined, { thresholds: { 'awaiting-reply': 72 } }), []);
    });
    it('fires at 1 day with the setting awaiting-reply: 24', () => {
      const findings = ruleFindings(RULE, after(['2026-11-19 email to Jane']), undefined, { thresholds: { 'awaiting-reply': 24 } });
      assertMessage(only(findings), 'No reply for 1 day');
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, CONTACT, ['2026-11-10 email from Jane', '2026-11-16 email to Jane']);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', CONTACT, ['2026-11-10 email from Jane', '2026-11-16 email to Jane']);
  });
});
