import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/text-edit';
import { actionsAt } from '../helpers/actions-at';
import { day, lineOf, parseClient, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'retainer-nearly-used';
const TEN = ['retainer_hours: 10/month', 'contact:', '  name: Jane Doe'];
/** 3h, then 4h30m (7h30m: 75%), then 30m (8h: 80%), checked on 2026-11-20. */
const NEARLY = ['2026-11-03 work 3h: inbox', '2026-11-10 work 4h30m: launch', '2026-11-18 work 30m: calendar'];

describe('rule retainer-nearly-used', () => {
  it('fires on the work entry that reached 80%, with the hours used, the percentage and what is left', () => {
    const text = recordText(TEN, NEARLY);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 work 30m', 3));
    assert.equal(finding.message, '8h of 10h of the retainer used this month (80%), 2h left: tell Jane Doe before it runs out, and agree whether extra hours are billed or wait for the next month');
  });

  it('stays on the crossing entry as more work comes, up to 100% included', () => {
    const text = recordText(TEN, [...NEARLY, '2026-11-19 work 2h']);
    const finding = only(ruleFindings(RULE, text));
    assert.deepEqual(finding.range.start, at(text, '2026-11-18 work 30m', 3));
    assertMessage(finding, '10h of 10h of the retainer used this month (100%), nothing left');
  });

  it('is silent below the threshold, once the retainer is exceeded, and for work after today', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(TEN, NEARLY.slice(0, 2))), []);
    assert.deepEqual(ruleFindings(RULE, recordText(TEN, [...NEARLY, '2026-11-19 work 2h1m'])), []);
    assert.deepEqual(ruleFindings(RULE, recordText(TEN, [...NEARLY.slice(0, 2), '2026-11-21 work 30m'])), []);
  });

  it('judges only the current period: last month\'s work does not count', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(TEN, NEARLY), '2026-12-02'), []);
    const week = recordText(['retainer_hours: 5/week'], ['2026-11-13 work 3h', '2026-11-16 work 4h']);
    assertMessage(only(ruleFindings(RULE, week)), '4h of 5h of the retainer used this week (80%), 1h left', 'wait for the next week');
  });

  it('takes the threshold from the settings or the record', () => {
    const half = NEARLY.slice(0, 2);
    assertMessage(only(ruleFindings(RULE, recordText([...TEN, 'thresholds:', '  retainer-nearly-used: 75%'], half))), '7h 30m of 10h', '(75%)');
    assert.equal(ruleFindings(RULE, recordText(TEN, half), '2026-11-20', { thresholds: { 'retainer-nearly-used': 70 } }).length, 1);
    assert.deepEqual(ruleFindings(RULE, recordText([...TEN, 'thresholds:', '  retainer-nearly-used: 90'], NEARLY)), []);
  });

  it('offers to log an email to the contact saying how much is used', () => {
    const text = recordText(TEN, NEARLY);
    const client = parseClient(text);
    const [email] = actionsAt(RULE, lineOf(text, '2026-11-18 work'), client, text, day('2026-11-20'));
    assert.equal(email.title, 'Log an email to Jane Doe about the retainer hours');
    assert.ok(applyEdits(text, email.edit.edits).endsWith('- 2026-11-18 work 30m: calendar\n- 2026-11-20 email to Jane Doe: 8h of the 10h retainer used this month, 2h left\n'));
  });

  statusCases(RULE, 'relationship', TEN, NEARLY);
  snoozeCases(RULE, TEN, NEARLY);
});
