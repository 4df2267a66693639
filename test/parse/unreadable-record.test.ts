import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/text-edit';
import { problemActions } from '../../src/core/edits/record-actions';
import { Ledger } from '../../src/core/ledger';
import type { BrokenFile, LedgerFile, ProblemFix } from '../../src/core/model';
import { parseFile } from '../helpers/ledger-text';

function broken(text: string, file = 'clients/acme-bakery.md'): BrokenFile {
  const parsed: LedgerFile = parseFile(text, file);
  assert.equal(parsed.type, 'broken', JSON.stringify(parsed).slice(0, 300));
  return parsed as BrokenFile;
}

function fixesOf(file: BrokenFile): ProblemFix[] {
  return file.problems.flatMap((problem) => problem.fixes ?? []);
}

/** Applies one fix and reads the file again. */
function fixed(text: string, fix: ProblemFix): { text: string; file: LedgerFile } {
  const after = applyEdits(text, fix.edits);
  return { text: after, file: parseFile(after) };
}

describe('a record whose frontmatter cannot be read', () => {
  it('keeps its id when it looks like a client record: a top-level client: line and no document:', () => {
    assert.equal(broken('---\nclient: Acme\ncontact: {name: Jane\n---\n').clientId, 'acme-bakery');
    assert.equal(broken('---\nclient: Acme\nstatus: "active\n---\n## Log\n').clientId, 'acme-bakery');
    assert.equal(broken('---js\nclient: Acme\n---\n', 'clients/x/Acme Bakery .md').clientId, 'Acme Bakery', 'another language, never run');
    assert.equal(broken('---\nclient: Acme\nstatus: active\n').clientId, 'acme-bakery', 'a frontmatter never closed');
  });

  it('is no client record when the client: line is missing, nested, in another case, or a document: line is there', () => {
    for (const text of [
      '---\ndocument: note\nclient: acme\nx: [1\n---\n',
      '---\ncontact:\n  client: Acme\nx: [1\n---\n',
      '---\nClient: Acme\nx: [1\n---\n',
      '---\n- client: Acme\n---\n',
      '---\nx: [1\n---\nclient: Acme\n',
    ]) assert.equal(broken(text).clientId, undefined, text);
  });

  it('is listed by the ledger among the unreadable client records, in path order', () => {
    const ledger = new Ledger([
      parseFile('---\nclient: Zed\nx: [1\n---\n', 'clients/zed.md'),
      parseFile('---\nclient: Bea\n---\n', 'clients/bea.md'),
      parseFile('---\nnote: [1\n---\n', 'clients/notes.md'),
      parseFile('---\nclient: Amy\nclient: Amy\n---\n', 'clients/amy.md'),
    ]);
    assert.deepEqual(ledger.unreadableClients.map((file) => [file.file, file.clientId]), [['clients/amy.md', 'amy'], ['clients/zed.md', 'zed']]);
    assert.deepEqual(ledger.clients.map((client) => client.id), ['bea']);
  });
});

describe('quick fixes for the YAML errors people make by hand', () => {
  it('a key written twice: remove the later line, or rename the later key', () => {
    const text = '---\nclient: Acme\nstatus: active   # since May\nterms: net 14\nstatus: on-hold\n---\n\n## Log\n';
    const [problem] = broken(text).problems;
    assert.equal(problem.range.start.line, 5);
    assert.deepEqual(fixesOf(broken(text)).map((fix) => fix.title), ['Remove line 5, the second status (status: on-hold)', 'Rename the second status to status_2']);
    const [remove, rename] = fixesOf(broken(text));
    const removed = fixed(text, remove);
    assert.equal(removed.text, text.replace('status: on-hold\n', ''));
    assert.equal(removed.file.type === 'client' && removed.file.status, 'active');
    const renamed = fixed(text, rename);
    assert.equal(renamed.text, text.replace('status: on-hold', 'status_2: on-hold'));
    assert.equal(renamed.file.type, 'client');
    assert.ok(remove.preferred !== true && rename.preferred !== true, 'two choices: neither is preferred');
  });

  it('a duplicate key whose value spans lines is only renamed (removing one line would orphan the rest)', () => {
    const text = '---\nclient: Acme\ncontact:\n  name: Jo\ncontact:\n  name: Bo\n---\n';
    assert.deepEqual(fixesOf(broken(text)).map((fix) => fix.title), ['Rename the second contact to contact_2']);
    assert.equal(fixed(text, fixesOf(broken(text))[0]).file.type, 'client');
  });

  it('a name taken by another key is skipped for the rename', () => {
    const text = '---\nclient: Acme\nnote_2: x\nnote: a\nnote: b\n---\n';
    assert.ok(fixesOf(broken(text)).some((fix) => fix.title === 'Rename the second note to note_3'));
  });

  it('a tab in the indentation: spaces instead, at the frontmatter\'s own step', () => {
    const text = '---\nclient: Acme\ncontact:\n\tname: Jo\n\temail: jo@example.com\nservices:\n    - inbox\n---\n';
    const file = broken(text);
    assert.deepEqual(file.problems.map((problem) => problem.range.start.line), [4, 5]);
    const fixes = fixesOf(file);
    assert.deepEqual(fixes.map((fix) => [fix.title, fix.edits[0].newText, fix.preferred]), [
      ['Indent line 4 with spaces instead of tabs', '    ', true],
      ['Indent line 5 with spaces instead of tabs', '    ', true],
    ]);
    const after = applyEdits(text, fixes.flatMap((fix) => fix.edits));
    const record = parseFile(after);
    assert.equal(record.type === 'client' && record.contact?.email, 'jo@example.com');
  });

  it('a quote never closed: shown on its own line, closed at the end of that line (before trailing spaces)', () => {
    for (const quote of ['"', "'"]) {
      const text = `---\nclient: ${quote}Acme Bakery  \nstatus: active\nterms: net 7\n---\n\n## Log\n`;
      const file = broken(text);
      assert.equal(file.problems.length, 1);
      assert.deepEqual(file.problems[0].range, { start: { line: 2, column: 9 }, end: { line: 2, column: 9 + `${quote}Acme Bakery  `.length } });
      const [close] = fixesOf(file);
      assert.equal(close.title, 'Close the quote at the end of line 2');
      const after = fixed(text, close);
      assert.equal(after.text, text.replace(`${quote}Acme Bakery  `, `${quote}Acme Bakery${quote}  `));
      assert.equal(after.file.type === 'client' && after.file.name, 'Acme Bakery');
    }
  });

  it('offers no fix where the intent cannot be guessed (an unclosed bracket)', () => {
    assert.deepEqual(fixesOf(broken('---\nclient: Acme\ncontact: {name: Jane\n---\n')), []);
  });

  it('the lightbulb finds a problem\'s fixes by rule and line', () => {
    const text = '---\nclient: Acme\nclient: Acme Bakery\n---\n';
    const actions = problemActions(broken(text).problems, 'frontmatter-invalid', 3);
    assert.deepEqual(actions.map((action) => action.title), ['Remove line 3, the second client (client: Acme Bakery)', 'Rename the second client to client_2']);
    assert.deepEqual(problemActions(broken(text).problems, 'frontmatter-invalid', 2), []);
  });
});
