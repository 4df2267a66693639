import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { gitUser, type Identity } from '../../core/owner';
import { folderGitUser, layered } from '../git-identity';

/** The git identity on the desktop: the folder's .git/config, then ~/.gitconfig. */
export async function nodeGitIdentity(folder: vscode.WorkspaceFolder): Promise<Identity> {
  const [local, global] = await Promise.all([folderGitUser(folder), globalGitUser()]);
  return layered(local, global);
}

async function globalGitUser(): Promise<Identity> {
  try {
    return gitUser(await readFile(join(homedir(), '.gitconfig'), 'utf8'));
  } catch {
    return {};
  }
}
