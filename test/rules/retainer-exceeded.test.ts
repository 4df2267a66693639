import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/text-edit';
import { actionsAt, documentsAt } from '../helpers/actions-at';
import { day, lineOf, parseClient, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'retainer-exceeded';
const TEN = ['retainer_hours: 10/month', 'rate: 38/h', 'contact:', '  name: Jane Doe'];
/** 6h, 3h30m (9h30m), 3h (12h30m: over by 2h30m), checked on 2026-11-20. */
const OVER = ['2026-10-20 invoice GC-007 $380', '2026-11-03 work 6h', '2026-11-10 work 3h30m', '2026-11-17 work 3h', '2026-11-19 work 1h'];

describe('rule retainer-exceeded', () => {
  it('fires on the work entry that went over, with the overage in hours and money at the hourly rate', () => {
    const text = recordText(TEN, OVER);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, '2026-11-17 work 3h', 3));
    assert.equal(finding.message, '13h 30m of 10h of the retainer used this month: 3h 30m over, $133.00 at 38/h: tell Jane Doe, then invoice the overage or agree how it is settled');
  });

  it('says how to price the overage without an hourly rate', () => {
    const text = recordText(['retainer_hours: 10/month', 'rate: 600/month'], OVER);
    assertMessage(only(ruleFindings(RULE, text)), '3h 30m over (an hourly rate such as rate: 40/h would price it)');
  });

  it('supersedes retainer-nearly-used, and is silent at exactly 100%', () => {
    assert.deepEqual(ruleFindings('retainer-nearly-used', recordText(TEN, OVER)), []);
    const exact = recordText(TEN, ['2026-11-03 work 6h', '2026-11-10 work 4h']);
    assert.deepEqual(ruleFindings(RULE, exact), []);
    assert.equal(ruleFindings('retainer-nearly-used', exact).length, 1);
  });

  it('does not count work dated after today', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(TEN, ['2026-11-03 work 9h', '2026-11-23 work 3h'])), []);
  });

  it('offers an overage invoice with the next ID, and the overage note', () => {
    const text = recordText(TEN, OVER);
    const client = parseClient(text);
    const line = lineOf(text, '2026-11-17 work');
    const [invoice] = actionsAt(RULE, line, client, text, day('2026-11-20'));
    assert.equal(invoice.title, 'Log an overage invoice (GC-008, $133.00)');
    const after = applyEdits(text, invoice.edit.edits);
    assert.ok(after.endsWith('- 2026-11-19 work 1h\n- 2026-11-20 invoice GC-008 $133.00: overage of 3h 30m over the 10h retainer, November 2026\n'), after);
    const logged = parseClient(after).entries.at(-1)!;
    assert.equal(logged.kind, 'invoice');
    assert.deepEqual(logged.kind === 'invoice' && logged.amount, { minor: 13300, currency: 'USD' });
    assert.deepEqual(documentsAt(RULE, line, client, day('2026-11-20')), [{ kind: 'overage-note' }]);
  });

  it('offers no invoice without an hourly rate, only the note and the snoozes', () => {
    const text = recordText(['retainer_hours: 10/month'], OVER);
    const titles = actionsAt(RULE, lineOf(text, '2026-11-17 work'), parseClient(text), text, day('2026-11-20')).map((action) => action.title);
    assert.ok(titles.every((title) => title.startsWith('Snooze')), titles.join(', '));
  });

  statusCases(RULE, 'relationship', TEN, OVER);
  snoozeCases(RULE, TEN, OVER);
});
