import { realpath } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import type * as vscode from 'vscode';
import { linkFree } from '../link-free';

/**
 * Whether a file of the ledger really lies inside its folder once symbolic links are resolved:
 * a link to a file elsewhere on the disk is not read (file search follows links). On other
 * schemes no link is followed at all.
 */
export async function staysInside(folder: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  if (folder.scheme !== 'file' || file.scheme !== 'file') return linkFree(folder, file);
  try {
    const [root, target] = await Promise.all([realpath(folder.fsPath), realpath(file.fsPath)]);
    const path = relative(root, target);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  } catch {
    return true; // gone or unreadable: the read that follows says which
  }
}
