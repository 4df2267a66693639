import assert from 'node:assert/strict';
import { type RecordAction } from '../../src/core/edits/record-actions';
import { actionsAt as recordActionsFor } from '../helpers/actions-at';
import { applyEdits } from '../../src/core/edits/text-edit';
import { check, day, lineOf, parseClient, parseFile, recordText, TODAY } from '../helpers/ledger-text';

/** The actions a finding of `rule` on the line holding `needle` offers, by title. */
function actions(text: string, rule: string, needle: string) {
  return recordActionsFor(rule, lineOf(text, needle), parseClient(text), text, day(TODAY));
}

function applied(text: string, action: RecordAction | undefined): string {
  assert.ok(action, 'an action');
  return applyEdits(text, action.edit.edits);
}

describe('quick fixes the messages name', () => {
  it('"did you mean email?": replaces the kind, preferred, and the entry then reads', () => {
    const text = recordText([], ['2026-11-18 emial to Jo: sent the drafts', '2026-11-19 email from Jo']);
    const [fix] = actions(text, 'entry-malformed', 'emial');
    assert.equal(fix.title, 'Replace "emial" with "email"');
    assert.equal(fix.preferred, true);
    const after = applied(text, fix);
    assert.equal(after, text.replace('emial to Jo', 'email to Jo'));
    assert.equal(parseClient(after).entries.length, 2);
  });

  it('offers the kind\'s fix on a line that also has a bad date, once', () => {
    const text = recordText([], ['2026-13-45 emial to Jo']);
    assert.deepEqual(actions(text, 'entry-malformed', 'emial').map((action) => action.title), ['Replace "emial" with "email"']);
  });

  it('"did you mean hold_until?": renames the key, keeping its value and comment', () => {
    const text = recordText(['status: on-hold', 'hold-until: 2026-12-01   # back in December']);
    const [rename] = actions(text, 'key-unknown', 'hold-until');
    assert.equal(rename.title, 'Rename hold-until to hold_until');
    const after = applied(text, rename);
    assert.equal(after, text.replace('hold-until:', 'hold_until:'));
    assert.equal(parseClient(after).holdUntil, day('2026-12-01'));
  });

  it('renames nested keys and snoozed rule ids too', () => {
    const text = recordText(['contact:', '  nme: Jo', 'snooze:', '  no-contct: 2026-12-31']);
    const contact = actions(text, 'key-unknown', 'nme:');
    assert.deepEqual(contact.map((action) => action.title), ['Rename contact.nme to contact.name']);
    assert.equal(parseClient(applied(text, contact[0])).contact?.name, 'Jo');
    const snooze = actions(text, 'key-unknown', 'no-contct');
    assert.deepEqual(snooze.map((action) => action.title), ['Rename snooze.no-contct to snooze.no-contact']);
    assert.equal(parseClient(applied(text, snooze[0])).snooze.get('no-contact'), day('2026-12-31'));
  });

  it('offers no rename to a key the map already has (it would be written twice)', () => {
    const text = recordText(['status: former', 'Status: active']);
    assert.ok(check(text).some((finding) => finding.rule === 'key-unknown'));
    assert.deepEqual(actions(text, 'key-unknown', 'Status:'), []);
  });

  it('"did you mean active?" on a status: replaces the value', () => {
    const text = recordText(['status: Active # for now']);
    const [fix] = actions(text, 'frontmatter-invalid', 'status:');
    assert.equal(fix.title, 'Replace "Active" with "active"');
    assert.equal(applied(text, fix), text.replace('status: Active', 'status: active'));
  });

  it('keeps the fixes on documents too', () => {
    const document = parseFile('---\ndocument: note\nclient: acme\ncreatd: 2026-11-01\n---\n', 'clients/acme/note.md');
    assert.equal(document.type, 'document');
    const problems = document.type === 'document' ? document.problems : [];
    assert.deepEqual(problems.flatMap((problem) => problem.fixes ?? []).map((fix) => fix.title), ['Rename creatd to created']);
  });
});
