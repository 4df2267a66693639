import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

const CLI = resolve(__dirname, '../../../dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../../examples/ledger/clients');
const HARBOR = 'clients/harbor-realty.md';
const GREENLEAF = 'clients/greenleaf-coaching.md';

/** Runs git in the repository; a missing git fails the test loudly. */
function git(root: string, ...args: string[]) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.error) throw new Error(`git could not run (is it installed?): ${result.error.message}`);
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function gitOk(root: string, ...args: string[]): string {
  const result = git(root, ...args);
  assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.output}`);
  return result.output;
}

function replaceLine(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  assert.ok(text.includes(`\n${from}\n`), `${file} has no line ${from}`);
  writeFileSync(join(root, file), text.replace(`\n${from}\n`, `\n${to}\n`));
}

function commitBranch(root: string, branch: string, change: () => void): void {
  gitOk(root, 'checkout', '-q', '-b', branch, 'main');
  change();
  gitOk(root, 'commit', '-q', '-am', branch);
}

describe('client-ledger merge driver (real git, the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-merge-'));
    gitOk(root, 'init', '-q', '-b', 'main');
    gitOk(root, 'config', 'user.name', 'Ledger Test');
    gitOk(root, 'config', 'user.email', 'ledger@example.invalid');
    gitOk(root, 'config', 'commit.gpgsign', 'false');
    mkdirSync(join(root, 'clients'));
    for (const file of [HARBOR, GREENLEAF]) copyFileSync(join(EXAMPLES, file.slice('clients/'.length)), join(root, file));
    const installed = spawnSync(process.execPath, [CLI, 'install-merge-driver'], { cwd: root, encoding: 'utf8' });
    assert.equal(installed.status, 0, installed.stderr);
    const again = spawnSync(process.execPath, [CLI, 'install-merge-driver', '--folder', 'clients'], { cwd: root, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    assert.equal(readFileSync(join(root, '.gitattributes'), 'utf8'), 'clients/**/*.md merge=client-ledger\n', 'installed once');
    assert.match(gitOk(root, 'config', 'merge.client-ledger.driver'), /cli\.js'? merge %O %A %B %P/);
    gitOk(root, 'add', '.');
    gitOk(root, 'commit', '-q', '-m', 'two clients');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const linesA: Record<string, string> = { [HARBOR]: '- 2026-11-18 email to Tom: sent the invoice', [GREENLEAF]: '- 2026-11-19 work 1h: newsletter' };
  const linesB: Record<string, string> = { [HARBOR]: '- 2026-11-14 note: Tom is travelling', [GREENLEAF]: '- 2026-11-18 call with Jordan: planned December' };

  function appendEntries(lines: Record<string, string>): void {
    for (const [file, line] of Object.entries(lines)) appendFileSync(join(root, file), `${line}\n`);
  }

  /** Branch a raises Harbor's rate, branch b changes `bFrom` to `bTo`; both append entries; a merges b. */
  function mergeBranches(bFrom: string, bTo: string) {
    commitBranch(root, 'a', () => {
      appendEntries(linesA);
      replaceLine(root, HARBOR, 'rate: 600/month', 'rate: 650/month');
    });
    commitBranch(root, 'b', () => {
      appendEntries(linesB);
      replaceLine(root, HARBOR, bFrom, bTo);
    });
    gitOk(root, 'checkout', '-q', 'a');
    return git(root, 'merge', '--no-edit', 'b');
  }

  it('merges appends to the same logs and different key changes cleanly', () => {
    const merge = mergeBranches('terms: net 14', 'terms: net 7');
    assert.equal(merge.code, 0, merge.output);
    for (const file of [HARBOR, GREENLEAF]) {
      const text = readFileSync(join(root, file), 'utf8');
      assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
      assert.ok(text.includes(`\n${linesA[file]}\n`) && text.includes(`\n${linesB[file]}\n`), text);
    }
    const harbor = readFileSync(join(root, HARBOR), 'utf8');
    assert.match(harbor, /\nrate: 650\/month\nterms: net 7\n/);
    assert.ok(harbor.indexOf(linesB[HARBOR]) < harbor.indexOf(linesA[HARBOR]), 'sorted by date');
  });

  it('stops on the same key changed differently, with markers only around that key', () => {
    const merge = mergeBranches('rate: 600/month', 'rate: 700/month');
    assert.notEqual(merge.code, 0, merge.output);
    const harbor = readFileSync(join(root, HARBOR), 'utf8');
    assert.match(harbor, /\n<<<<<<< ours\nrate: 650\/month\n=======\nrate: 700\/month\n>>>>>>> theirs\nterms: net 14\n/);
    assert.equal(harbor.match(/^<<<<<<< /gm)?.length, 1);
    assert.ok(harbor.includes(`\n${linesA[HARBOR]}\n`) && harbor.includes(`\n${linesB[HARBOR]}\n`), harbor);
    const greenleaf = readFileSync(join(root, GREENLEAF), 'utf8');
    assert.doesNotMatch(greenleaf, /^<<<<<<< /m);
    assert.ok(greenleaf.includes(`\n${linesA[GREENLEAF]}\n`) && greenleaf.includes(`\n${linesB[GREENLEAF]}\n`), greenleaf);
    assert.match(gitOk(root, 'status', '--porcelain'), /^UU clients\/harbor-realty\.md$/m);
  });
});

describe('client-ledger merge (command line errors)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-merge-cli-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function run(...args: string[]) {
    const env = { ...process.env, GIT_CEILING_DIRECTORIES: dirname(root) };
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd: root, encoding: 'utf8', env });
    return { code: result.status, stderr: result.stderr };
  }

  it('exits 2 on a wrong number of arguments or a missing file, and leaves OURS alone', () => {
    assert.equal(run('merge', 'base.md', 'ours.md').code, 2);
    writeFileSync(join(root, 'ours.md'), 'ours\n');
    const missing = run('merge', 'base.md', 'ours.md', 'theirs.md', 'clients/x.md');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^client-ledger: merge clients\/x\.md: /);
    assert.equal(readFileSync(join(root, 'ours.md'), 'utf8'), 'ours\n');
  });

  it('exits 1 and writes the markers into OURS when conflicts remain', () => {
    writeFileSync(join(root, 'base.md'), 'a\nb\nc\n');
    writeFileSync(join(root, 'ours.md'), 'a\nours\nc\n');
    writeFileSync(join(root, 'theirs.md'), 'a\ntheirs\nc\n');
    const result = run('merge', 'base.md', 'ours.md', 'theirs.md');
    assert.equal(result.code, 1);
    assert.equal(readFileSync(join(root, 'ours.md'), 'utf8'), 'a\n<<<<<<< ours\nours\n=======\ntheirs\n>>>>>>> theirs\nc\n');
  });

  it('install-merge-driver exits 2 outside a git repository', () => {
    const result = run('install-merge-driver');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^client-ledger: git rev-parse failed/);
  });
});
