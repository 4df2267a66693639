import assert from 'node:assert/strict';
import { actionsAt as recordActionsFor } from '../helpers/actions-at';
import { applyEdits } from '../../src/core/edits/text-edit';
import { day, parseClient, recordText, ruleFindings, TODAY } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'reply-owed';
const CONTACT = ['contact:', '  name: Jane Doe', '  email: jane@acme.test'];

/** You wrote on 2026-11-10; then the given entries. 2026-11-20 is a Friday. */
function after(entries: readonly string[], frontmatter: readonly string[] = CONTACT): string {
  return recordText(frontmatter, ['2026-11-10 email to Jane: the plan', ...entries]);
}

describe('rule reply-owed', () => {
  it('fires at the client\'s message when it has waited 2 working days for your answer', () => {
    const text = after(['2026-11-18 email from Jane: can we move the launch?']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 email from Jane', 3));
    assertMessage(finding, 'You owe Jane a reply', 'their email of 2026-11-18, 2 working days ago', 'answer it, or say when you will');
  });

  it('does not fire after 1 working day, nor once you answered, called or met', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-19 email from Jane: a question'])), []);
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane: a question', '2026-11-17 email to Jane: the answer'])), []);
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane: a question', '2026-11-17 call to Jane #no-answer'])), [], 'trying to reach her is answering');
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane: a question', '2026-11-17 meeting with Jane'])), []);
  });

  it('counts working days: a weekend does not count, nor days outside the record\'s hours', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-19 email from Jane: a question']), '2026-11-22'), [], 'Thursday to Sunday: 1 working day');
    assert.equal(ruleFindings(RULE, after(['2026-11-19 email from Jane: a question']), '2026-11-23').length, 1, 'Thursday to Monday: 2');
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-18 email from Jane: a question'], [...CONTACT, 'hours: Mon-Wed 09:00-17:00'])), [], 'Wednesday to Friday: no working day');
  });

  it('a call or meeting from the client is a conversation; a missed call from them is owed a call back', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 call from Jane: talked it through'])), []);
    assertMessage(only(ruleFindings(RULE, after(['2026-11-16 call from Jane #no-answer: missed it']))), 'their call of 2026-11-16', 'call back, or answer in writing');
  });

  it('waits for no answer to a message that only thanks or approves, or is marked #fyi', () => {
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane: thanks for the drafts'])), []);
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane: approved the newsletter'])), []);
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-16 email from Jane #fyi: office closed Monday'])), []);
    assert.equal(ruleFindings(RULE, after(['2026-11-16 email from Jane: thanks, but when is it due?'])).length, 1);
  });

  it('names the payment plan the message asks for when something is open', () => {
    const open = ['2026-10-01 invoice INV-1 $900 due 2026-10-15'];
    assertMessage(only(ruleFindings(RULE, after([...open, '2026-11-16 email from Jane: could we pay in instalments?']))), 'with the payment plan they ask for');
    assertMessage(only(ruleFindings(RULE, after([...open, '2026-11-16 email from Jane #payment-plan']))), 'with the payment plan they ask for');
    assertMessage(only(ruleFindings(RULE, after(['2026-11-16 email from Jane: a monthly payment plan?']))), 'answer it, or say when you will');
  });

  it('uses the contact name when the entry names nobody, and the client threshold reply-owed', () => {
    assertMessage(only(ruleFindings(RULE, after(['2026-11-18 email from: a question']))), 'You owe Jane Doe a reply');
    assert.deepEqual(ruleFindings(RULE, after(['2026-11-18 email from Jane: a question'], [...CONTACT, 'thresholds:', '  reply-owed: 3 working days'])), []);
    assert.equal(ruleFindings(RULE, after(['2026-11-19 email from Jane: a question']), undefined, { thresholds: { 'reply-owed': 1 } }).length, 1);
  });

  it('offers to log your answer, cursor after the colon', () => {
    const text = after(['2026-11-18 email from Jane: can we move the launch?']);
    const client = parseClient(text);
    const line = only(ruleFindings(RULE, text)).range.start.line;
    const [fix] = recordActionsFor(RULE, line, client, text, day(TODAY));
    assert.equal(fix.title, 'Log your answer: email to Jane Doe');
    assert.match(applyEdits(text, fix.edit.edits), /\n- 2026-11-20 email to Jane Doe: \n$/);
    assert.deepEqual(ruleFindings(RULE, applyEdits(text, fix.edit.edits)), []);
  });

  describe('snooze', () => {
    snoozeCases(RULE, CONTACT, ['2026-11-10 email to Jane', '2026-11-16 email from Jane: a question']);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', CONTACT, ['2026-11-10 email to Jane', '2026-11-16 email from Jane: a question']);
  });
});
