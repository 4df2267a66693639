import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

// The issue's "done when": two clones of the sample ledger, each appending to the same clients'
// logs and changing different keys, pull each other's work through a shared repository with the
// driver installed: no conflict, no lost line. All local (file remotes), no network.

const CLI = resolve(__dirname, '../../../dist/cli.js');
const EXAMPLES = resolve(__dirname, '../../../examples/ledger/clients');

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`git could not run: ${result.error.message}`);
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

function setUp(clone: string): void {
  git(clone, 'config', 'user.name', clone.endsWith('a') ? 'Ann' : 'Bea');
  git(clone, 'config', 'user.email', `${clone.slice(-1)}@example.invalid`);
  git(clone, 'config', 'commit.gpgsign', 'false');
  const installed = spawnSync(process.execPath, [CLI, 'install-merge-driver'], { cwd: clone, encoding: 'utf8' });
  assert.equal(installed.status, 0, installed.stderr);
}

function setKey(file: string, key: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
  assert.notEqual(changed, text, `${file} has ${key}`);
  writeFileSync(file, changed);
}

describe('two clones of the sample ledger, merged with the driver', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-clones-'));
    const seed = join(root, 'seed');
    cpSync(EXAMPLES, join(seed, 'clients'), { recursive: true });
    git(root, 'init', '-q', '--bare', '-b', 'main', 'shared.git');
    git(seed, 'init', '-q', '-b', 'main');
    setUp(join(root, 'seed'));
    git(seed, 'add', '.');
    git(seed, 'commit', '-q', '-m', 'the ledger');
    git(seed, 'push', '-q', join(root, 'shared.git'), 'main');
    for (const name of ['a', 'b']) {
      git(root, 'clone', '-q', join(root, 'shared.git'), name);
      setUp(join(root, name));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('each appends to the same logs and changes a different key: pull merges with no conflict and no lost line', () => {
    const a = join(root, 'a');
    const b = join(root, 'b');
    const added: Record<string, string[]> = { 'harbor-realty.md': [], 'brightside-dental.md': [], 'sunrise-yoga.md': [] };
    Object.keys(added).forEach((file, index) => {
      const ours = `- 2026-11-2${index} email to the client: from Ann, ${file}`;
      const theirs = `- 2026-11-1${index + 7} call with the client: from Bea, ${file}`;
      appendFileSync(join(a, 'clients', file), `${ours}\n`);
      appendFileSync(join(b, 'clients', file), `${theirs}\n  - a note Bea kept under her entry\n`);
      added[file].push(ours, theirs, '  - a note Bea kept under her entry');
    });
    setKey(join(a, 'clients', 'harbor-realty.md'), 'rate', '650/month');
    setKey(join(b, 'clients', 'harbor-realty.md'), 'terms', 'net 30');
    git(a, 'commit', '-q', '-am', 'Ann');
    git(a, 'push', '-q', 'origin', 'main');
    git(b, 'commit', '-q', '-am', 'Bea');
    git(b, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    git(b, 'push', '-q', 'origin', 'main');
    git(a, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');

    for (const clone of [a, b]) {
      for (const file of readdirSync(join(clone, 'clients')).filter((name) => name.endsWith('.md'))) {
        assert.doesNotMatch(readFileSync(join(clone, 'clients', file), 'utf8'), /^(<<<<<<<|=======|>>>>>>>)/m, `${file} has no conflict markers`);
      }
      for (const [file, lines] of Object.entries(added)) {
        const text = readFileSync(join(clone, 'clients', file), 'utf8');
        for (const line of lines) assert.ok(text.split('\n').includes(line), `${file} keeps "${line}"`);
        const original = readFileSync(join(EXAMPLES, file), 'utf8').split('\n').filter((line) => line.startsWith('- '));
        for (const line of original) assert.ok(text.split('\n').includes(line), `${file} keeps its old entry "${line}"`);
      }
      const harbor = readFileSync(join(clone, 'clients', 'harbor-realty.md'), 'utf8');
      assert.match(harbor, /^rate: 650\/month$/m);
      assert.match(harbor, /^terms: net 30$/m);
    }
    assert.equal(readFileSync(join(a, 'clients', 'harbor-realty.md'), 'utf8'), readFileSync(join(b, 'clients', 'harbor-realty.md'), 'utf8'), 'both clones end with the same record');
    const check = spawnSync(process.execPath, [CLI, 'check', 'clients', '--today', '2026-11-30', '--format', 'json'], { cwd: b, encoding: 'utf8' });
    const findings = JSON.parse(check.stdout) as { file: string; rule: string }[];
    const merged = findings.filter((finding) => Object.keys(added).some((file) => finding.file.endsWith(file)));
    assert.deepEqual(merged.filter((finding) => finding.rule === 'log-out-of-order' || finding.rule === 'entry-malformed'), [], 'the merged logs are in order and well formed');
  });
});
