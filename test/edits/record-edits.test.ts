import assert from 'node:assert/strict';
import { addBackupContact, setKey } from '../../src/core/edits/frontmatter-edits';
import { appendEntry, logFollowUp, recordPayment, sortLog } from '../../src/core/edits/log-edits';
import { applyEdits, type RecordEdit } from '../../src/core/edits/text-edit';
import type { SourceRange } from '../../src/core/model';
import { day, parseClient, recordText } from '../helpers/ledger-text';

function apply(text: string, edit: RecordEdit | undefined): string {
  assert.ok(edit, 'an edit');
  return applyEdits(text, edit.edits);
}

function selected(text: string, range: SourceRange | undefined): string {
  assert.ok(range);
  const line = text.split(/\r?\n/)[range.start.line - 1];
  return range.start.line === range.end.line ? line.slice(range.start.column - 1, range.end.column - 1) : '<multi-line>';
}

describe('record edits', () => {
  describe('append an entry', () => {
    it('goes after the last item and its nested notes, cursor at the end', () => {
      const text = recordText([], ['2026-11-01 email to Jo', '2026-11-02 call to Jo\n  - a nested note']) + '\n## Next\n\nprose\n';
      const edit = appendEntry(parseClient(text), text, '2026-11-20 call to Jo: ');
      const result = apply(text, edit);
      assert.match(result, /  - a nested note\n- 2026-11-20 call to Jo: \n\n## Next\n\nprose\n$/);
      assert.deepEqual(edit.selection!.start, { line: result.split('\n').indexOf('- 2026-11-20 call to Jo: ') + 1, column: 26 });
      assert.equal(parseClient(result).entries.length, 3);
    });

    it('keeps CRLF line endings and a missing final newline', () => {
      const text = recordText([], ['2026-11-01 email to Jo']).trimEnd().replace(/\n/g, '\r\n');
      const result = apply(text, appendEntry(parseClient(text), text, '2026-11-20 note: x'));
      assert.ok(result.endsWith('- 2026-11-01 email to Jo\r\n- 2026-11-20 note: x'));
      assert.ok(!/[^\r]\n/.test(result), 'no bare LF');
    });

    it('starts the list under an empty Log heading, and a Log section when there is none', () => {
      const heading = '---\nclient: A\n---\n## Log\nSome prose.\n';
      const withHeading = apply(heading, appendEntry(parseClient(heading), heading, '2026-11-20 note: first'));
      assert.equal(withHeading, '---\nclient: A\n---\n## Log\n\n- 2026-11-20 note: first\n\nSome prose.\n');
      assert.equal(parseClient(withHeading).entries.length, 1);
      const bare = '---\nclient: A\n---\n# Notes\nprose';
      const created = apply(bare, appendEntry(parseClient(bare), bare, '2026-11-20 note: first'));
      assert.equal(created, '---\nclient: A\n---\n# Notes\nprose\n\n## Log\n\n- 2026-11-20 note: first');
      assert.equal(parseClient(created).entries.length, 1);
    });
  });

  describe('log a follow-up', () => {
    const contact = ['contact:', '  name: Dana', '  backup: Lee (partner), 555 0101'];
    const cases: [string, string[], string][] = [
      ['an email first', [], '- 2026-11-20 email to Dana: '],
      ['a call after an email', ['2026-11-10 email to Dana'], '- 2026-11-20 call to Dana: '],
      ['a postcard after a call', ['2026-11-10 email to Dana', '2026-11-12 call to Dana #no-answer'], '- 2026-11-20 postcard to Dana: '],
      ['the backup contact after a postcard', ['2026-11-10 email to Dana', '2026-11-12 call to Dana', '2026-11-14 postcard to Dana'], '- 2026-11-20 call to Lee: '],
      ['a hold after the backup', ['2026-11-10 email to Dana', '2026-11-12 call to Dana', '2026-11-14 postcard to Dana', '2026-11-16 call to Lee'], '- 2026-11-20 hold until 2026-12-20: '],
    ];
    for (const [what, log, expected] of cases) {
      it(`suggests ${what}`, () => {
        const text = recordText(contact, ['2026-11-01 email from Dana', ...log]);
        const result = apply(text, logFollowUp(parseClient(text), text, day('2026-11-20')));
        assert.equal(result.split('\n').at(-2), expected);
      });
    }
  });

  describe('record a payment', () => {
    it('appends the open balance of the invoice', () => {
      const text = recordText(['currency: EUR'], ['2026-10-01 invoice A-1 €450 due 2026-10-15', '2026-10-20 payment A-1 €200.50']);
      const result = apply(text, recordPayment(parseClient(text), text, 'A-1', day('2026-11-20')));
      assert.equal(result.trimEnd().split('\n').pop(), '- 2026-11-20 payment A-1 €249.50');
      const after = parseClient(result);
      assert.equal(after.entries.length, 3);
    });

    it('writes other currencies as code and amount, and offers nothing for a paid invoice', () => {
      const text = recordText(['currency: JPY'], ['2026-10-01 invoice J-1 1200 JPY', '2026-10-02 invoice J-2 5 JPY', '2026-10-03 payment J-2 5 JPY']);
      assert.equal(apply(text, recordPayment(parseClient(text), text, 'J-1', day('2026-11-20'))).trimEnd().split('\n').pop(), '- 2026-11-20 payment J-1 1200 JPY');
      assert.equal(recordPayment(parseClient(text), text, 'J-2', day('2026-11-20')), undefined);
    });
  });

  describe('sort the log', () => {
    it('orders items by date, stably, each with its nested notes', () => {
      const text = recordText([], [
        '2026-11-03 email to A: third',
        '2026-11-01 email to A: first\n  - note of first',
        'not an entry: stays after first',
        '2026-11-03 call to A: fourth, same day, below',
        '2026-11-02 email to A: second',
      ]);
      const result = apply(text, sortLog(parseClient(text), text));
      const log = result.slice(result.indexOf('## Log'));
      assert.equal(log, [
        '## Log', '',
        '- 2026-11-01 email to A: first', '  - note of first',
        '- not an entry: stays after first',
        '- 2026-11-02 email to A: second',
        '- 2026-11-03 email to A: third',
        '- 2026-11-03 call to A: fourth, same day, below', '',
      ].join('\n'));
      assert.equal(sortLog(parseClient(result), result), undefined, 'already sorted');
    });

    it('keeps a loose list loose and the text around the log', () => {
      const text = '---\nclient: A\n---\n## Log\n\n- 2026-11-02 note: b\n\n- 2026-11-01 note: a\n\n## After\ntext\n';
      assert.equal(apply(text, sortLog(parseClient(text), text)), '---\nclient: A\n---\n## Log\n\n- 2026-11-01 note: a\n\n- 2026-11-02 note: b\n\n## After\ntext\n');
    });
  });

  describe('set a frontmatter key', () => {
    const text = [
      '---',
      '# who they are',
      'client: Acme   # since the fair',
      "status: 'on-hold'  # broke a wrist",
      '',
      'hold_until: 2026-11-10',
      'agreement:',
      '---',
      '## Log',
      '',
    ].join('\n');

    it('replaces a value in place and keeps comments, quoting elsewhere and blank lines', () => {
      const edit = setKey(parseClient(text), text, 'status', 'active');
      const result = apply(text, edit);
      assert.equal(result, text.replace("status: 'on-hold'  # broke a wrist", 'status: active  # broke a wrist'));
      assert.equal(selected(result, edit!.selection), 'active');
      assert.equal(parseClient(result).status, 'active');
    });

    it('adds a missing key just before the closing line', () => {
      const edit = setKey(parseClient(text), text, 'deposit', 'none');
      const result = apply(text, edit);
      assert.equal(result, text.replace('agreement:\n---', 'agreement:\ndeposit: none\n---'));
      assert.equal(selected(result, edit!.selection), 'none');
    });

    it('fills an empty value', () => {
      const result = apply(text, setKey(parseClient(text), text, 'agreement', 'agreements/acme.pdf'));
      assert.equal(parseClient(result).agreement, 'agreements/acme.pdf');
      assert.equal(result, text.replace('agreement:\n', 'agreement: agreements/acme.pdf\n'));
    });

    it('fills an empty value before a comment', () => {
      const commented = text.replace('agreement:', 'agreement:   # to sign');
      const result = apply(commented, setKey(parseClient(commented), commented, 'agreement', 'a.pdf'));
      assert.equal(result, commented.replace('agreement:   # to sign', 'agreement: a.pdf # to sign'));
    });

    it('does nothing when the value is already set', () => {
      assert.equal(setKey(parseClient(text), text, 'hold_until', '2026-11-10'), undefined);
    });
  });

  describe('add a backup contact', () => {
    it('goes under the contact map at its indentation', () => {
      const text = '---\nclient: A\ncontact:\n    name: Jo   # the owner\n    email: jo@a.test\n\nterms: net 7\n---\n';
      const edit = addBackupContact(parseClient(text), text, 'name, phone or email');
      const result = apply(text, edit);
      assert.equal(result, '---\nclient: A\ncontact:\n    name: Jo   # the owner\n    email: jo@a.test\n    backup: name, phone or email\n\nterms: net 7\n---\n');
      assert.equal(parseClient(result).contact?.backup, 'name, phone or email');
      assert.equal(selected(result, edit!.selection), 'name, phone or email');
    });

    it('starts a contact map when there is none, and refuses a flow map', () => {
      const text = '---\nclient: A\n---\n';
      assert.equal(apply(text, addBackupContact(parseClient(text), text, 'x')), '---\nclient: A\ncontact:\n  backup: x\n---\n');
      const flow = '---\nclient: A\ncontact: {name: Jo}\n---\n';
      assert.equal(addBackupContact(parseClient(flow), flow, 'x'), undefined);
    });
  });
});
