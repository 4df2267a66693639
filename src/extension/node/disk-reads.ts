import * as vscode from 'vscode';
import { NodeStore } from '../../cli/node-store';
import { readUpTo } from '../../node/read-up-to';
import type { DiskReads } from '../platform';

/**
 * Files on this disk are listed and read as the command line does: through workspace.fs each
 * file cost a stat and a read over the extension host's file service, seconds for a big ledger.
 */
export const nodeDiskReads: DiskReads = {
  list: async (folder) => (await new NodeStore(folder.fsPath).list().catch(() => [])).map((path) => vscode.Uri.file(path)),
  read: (file, limit) => readUpTo(file.fsPath, limit),
};
