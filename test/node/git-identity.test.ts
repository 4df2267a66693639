import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitIdentity, repositoryGitUser } from '../../src/node/git-identity';

describe('the git identity of a folder (src/node/git-identity.ts)', () => {
  let root: string;
  let home: string | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'git-identity-'));
    home = process.env.HOME;
    process.env.HOME = join(root, 'home');
    mkdirSync(join(root, 'home'));
  });
  afterEach(() => {
    if (home === undefined) delete process.env.HOME;
    else process.env.HOME = home;
    rmSync(root, { recursive: true, force: true });
  });

  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it("takes the repository's [user] over ~/.gitconfig, key by key, from a folder deep inside it", async () => {
    write('home/.gitconfig', '[user]\n\tname = Global Name\n\temail = global@example.com\n');
    write('repo/.git/config', '[core]\n\tbare = false\n[user]\n\temail = maria@example.com\n');
    mkdirSync(join(root, 'repo', 'ledger', 'clients'), { recursive: true });
    assert.deepEqual(await gitIdentity(join(root, 'repo', 'ledger', 'clients')), { name: 'Global Name', email: 'maria@example.com' });
  });

  it('outside a repository, ~/.gitconfig alone; with neither, no one', async () => {
    mkdirSync(join(root, 'plain'));
    assert.deepEqual(await gitIdentity(join(root, 'plain')), { name: undefined, email: undefined });
    write('home/.gitconfig', '[user]\n\tname = Global Name\n');
    assert.deepEqual(await gitIdentity(join(root, 'plain')), { name: 'Global Name', email: undefined });
  });

  it("follows a worktree's .git file to the main repository's config", async () => {
    write('main/.git/config', '[user]\n\tname = Maria Lopez\n');
    write('main/.git/worktrees/side/commondir', '../..\n');
    write('side/.git', `gitdir: ${join(root, 'main', '.git', 'worktrees', 'side')}\n`);
    assert.deepEqual(await repositoryGitUser(join(root, 'side')), { name: 'Maria Lopez' });
  });

  it("follows a submodule's relative gitdir to its own config", async () => {
    write('super/.git/modules/sub/config', '[user]\n\tname = Sub Owner\n');
    write('super/.git/config', '[user]\n\tname = Super Owner\n');
    write('super/sub/.git', 'gitdir: ../.git/modules/sub\n');
    assert.deepEqual(await repositoryGitUser(join(root, 'super', 'sub')), { name: 'Sub Owner' });
  });
});
