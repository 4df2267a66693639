import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { gitUser, type Identity } from '../core/owner';

/**
 * You, for "mine" in the Next Steps view: the setting clientLedger.me (`me`) when set, else the git
 * identity of the workspace folder (its .git/config, then ~/.gitconfig), read from the files:
 * the extension never starts a process.
 */
export function myIdentity(folder: vscode.WorkspaceFolder, me: string): Identity {
  if (me !== '') return me.includes('@') ? { email: me } : { name: me };
  const local = folder.uri.scheme === 'file' ? readUser(join(folder.uri.fsPath, '.git', 'config')) : {};
  const global = readUser(join(homedir(), '.gitconfig'));
  return { name: local.name ?? global.name, email: local.email ?? global.email };
}

function readUser(path: string): Identity {
  try {
    return gitUser(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}
