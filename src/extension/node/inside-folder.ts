import type * as vscode from 'vscode';
import { staysInside as pathStaysInside } from '../../node/inside-folder';
import { linkFree } from '../link-free';

/**
 * Whether a file of the ledger really lies inside its folder once symbolic links are resolved:
 * a link to a file elsewhere on the disk is not read (file search follows links). On other
 * schemes no link is followed at all.
 */
export async function staysInside(folder: vscode.Uri, file: vscode.Uri): Promise<boolean> {
  if (folder.scheme !== 'file' || file.scheme !== 'file') return linkFree(folder, file);
  return pathStaysInside(folder.fsPath, file.fsPath);
}
