import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gitUser, layered, type Identity } from '../core/owner';

/**
 * Who git says you are in a folder: the `[user]` of the config of the repository the folder is
 * in, over the one of ~/.gitconfig (the home folder as HOME names it). The command line's
 * `--mine` and the desktop extension's "mine" read it alike; no git process is started.
 */
export async function gitIdentity(folder: string): Promise<Identity> {
  const [local, global] = await Promise.all([repositoryGitUser(folder), globalGitUser()]);
  return layered(local, global);
}

export async function globalGitUser(): Promise<Identity> {
  return userOf(join(homedir(), '.gitconfig'));
}

/** The `[user]` of the config of the nearest repository at or above the folder; nothing outside one. */
export async function repositoryGitUser(folder: string): Promise<Identity> {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const gitDir = await gitDirectory(join(dir, '.git'));
    if (gitDir !== undefined) return userOf(join(await commonDirectory(gitDir), 'config'));
    if (dirname(dir) === dir) return {};
  }
}

/** `.git` when it is a folder; the folder a `.git` file names (`gitdir: PATH`: a worktree, a submodule). */
async function gitDirectory(dotGit: string): Promise<string | undefined> {
  const info = await stat(dotGit).catch(() => undefined);
  if (info?.isDirectory()) return dotGit;
  if (!info?.isFile()) return undefined;
  const named = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
  return named ? resolve(dirname(dotGit), named[1]) : undefined;
}

/** A worktree's git folder keeps its config in the main repository's (named by its `commondir`). */
async function commonDirectory(gitDir: string): Promise<string> {
  const common = await readFile(join(gitDir, 'commondir'), 'utf8').catch(() => undefined);
  return common === undefined ? gitDir : resolve(gitDir, common.trim());
}

async function userOf(configFile: string): Promise<Identity> {
  return readFile(configFile, 'utf8').then(gitUser, () => ({}));
}
