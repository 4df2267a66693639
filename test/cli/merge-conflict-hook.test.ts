import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RECORD = join('clients', 'harbor-realty.md');

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const git = (cwd: string, ...args: string[]) => {
  const result = sh('git', args, cwd);
  assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

/** Two branches set harbor-realty's terms differently; merging them leaves git's markers in it. */
function conflictedRepository(style: 'merge' | 'diff3'): string {
  const repo = mkdtempSync(join(tmpdir(), 'ledger-conflict-'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'user.name', 'Test');
  git(repo, 'config', 'user.email', 'test@example.com');
  git(repo, 'config', 'merge.conflictStyle', style);
  cpSync(join(ROOT, 'examples', 'ledger', 'clients'), join(repo, 'clients'), { recursive: true });
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'ledger');
  const setTerms = (terms: string) => writeFileSync(join(repo, RECORD), readFileSync(join(repo, RECORD), 'utf8').replace('terms: net 14', `terms: ${terms}`));
  git(repo, 'checkout', '-q', '-b', 'other');
  setTerms('net 30');
  git(repo, 'commit', '-q', '-am', 'net 30');
  git(repo, 'checkout', '-q', 'main');
  setTerms('net 7');
  git(repo, 'commit', '-q', '-am', 'net 7');
  const merge = sh('git', ['merge', '-q', 'other'], repo);
  assert.notEqual(merge.code, 0, 'the merge stops on the conflict');
  assert.match(readFileSync(join(repo, RECORD), 'utf8'), /^<<<<<<< HEAD\nterms: net 7\n/m);
  return repo;
}

describe('merge conflict markers and the pre-commit hook (a real git repository)', () => {
  let repo: string | undefined;
  afterEach(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
    repo = undefined;
  });

  it('check reports the conflict as an error (exit 1) and still checks the record', () => {
    repo = conflictedRepository('diff3');
    const result = sh(process.execPath, [CLI, 'check', 'clients', '--today', '2026-11-20'], repo);
    assert.equal(result.code, 1);
    const line = readFileSync(join(repo, RECORD), 'utf8').split('\n').indexOf('<<<<<<< HEAD') + 1;
    assert.match(result.stdout, new RegExp(`^clients/harbor-realty\\.md:${line}:1 error merge-conflict Unresolved merge conflict, lines ${line}-${line + 6}: `, 'm'));
    assert.match(result.stdout, /^clients\/harbor-realty\.md:\d+:3 warning awaiting-reply /m, 'the rest of the record is checked');
    const sarif = JSON.parse(sh(process.execPath, [CLI, 'check', 'clients', '--today', '2026-11-20', '--format', 'sarif'], repo).stdout);
    const found = sarif.runs[0].results.find((item: { ruleId: string }) => item.ruleId === 'merge-conflict');
    assert.deepEqual(found.relatedLocations.map((place: { physicalLocation: { region: { startLine: number } } }) => place.physicalLocation.region.startLine), [line + 2, line + 4, line + 6]);
    assert.ok(sarif.runs[0].tool.driver.rules.some((rule: { id: string }) => rule.id === 'merge-conflict'));
  });

  it('the documented hook blocks a commit that keeps the markers, and lets the resolved record through', () => {
    repo = conflictedRepository('merge');
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readFileSync(join(ROOT, 'scripts', 'pre-commit')), { mode: 0o755 });
    const env = { CLIENT_LEDGER_CLI: `${process.execPath} ${CLI}` };
    git(repo, 'add', RECORD);
    const blocked = sh('git', ['commit', '-q', '--no-edit'], repo, env);
    assert.notEqual(blocked.code, 0, 'the commit is refused');
    assert.match(blocked.stdout + blocked.stderr, /clients\/harbor-realty\.md:\d+:1 error merge-conflict /);
    assert.match(blocked.stderr, /adds error findings/);
    const text = readFileSync(join(repo, RECORD), 'utf8');
    writeFileSync(join(repo, RECORD), text.replace(/<<<<<<< HEAD\nterms: net 7\n=======\nterms: net 30\n>>>>>>> other\n/, 'terms: net 30\n'));
    git(repo, 'add', RECORD);
    const allowed = sh('git', ['commit', '-q', '--no-edit'], repo, env);
    assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
  });
});
