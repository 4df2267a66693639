import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRecord, type FormatLines } from '../../src/core/navigation/format-record';
import { applyEdits, type TextEdit } from '../../src/core/edits/text-edit';
import { parseClient, parseFile, recordText } from '../helpers/ledger-text';

function edits(text: string, scope?: FormatLines): TextEdit[] {
  return formatRecord(parseClient(text), text, scope);
}

function formatted(text: string, scope?: FormatLines): string {
  return applyEdits(text, edits(text, scope));
}

/** The lines from `## Log` on. */
function logOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  return lines.slice(lines.indexOf('## Log'));
}

const SAMPLES = join(__dirname, '..', '..', '..', 'examples', 'ledger', 'clients');

describe('format document (navigation/format-record)', () => {
  describe('order', () => {
    it('sorts the log by date, each entry with its nested notes, and formatting again changes nothing', () => {
      const text = recordText([], [
        '2026-11-03 email to A: third',
        '2026-11-01 email to A: first\n  - note of first\n    - deeper',
        '2026-11-02 call with A: second\n  continued',
      ]);
      const result = formatted(text);
      assert.deepEqual(logOf(result), [
        '## Log', '',
        '- 2026-11-01 email to A: first', '  - note of first', '    - deeper',
        '- 2026-11-02 call with A: second', '  continued',
        '- 2026-11-03 email to A: third', '',
      ]);
      assert.deepEqual(edits(result), []);
    });

    it('sorts times on a day, and keeps an entry without a time below the entries of its day above it', () => {
      const text = recordText([], [
        '2026-11-03 10:00 call to A: a',
        '2026-11-03 email to A: b, after the call',
        '2026-11-03 09:00 email to A: c',
        '2026-11-02 note: d',
      ]);
      assert.deepEqual(logOf(formatted(text)).slice(2, 6), [
        '- 2026-11-02 note: d',
        '- 2026-11-03 09:00 email to A: c',
        '- 2026-11-03 10:00 call to A: a',
        '- 2026-11-03 email to A: b, after the call',
      ]);
    });

    it('keeps entries of the same day in file order', () => {
      const text = recordText([], ['2026-11-04 note: x', '2026-11-03 note: b', '2026-11-03 note: a', '2026-11-03 email to A: c']);
      assert.deepEqual(logOf(formatted(text)).slice(2, 6), ['- 2026-11-03 note: b', '- 2026-11-03 note: a', '- 2026-11-03 email to A: c', '- 2026-11-04 note: x']);
    });

    it('moves a malformed item with the item above it, keeps one at the top at the top, and never rewrites it', () => {
      const text = recordText([], [
        'called   Jane, no date',
        '2026-11-05 email to A: late',
        '2026-11-04   emial to A:   a typo, kept as written',
        '2026-11-01 note: early',
      ]);
      assert.deepEqual(logOf(formatted(text)).slice(2, 6), [
        '- called   Jane, no date',
        '- 2026-11-01 note: early',
        '- 2026-11-05 email to A: late',
        '- 2026-11-04   emial to A:   a typo, kept as written',
      ]);
    });

    it('moves as few lines as it can: one entry out of place is one line moved', () => {
      const log = Array.from({ length: 40 }, (_, index) => `2026-10-${String(index % 28 + 1).padStart(2, '0')} note: ${index}`).slice(0, 28);
      const [moved] = log.splice(20, 1);
      log.splice(3, 0, moved);
      const text = recordText([], log);
      const changes = edits(text);
      assert.equal(changes.length, 2, JSON.stringify(changes));
      assert.ok(changes.every((edit) => edit.newText.split('\n').filter(Boolean).length <= 1), 'each edit is one line');
      assert.deepEqual(logOf(formatted(text)).slice(2, 30), [...log.slice(0, 3), ...log.slice(4, 21), moved, ...log.slice(21)].map((line) => `- ${line}`));
    });

    it('keeps the blank lines between items where they are, a loose log loose', () => {
      const text = '---\nclient: A\n---\n## Log\n\n- 2026-11-02 note: b\n\n- 2026-11-03 note: c\n\n- 2026-11-01 note: a\n\n## After\ntext\n';
      assert.equal(formatted(text), '---\nclient: A\n---\n## Log\n\n- 2026-11-01 note: a\n\n- 2026-11-02 note: b\n\n- 2026-11-03 note: c\n\n## After\ntext\n');
    });

    it('sorts the items on either side of a sub-heading, paragraph or code fence apart, and leaves those where they are', () => {
      const text = recordText([], []).replace('## Log\n\n', [
        '## Log', '',
        '### October', '',
        '- 2026-10-20 note: b', '- 2026-10-02 note: a', '- 2026-11-02 note: misfiled', '',
        'A paragraph about November.', '',
        '- 2026-11-09 note: d', '- 2026-11-03 note: c', '',
        '```', '- 2026-01-01 note: in a fence', '- 2025-01-01 note: in a fence', '```', '',
        '- 2026-11-12 note: f', '- 2026-11-10 note: e', '',
      ].join('\n'));
      assert.deepEqual(logOf(formatted(text)), [
        '## Log', '',
        '### October', '',
        '- 2026-10-02 note: a', '- 2026-10-20 note: b', '- 2026-11-02 note: misfiled', '',
        'A paragraph about November.', '',
        '- 2026-11-03 note: c', '- 2026-11-09 note: d', '',
        '```', '- 2026-01-01 note: in a fence', '- 2025-01-01 note: in a fence', '```', '',
        '- 2026-11-10 note: e', '- 2026-11-12 note: f', '',
      ]);
    });

    it('sorts each Log section on its own', () => {
      const text = '---\nclient: A\n---\n# 2025\n## Log\n- 2025-12-02 note: b\n- 2025-12-01 note: a\n# 2026\n## Log\n- 2026-01-02 note: d\n- 2026-01-01 note: c\n';
      assert.equal(formatted(text), '---\nclient: A\n---\n# 2025\n## Log\n- 2025-12-01 note: a\n- 2025-12-02 note: b\n# 2026\n## Log\n- 2026-01-01 note: c\n- 2026-01-02 note: d\n');
    });

    it('does not reorder numbered items, nor items holding an unclosed fence or HTML', () => {
      const numbered = '---\nclient: A\n---\n## Log\n1. 2026-11-02 note: b\n2. 2026-11-01 note: a\n';
      assert.deepEqual(edits(numbered), []);
      const fence = '---\nclient: A\n---\n## Log\n- 2026-11-02 note: b\n- 2026-11-01 note: a\n  ```\n  code\n';
      assert.deepEqual(edits(fence), []);
      const html = '---\nclient: A\n---\n## Log\n- 2026-11-02 note: b\n  <div>\n- 2026-11-01 note: a\n';
      assert.deepEqual(edits(html), []);
    });

    it('keeps CRLF line ends, and a last line without a line end', () => {
      const text = '---\r\nclient: A\r\n---\r\n## Log\r\n- 2026-11-03 note: c\r\n- 2026-11-01 note: a\r\n- 2026-11-02 note: b';
      assert.equal(formatted(text), '---\r\nclient: A\r\n---\r\n## Log\r\n- 2026-11-01 note: a\r\n- 2026-11-02 note: b\r\n- 2026-11-03 note: c');
      const last = '---\nclient: A\n---\n## Log\n- 2026-11-01 note: a\n- 2026-11-03 note: c\n- 2026-11-02 note: b';
      assert.equal(formatted(last), '---\nclient: A\n---\n## Log\n- 2026-11-01 note: a\n- 2026-11-02 note: b\n- 2026-11-03 note: c');
      const first = '---\nclient: A\n---\n## Log\n- 2026-11-03 note: c\n- 2026-11-01 note: a\n- 2026-11-02 note: b';
      assert.equal(formatted(first), '---\nclient: A\n---\n## Log\n- 2026-11-01 note: a\n- 2026-11-02 note: b\n- 2026-11-03 note: c');
    });
  });

  describe('spelling', () => {
    it('writes one space between the words and none before the colon, the time as HH:MM, the vocabulary in lower case', () => {
      const text = recordText([], ['2026-11-02   9:05\tEmail   FROM  Jane   Doe  #Urgent   :  free   text  stays  ']);
      assert.deepEqual(logOf(formatted(text))[2], '- 2026-11-02 09:05 email from Jane Doe #urgent:  free   text  stays  ');
    });

    it('keeps amounts, IDs, names and dates as written, spaces aside', () => {
      const text = recordText([], ['2026-11-02 Invoice inv-042   450   EUR  due 2026-11-16', '2026-11-03 payment inv-042 $450', '2026-11-04 work 1h   30m: #not-a-tag in the text']);
      assert.deepEqual(logOf(formatted(text)).slice(2, 5), [
        '- 2026-11-02 invoice inv-042 450 EUR due 2026-11-16',
        '- 2026-11-03 payment inv-042 $450',
        '- 2026-11-04 work 1h 30m: #not-a-tag in the text',
      ]);
    });

    it('trims the end of an entry without free text, and keeps an entry already written one way as it is', () => {
      const text = recordText([], ['2026-11-02 note   ', '2026-11-03 call with Jane #no-answer: voicemail']);
      assert.deepEqual(logOf(formatted(text)).slice(2, 4), ['- 2026-11-02 note', '- 2026-11-03 call with Jane #no-answer: voicemail']);
      assert.equal(edits(text).length, 1);
    });

    it('leaves a line as written when a new spelling would read otherwise', () => {
      // No free text here (no space after the colon): joining the words would make `Jane: text` the free text.
      const text = recordText([], ['2026-11-02 email to Jane:\u00a0text']);
      assert.deepEqual(edits(text), []);
    });

    it('writes one space after the list marker of a one-line item, and leaves an item with nested lines alone there', () => {
      const text = recordText([], ['  2026-11-02 note: a', '\t2026-11-03 note: b', '   2026-11-04  note: c\n    - nested, under the text']);
      assert.deepEqual(logOf(formatted(text)).slice(2, 6), ['- 2026-11-02 note: a', '- 2026-11-03 note: b', '-    2026-11-04 note: c', '    - nested, under the text']);
    });

    it('keeps the marker padding when the line below could become part of the item', () => {
      const text = '---\nclient: A\n---\n## Log\n-   2026-11-02 note: a\n\n  Indented text after the log.\n';
      assert.deepEqual(edits(text), []);
    });

    it('never touches nested notes, the frontmatter or prose', () => {
      const frontmatter = ['client:   Acme   # the   bakery', 'contact:', '    name:  Jo  # spaces kept'];
      const text = recordText(frontmatter, ['2026-11-02  note:  a\n  - 2026-11-01   email  to  A: nested, not an entry']).replace('# Notes', '# Notes   with   spaces');
      const result = formatted(text);
      assert.equal(result, text.replace('- 2026-11-02  note:  a', '- 2026-11-02 note:  a'));
    });
  });

  it('formats only the entries in the lines of a range, and moves nothing', () => {
    const text = recordText([], ['2026-11-03  note: c', '2026-11-01  note: a', '2026-11-02  note: b']);
    const line = text.split('\n').indexOf('- 2026-11-01  note: a') + 1;
    assert.deepEqual(logOf(formatted(text, { from: line, to: line })).slice(2, 5), ['- 2026-11-03  note: c', '- 2026-11-01 note: a', '- 2026-11-02  note: b']);
  });

  it('gives no edits for a file with merge conflict markers', () => {
    const text = recordText([], ['2026-11-03  note: c', '<<<<<<< ours', '2026-11-01 note: a', '=======', '2026-11-02 note: b', '>>>>>>> theirs']).replace(/- ([<=>]{7})/g, '$1');
    assert.deepEqual(edits(text), []);
  });

  it('gives no edits for the sample ledger records that are in order', () => {
    const inOrder = readdirSync(SAMPLES).filter((name) => name.endsWith('.md') && name !== 'orchard-events.md');
    assert.ok(inOrder.length >= 6);
    for (const name of inOrder) {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const file = parseFile(text, `clients/${name}`);
      if (file.type !== 'client') continue;
      assert.deepEqual(formatRecord(file, text), [], name);
    }
  });

  it('puts the out-of-order sample record in order with one line moved', () => {
    const text = readFileSync(join(SAMPLES, 'orchard-events.md'), 'utf8');
    const changes = edits(text);
    assert.equal(changes.length, 2, JSON.stringify(changes));
    const result = applyEdits(text, changes);
    assert.ok(result.indexOf('2026-11-05 call with Ava') < result.indexOf('2026-11-10 meeting with Ava'));
    assert.deepEqual(edits(result), []);
  });
});
