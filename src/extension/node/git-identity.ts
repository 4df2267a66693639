import type * as vscode from 'vscode';
import { layered, type Identity } from '../../core/owner';
import { gitIdentity, globalGitUser } from '../../node/git-identity';
import { folderGitUser } from '../git-identity';

/**
 * The git identity on the desktop, as the command line reads it: the config of the folder's
 * repository, then ~/.gitconfig; a folder that is not on this disk, its own .git/config.
 */
export async function nodeGitIdentity(folder: vscode.WorkspaceFolder): Promise<Identity> {
  if (folder.uri.scheme === 'file') return gitIdentity(folder.uri.fsPath);
  const [local, global] = await Promise.all([folderGitUser(folder), globalGitUser()]);
  return layered(local, global);
}
