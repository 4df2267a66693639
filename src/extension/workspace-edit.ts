import * as vscode from 'vscode';
import type { RecordEdit } from '../core/edits/text-edit';
import { toVsRange } from './source-range';

/** A record edit of the core as text replacements in a WorkspaceEdit (one undo with the rest of it). */
export function toWorkspaceEdit(uri: vscode.Uri, edit: RecordEdit, into = new vscode.WorkspaceEdit()): vscode.WorkspaceEdit {
  for (const change of edit.edits) into.replace(uri, toVsRange(change.range), change.newText);
  return into;
}
