import assert from 'node:assert/strict';
import { checkLedger, checkFiles } from '../../src/core/check';
import { problemActions, recordActionsForClient } from '../../src/core/edits/record-actions';
import { actionsAt as recordActionsFor } from '../helpers/actions-at';
import { mergeRecord } from '../../src/core/merge/merge-record';
import type { Finding } from '../../src/core/model';
import { readAroundConflicts } from '../../src/core/parse/conflict-problems';
import { Ledger } from '../../src/core/ledger';
import { day, lineOf, parseFile, TODAY } from '../helpers/ledger-text';

/** Every finding of one file, checked as the CLI and the editor check it (checkFile). */
function findings(text: string, file = 'clients/acme.md'): Finding[] {
  return checkFiles([parseFile(text, file)], day(TODAY)).flatMap((result) => result.findings);
}
const rules = (list: readonly Finding[]) => list.map((finding) => finding.rule);
const conflicts = (list: readonly Finding[]) => list.filter((finding) => finding.rule === 'merge-conflict');

const HEAD = ['---', 'client: Acme', 'deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo', '---', '', '## Log', ''];
const LOG_CONFLICT = [
  ...HEAD,
  '- 2026-11-18 email from Jo: fine',
  '<<<<<<< ours',
  '- 2026-08-01 invoice A-1 $100 due 2026-08-15',
  '=======',
  '- 2026-08-01 invoice A-1 $100 due 2026-08-15',
  '- 2026-08-20 payment A-1 $100',
  '>>>>>>> theirs',
  '- 2026-11-19 emial from Jo',
  '',
].join('\n');

describe('rule merge-conflict', () => {
  it('flags the conflict on its <<<<<<< line (error), with the separator and end markers as related places', () => {
    const [conflict] = conflicts(findings(LOG_CONFLICT));
    assert.equal(conflict.severity, 'error');
    const start = lineOf(LOG_CONFLICT, '<<<<<<<');
    assert.deepEqual(conflict.range, { start: { line: start, column: 1 }, end: { line: start, column: 13 } });
    assert.deepEqual(conflict.related?.map((place) => place.range.start.line), [lineOf(LOG_CONFLICT, '======='), lineOf(LOG_CONFLICT, '>>>>>>>')]);
    assert.equal(conflict.message, `Unresolved merge conflict, lines ${start}-${start + 5}: keep one side or combine them, then delete the marker lines; until then only the first side (line ${start + 1}) is checked`);
  });

  it('checks the rest of the record as the first side has it, every finding on its own line', () => {
    const all = findings(LOG_CONFLICT);
    const overdue = all.find((finding) => finding.rule === 'invoice-overdue');
    assert.equal(overdue?.range.start.line, lineOf(LOG_CONFLICT, '<<<<<<<') + 1, 'the first side\'s invoice is open: the payment is on the second side');
    assert.equal(all.find((finding) => finding.rule === 'entry-malformed')?.range.start.line, lineOf(LOG_CONFLICT, 'emial'), 'lines after the conflict keep their numbers');
    assert.ok(!rules(all).includes('invoice-duplicate'), 'the second side is not read');
  });

  it('reads diff3 conflicts (|||||||, the common ancestor) and names it among the related places', () => {
    const text = LOG_CONFLICT.replace('=======', '||||||| base\n- 2026-08-01 invoice A-1 $90 due 2026-08-15\n=======');
    const [conflict] = conflicts(findings(text));
    assert.deepEqual(conflict.related?.map((place) => [place.range.start.line, place.message]), [
      [lineOf(text, '|||||||'), 'the common ancestor (|||||||), not checked'],
      [lineOf(text, '======='), 'the second side (=======), not checked'],
      [lineOf(text, '>>>>>>>'), 'the end of the conflict (>>>>>>>)'],
    ]);
    assert.equal(rules(findings(text)).filter((rule) => rule === 'invoice-overdue').length, 1, 'the ancestor\'s invoice is not read');
  });

  it('keeps a record whose frontmatter is in conflict a client record (it would not parse with the markers)', () => {
    const text = ['---', 'client: Acme', '<<<<<<< HEAD', 'status: at-risk', 'rate: 40/h', '=======', 'status: on-hold', '>>>>>>> feature/hold', 'deposit: none', '---', '', '## Log', '', '- 2026-11-19 email from Jo', ''].join('\n');
    const file = parseFile(text);
    assert.equal(file.type, 'client');
    assert.equal(file.type === 'client' && file.status, 'at-risk');
    assert.equal(file.type === 'client' && file.rate, '40/h');
    const all = findings(text);
    assert.deepEqual(conflicts(all).map((finding) => finding.range.start.line), [3]);
    assert.ok(!rules(all).includes('frontmatter-invalid'));
  });

  it('applies to documents, and to files still broken once the markers are blanked', () => {
    const document = ['---', 'document: note', 'client: acme', '---', '<<<<<<< HEAD', '- [ ] call Jo', '=======', '- [x] call Jo', '>>>>>>> other', ''].join('\n');
    assert.equal(parseFile(document, 'clients/acme/note.md').type, 'document');
    const withRecord = checkFiles([parseFile(document, 'clients/acme/note.md'), parseFile([...HEAD, '- 2026-11-19 email from Jo', ''].join('\n'))], day(TODAY));
    assert.deepEqual(withRecord.map((result) => [result.file, rules(result.findings)]), [['clients/acme/note.md', ['merge-conflict']]]);
    const broken = ['---', 'client: Acme', 'contact: {name: Jo', '<<<<<<< HEAD', 'x: 1', '=======', 'x: 2', '>>>>>>> other', '---', ''].join('\n');
    assert.deepEqual(rules(findings(broken)).sort(), ['frontmatter-invalid', 'merge-conflict']);
  });

  it('flags a <<<<<<< without its ======= and >>>>>>> on that line alone', () => {
    const text = [...HEAD, '<<<<<<< HEAD', '- 2026-11-19 email from Jo', ''].join('\n');
    const [conflict] = conflicts(findings(text));
    assert.equal(conflict.range.start.line, lineOf(text, '<<<<<<<'));
    assert.match(conflict.message, /^Merge conflict marker <<<<<<< without its ======= and >>>>>>>/);
    assert.deepEqual(rules(findings(text)), ['merge-conflict'], 'the entry under it is read');
  });

  it('leaves a setext heading underline (=======) and a deep quote (>>>>>>>) alone', () => {
    const text = ['---', 'client: Acme', 'deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo', '---', '', 'Notes', '=======', '', '>>>>>>> quoted', '', 'Log', '---', '', '- 2026-11-19 email from Jo', ''].join('\n');
    assert.deepEqual(findings(text), []);
    assert.equal(readAroundConflicts(text.split('\n')), undefined);
  });

  it('cannot be snoozed (the markers must go before a commit)', () => {
    const text = LOG_CONFLICT.replace('deposit: none', 'deposit: none\nsnooze:\n  merge-conflict: 2026-12-31');
    const all = findings(text);
    assert.equal(conflicts(all).length, 1);
    assert.ok(all.some((finding) => finding.rule === 'key-unknown' && finding.message.includes('snooze.merge-conflict')));
  });

  it('reports each conflict of a file', () => {
    const text = LOG_CONFLICT.replace('- 2026-11-19 emial from Jo', '<<<<<<< a\n- 2026-11-19 email from Jo\n=======\n>>>>>>> b');
    assert.equal(conflicts(findings(text)).length, 2);
  });

  it('offers no edit on a record in conflict (an edit would land on one side or move the markers)', () => {
    const file = parseFile(LOG_CONFLICT);
    assert.equal(file.type, 'client');
    if (file.type !== 'client') return;
    assert.deepEqual(recordActionsForClient(file, LOG_CONFLICT, day(TODAY)), []);
    assert.deepEqual(recordActionsFor('entry-malformed', lineOf(LOG_CONFLICT, 'emial'), file, LOG_CONFLICT, day(TODAY)), []);
    const broken = parseFile(['---', 'client: Acme', 'client: Acme Co', '<<<<<<< HEAD', 'x: 1', '=======', 'x: 2', '>>>>>>> other', '---', ''].join('\n'));
    assert.equal(broken.type, 'broken');
    assert.ok(broken.problems.some((problem) => (problem.fixes ?? []).length > 0), 'the duplicate key has its fixes');
    assert.deepEqual(problemActions(broken.problems, 'frontmatter-invalid', 3), [], 'but they are not offered while the markers are there');
  });

  it('is found by the ledger check, and a healthy record beside it stays silent', () => {
    const healthy = [...HEAD, '- 2026-11-19 email from Jo', ''].join('\n');
    const results = checkLedger(new Ledger([parseFile(LOG_CONFLICT), parseFile(healthy, 'clients/bea.md')]), day(TODAY));
    assert.deepEqual(results.map((result) => result.file), ['clients/acme.md']);
  });

  it('a text the merge driver meets with markers already in it merges line by line', () => {
    const merged = mergeRecord(LOG_CONFLICT, LOG_CONFLICT.replace('fine', 'fine, thanks'), LOG_CONFLICT.replace('emial', 'email'));
    assert.equal(merged.conflicts, 0);
    assert.equal(merged.text, LOG_CONFLICT.replace('fine', 'fine, thanks').replace('emial', 'email'));
  });
});
