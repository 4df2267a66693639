import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const git = (cwd: string, ...args: string[]) => {
  const result = sh('git', args, cwd);
  assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
};

const check = (cwd: string, ...args: string[]) => sh(process.execPath, [CLI, 'check', 'clients', '--today', '2026-11-20', ...args], cwd);
const filesIn = (stdout: string) => [...new Set(stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]))].sort();

describe('check --changed and the pre-commit hook (a real git repository)', function () {
  this.timeout(HANG_GUARD_MS);
  let repo: string;
  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'ledger-git-'));
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'config', 'user.name', 'Test');
    git(repo, 'config', 'user.email', 'test@example.com');
    cpSync(join(ROOT, 'examples', 'ledger', 'clients'), join(repo, 'clients'), { recursive: true });
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'ledger');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reports only the files changed against HEAD: modified, staged and new', () => {
    const nothing = check(repo, '--changed');
    assert.equal(nothing.stdout, '');
    assert.equal(nothing.code, 0);
    appendFileSync(join(repo, 'clients', 'sunrise-yoga.md'), '- 2026-11-20 email from Maya: thanks\n');
    writeFileSync(join(repo, 'clients', 'new-client.md'), '---\nclient: New\n---\n## Log\n- 2026-11-19 invoice N-1 $100\n- 2026-11-19 invoice N-1 $100\n');
    git(repo, 'add', 'clients/new-client.md');
    writeFileSync(join(repo, 'clients', 'untracked.md'), '---\nclient: Untracked\ndeposit: none\n---\n');
    const result = check(repo, '--changed');
    assert.deepEqual(filesIn(result.stdout), ['clients/new-client.md', 'clients/untracked.md']);
    assert.equal(result.code, 1, 'the staged duplicate invoice is an error');
    const everything = check(repo);
    assert.ok(filesIn(everything.stdout).length > 3, 'without --changed every file speaks');
  });

  it('--against a ref, and clear refusals', () => {
    const first = git(repo, 'rev-parse', 'HEAD').trim();
    appendFileSync(join(repo, 'clients', 'harbor-realty.md'), '- 2026-11-20 email from Tom: here\n');
    git(repo, 'commit', '-q', '-am', 'harbor');
    assert.equal(check(repo, '--changed').stdout, '', 'nothing changed against the new HEAD');
    assert.deepEqual(filesIn(check(repo, '--changed', '--against', first).stdout), ['clients/harbor-realty.md']);
    const unknown = check(repo, '--changed', '--against', 'no-such-ref');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--changed/);
    assert.equal(check(repo, '--against', first).code, 2, '--against needs --changed');
    const outside = mkdtempSync(join(tmpdir(), 'ledger-nogit-'));
    try {
      cpSync(join(ROOT, 'examples', 'ledger', 'clients'), join(outside, 'clients'), { recursive: true });
      const notRepo = check(outside, '--changed');
      assert.equal(notRepo.code, 2);
      assert.match(notRepo.stderr, /--changed: .*(not a git repository|git)/i);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('the documented pre-commit hook blocks a commit that adds an error, and lets warnings through', () => {
    const hook = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, readFileSync(join(ROOT, 'scripts', 'pre-commit')), { mode: 0o755 });
    const env = { CLIENT_LEDGER_CLI: `${process.execPath} ${CLI}` };
    writeFileSync(join(repo, 'clients', 'broken.md'), '---\nclient: Broken\ncontact: {name: Jane\n---\n');
    git(repo, 'add', 'clients/broken.md');
    const blocked = sh('git', ['commit', '-q', '-m', 'broken'], repo, env);
    assert.notEqual(blocked.code, 0, 'the commit is refused');
    assert.match(blocked.stdout + blocked.stderr, /clients\/broken\.md:3:\d+ error frontmatter-invalid/);
    assert.match(blocked.stderr, /adds error findings/);
    writeFileSync(join(repo, 'clients', 'broken.md'), '---\nclient: Broken\ncontact:\n  name: Jane\n---\n');
    git(repo, 'add', 'clients/broken.md');
    const allowed = sh('git', ['commit', '-q', '-m', 'fixed'], repo, env);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout + allowed.stderr, /broken\.md:\d+:\d+ (info|hint|warning) /, 'warnings and notes are shown, not blocking');
  });
});
