import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordText } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');

function check(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, 'check', 'notes', '--today', '2026-11-20', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FORMAT = `The format of a record is described in ${join(ROOT, 'docs', 'format.md')}.`;

describe('client-ledger check on a folder without client records (the bundled CLI)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-none-'));
    mkdirSync(join(root, 'notes'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const notes = (count: number) => {
    for (let index = 0; index < count; index++) writeFileSync(join(root, 'notes', `note-${index}.md`), index % 2 ? '# Meeting notes\n\n- a list\n' : '---\ntitle: A blog post\n---\ntext\n');
  };

  it('says that none of the files is a client record, how many were skipped, and where the format is described; exit 2', () => {
    notes(50);
    const result = check(root);
    assert.equal(result.code, 2, 'nothing was checked: a CI job pointed at the wrong folder fails');
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `client-ledger: no client record in notes: none of its 50 markdown files is one (a client: key in the frontmatter, and no document: key); 50 skipped (no frontmatter, or neither client: nor document: in it). ${FORMAT}\n`);
    assert.doesNotMatch(result.stderr, /No findings/);
  });

  it('says the same in every format and on worker threads', () => {
    notes(3);
    const json = check(root, ['--format', 'json']);
    assert.equal(json.code, 2);
    assert.equal(json.stdout, '[]\n');
    assert.match(json.stderr, /^client-ledger: no client record in notes: none of its 3 markdown files is one /);
    const sarif = check(root, ['--format', 'sarif']);
    assert.equal(sarif.code, 2);
    assert.deepEqual(JSON.parse(sarif.stdout).runs[0].results, []);
    const workers = check(root, [], { CLIENT_LEDGER_WORKERS: '2' });
    assert.deepEqual(workers, check(root));
    const report = check(root, ['--report', join(root, 'report.md')]);
    assert.equal(report.code, 2);
    assert.match(report.stderr, /^Report written to .*\nclient-ledger: no client record in notes: /);
  });

  it('names an empty folder', () => {
    const result = check(root);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, `client-ledger: no client record in notes: it holds no markdown (.md) file, and a client record is a .md file with a client: key in its frontmatter. ${FORMAT}\n`);
  });

  it('still prints what it found in documents and broken files, and counts them apart', () => {
    notes(2);
    writeFileSync(join(root, 'notes', 'plan.md'), '---\ndocument: salvage-plan\nclient: acme\n---\n');
    writeFileSync(join(root, 'notes', 'stray.md'), '---\ntitle: [unclosed\n---\n');
    const result = check(root);
    assert.equal(result.code, 2);
    assert.match(result.stdout, /^notes\/plan\.md:3:9 warning document-client-unknown /m);
    assert.match(result.stdout, /^notes\/stray\.md:\d+:\d+ error frontmatter-invalid /m);
    assert.match(result.stderr, /none of its 4 markdown files is one \(a client: key in the frontmatter, and no document: key\); 2 skipped \(no frontmatter, or neither client: nor document: in it\), 1 document checked, 1 with frontmatter that cannot be read\. /);
  });

  it('counts a record that cannot be read as a record: its error, exit 1', () => {
    notes(2);
    writeFileSync(join(root, 'notes', 'acme.md'), '---\nclient: Acme\nclient: Acme Co\n---\n');
    const result = check(root);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^notes\/acme\.md:3:1 error frontmatter-invalid YAML error: Map keys must be unique$/m);
    assert.equal(result.stderr, '1 finding (1 error) in 1 of 3 files.\n');
  });

  it('is unchanged with one client record: no findings, exit 0', () => {
    notes(2);
    writeFileSync(join(root, 'notes', 'acme.md'), recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jo']));
    const result = check(root);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'No findings in 3 files.\n');
  });
});
