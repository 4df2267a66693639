import assert from 'node:assert/strict';
import { snooze } from '../../src/core/edits/record-actions';
import { actionsAt as recordActionsFor } from '../helpers/actions-at';
import { snoozeActions } from '../../src/core/finding-actions';
import { setKey } from '../../src/core/edits/frontmatter-edits';
import { applyEdits } from '../../src/core/edits/text-edit';
import { check, day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const WAITING = ['2026-11-02 email from Jane', '2026-11-16 email to Jane: the plan'];

function snoozed(frontmatter: readonly string[], rule = 'awaiting-reply', until = '2026-11-27'): string {
  const text = recordText(frontmatter, WAITING);
  const edit = snooze(parseClient(text), text, rule, until);
  assert.ok(edit, 'a snooze edit');
  return applyEdits(text, edit.edits);
}

describe('snooze quick fixes', () => {
  it('offers 1 and 2 weeks on a relationship finding, and the snoozed rule falls silent until then', () => {
    const text = recordText(['# our terms', 'deposit: none'], WAITING);
    const actions = recordActionsFor('awaiting-reply', lineOf(text, 'email to Jane'), parseClient(text), text, day(TODAY));
    const titles = actions.map((action) => action.title);
    assert.deepEqual(titles.slice(-2), ['Snooze awaiting-reply for 1 week (until 2026-11-27)', 'Snooze awaiting-reply for 2 weeks (until 2026-12-04)']);
    const after = applyEdits(text, actions.at(-2)!.edit.edits);
    assert.match(after, /^---\nclient: Acme\n# our terms\ndeposit: none\nsnooze:\n {2}awaiting-reply: 2026-11-27\n---\n/);
    assert.ok(!check(after).some((finding) => finding.rule === 'awaiting-reply'));
    assert.ok(check(after, '2026-11-28').some((finding) => finding.rule === 'awaiting-reply'), 'back the day after');
  });

  it('adds the rule at the end of an existing snooze map, at its indentation, keeping comments', () => {
    const after = snoozed(['snooze:', '    no-contact: 2026-12-01  # on holiday', 'deposit: none']);
    assert.match(after, /\nsnooze:\n {4}no-contact: 2026-12-01 {2}# on holiday\n {4}awaiting-reply: 2026-11-27\ndeposit: none\n/);
  });

  it('moves the date of a rule already snoozed, in place', () => {
    const after = snoozed(['snooze:', '  awaiting-reply: 2026-11-01 # first try', 'deposit: none']);
    assert.match(after, /\n {2}awaiting-reply: 2026-11-27 # first try\n/);
    assert.equal(after.split('\n').length, recordText(['snooze:', '  awaiting-reply: 2026-11-01 # first try', 'deposit: none'], WAITING).split('\n').length);
  });

  it('fills an empty snooze:', () => {
    assert.match(snoozed(['snooze:', 'deposit: none']), /\nsnooze:\n {2}awaiting-reply: 2026-11-27\ndeposit: none\n/);
  });

  it('offers nothing it cannot write well (a flow map), and nothing for rules that are not about the relationship', () => {
    const flow = recordText(['snooze: {no-contact: 2026-12-01}'], WAITING);
    assert.equal(snooze(parseClient(flow), flow, 'awaiting-reply', '2026-11-27'), undefined);
    assert.deepEqual(snoozeActions('awaiting-reply', parseClient(flow), flow, day(TODAY)), []);
    const text = recordText([], ['2026-09-01 invoice INV-1 $100']);
    assert.deepEqual(snoozeActions('invoice-overdue', parseClient(text), text, day(TODAY)), []);
    assert.deepEqual(snoozeActions('entry-malformed', parseClient(text), text, day(TODAY)), []);
  });
});

describe('frontmatter values are written so that they read back', () => {
  it('plain where plain reads the same, quoted where YAML would read something else', () => {
    const text = recordText([], []);
    const client = parseClient(text);
    const written = (value: string) => applyEdits(text, setKey(client, text, 'agreement', value)!.edits).split('\n').find((line) => line.startsWith('agreement:'));
    assert.equal(written('agreements/acme.pdf'), 'agreement: agreements/acme.pdf');
    assert.equal(written('a #b'), 'agreement: "a #b"');
    assert.equal(written(' padded'), 'agreement: " padded"');
    assert.equal(written('1.50'), 'agreement: "1.50"');
    for (const value of ['agreements/acme.pdf', 'a #b', ' padded', '1.50', 'key: value', '- item', '[x]']) {
      const after = applyEdits(text, setKey(client, text, 'agreement', value)!.edits);
      assert.equal(parseClient(after).agreement, value.trim() === value ? value : value.trim(), value);
    }
  });
});
