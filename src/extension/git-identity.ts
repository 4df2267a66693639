import * as vscode from 'vscode';
import { gitUser, type Identity } from '../core/owner';

/**
 * The `[user]` of the workspace folder's .git/config, read through workspace.fs so that it works
 * for any scheme that has one; the extension never starts a process.
 */
export async function folderGitUser(folder: vscode.WorkspaceFolder): Promise<Identity> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.git', 'config'));
    return gitUser(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
}

/** What the Next Steps view says when "mine" has no one to look for. */
export function unknownIdentityMessage(sources: string): string {
  return `"Mine" does not know who you are: no git user.name or user.email in ${sources}. Set clientLedger.me to your name or email as written in owner: keys. Until then only clients without an owner are shown.`;
}
