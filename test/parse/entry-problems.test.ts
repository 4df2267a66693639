import assert from 'node:assert/strict';
import type { ReadProblem } from '../../src/core/model';
import { parseEntry } from '../../src/core/parse/log-entry';
import { applyEdits } from '../../src/core/edits/text-edit';
import { check, lineOf, parseClient, recordText } from '../helpers/ledger-text';

/** The problems of one item written at line 7, column 3 (`- ` before it). */
function problems(source: string): ReadProblem[] {
  const parsed = parseEntry(source, 7, 3, 'USD');
  assert.ok(Array.isArray(parsed), `${source} should not parse`);
  return parsed;
}

const messages = (source: string) => problems(source).map((problem) => problem.message);

describe('entry-malformed: every problem of an item', () => {
  it('reports a bad date and an unknown kind on the same line, each its own finding', () => {
    const text = recordText([], ['2026-13-45 emial to X', '2026-11-19 email from X']);
    const malformed = check(text).filter((finding) => finding.rule === 'entry-malformed');
    assert.deepEqual(malformed.map((finding) => [finding.range.start.line, finding.range.start.column, finding.message]), [
      [lineOf(text, 'emial'), 3, '"2026-13-45" is not a real date (YYYY-MM-DD)'],
      [lineOf(text, 'emial'), 3, 'Unknown kind "emial" (did you mean email?)'],
    ]);
  });

  it('reports a bad time with an unknown kind, and a bad date with a known kind\'s bad words', () => {
    assert.deepEqual(messages('2026-11-01 25:00 emial to X'), ['"25:00" is not a time of day (HH:MM, 24-hour)', 'Unknown kind "emial" (did you mean email?)']);
    assert.deepEqual(messages('2026-02-30 email Jane'), [
      '"2026-02-30" is not a real date (YYYY-MM-DD)',
      '"email" needs a direction: email to|from|with WHO (to = you reached out, from = the client did)',
    ]);
    assert.deepEqual(messages('2026-13-45'), ['"2026-13-45" is not a real date (YYYY-MM-DD)', `No kind after the date: add one of email, call, message, meeting, postcard, letter, invoice, payment, deposit, work, request, issue, feedback, hold, resume, notice, note, late-fee`]);
  });

  it('says only that a line without a date is no entry (the words after it mean nothing yet)', () => {
    assert.deepEqual(messages('called Jane about the invoice'), ['A log entry starts with its date (YYYY-MM-DD), not "called"']);
  });

  it('reports one problem when only one thing is wrong, as before', () => {
    assert.deepEqual(messages('2026-11-01 emial to X'), ['Unknown kind "emial" (did you mean email?)']);
    assert.deepEqual(messages('2026-11-01 invoice INV-9 $12.345'), ['Bad amount: "$12.345" has more decimals than USD allows (2)']);
  });

  it('puts every problem on the whole item, and the kind\'s fix on the word', () => {
    const [date, kind] = problems('2026-13-45 #urgent Emial to X');
    const item = { start: { line: 7, column: 3 }, end: { line: 7, column: 3 + '2026-13-45 #urgent Emial to X'.length } };
    assert.deepEqual(date.range, item);
    assert.deepEqual(kind.range, item);
    assert.equal(date.fixes, undefined);
    assert.deepEqual(kind.fixes, [{
      title: 'Replace "Emial" with "email"',
      edits: [{ range: { start: { line: 7, column: 22 }, end: { line: 7, column: 27 } }, newText: 'email' }],
      preferred: true,
    }]);
  });

  it('offers no fix for a kind nothing is close to', () => {
    const [kind] = problems('2026-11-01 telegram to X');
    assert.match(kind.message, /^Unknown kind "telegram": use one of /);
    assert.equal(kind.fixes, undefined);
  });

  it('the fix, applied, makes the entry read (LF and CRLF, a time, tags, a numbered item)', () => {
    for (const [item, eol] of [['- 2026-11-01 emial to Jo', '\n'], ['- 2026-11-01 10:15 #no-answer cal to Jo', '\r\n'], ['1. 2026-11-01 paymnet $5', '\n']] as const) {
      const text = recordText([], [item.slice(2)]).replace(`- ${item.slice(2)}`, item).replace(/\n/g, eol);
      const [fix] = parseClient(text).problems.flatMap((problem) => problem.fixes ?? []);
      assert.ok(fix, item);
      const fixed = applyEdits(text, fix.edits);
      assert.deepEqual(check(fixed).filter((finding) => finding.rule === 'entry-malformed'), [], `${item} -> ${JSON.stringify(fixed)}`);
      assert.equal(fixed.replace(/email|call|payment/, 'X'), text.replace(/emial|cal(?= )|paymnet/, 'X'), 'only the word changed');
    }
  });
});
