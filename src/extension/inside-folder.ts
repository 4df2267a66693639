import { realpath } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import * as vscode from 'vscode';

/**
 * Whether a file of the ledger really lies inside its folder once symbolic links are resolved:
 * a link to a file elsewhere on the disk is not read (file search follows links). Other
 * schemes have no links we can see, so their files count as inside.
 */
export async function staysInside(folder: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  if (folder.scheme !== 'file' || file.scheme !== 'file') return true;
  try {
    const [root, target] = await Promise.all([realpath(folder.fsPath), realpath(file.fsPath)]);
    const path = relative(root, target);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  } catch {
    return true; // gone or unreadable: the read that follows says which
  }
}
