import * as vscode from 'vscode';
import { recordActionsForClient } from '../core/edits/record-actions';
import { select, toWorkspaceEdit } from './code-actions';
import type { LedgerWorkspace } from './ledger-workspace';
import type { LedgerNode } from './tree/tree-nodes';

export const CLIENT_ACTIONS_COMMAND = 'clientLedger.clientActions';

/**
 * The quick fixes of a client without a diagnostic at hand: from the tree's context menu (the
 * node) or the palette (the active file's client). Picked, applied as one undoable edit.
 */
export async function pickClientAction(workspace: LedgerWorkspace, node?: LedgerNode): Promise<boolean> {
  const uri = clientUriOf(node) ?? vscode.window.activeTextEditor?.document.uri;
  const document = uri && workspace.client(uri) ? await vscode.workspace.openTextDocument(uri) : undefined;
  const client = document && workspace.parseDocument(document);
  if (!document || client?.type !== 'client') {
    void vscode.window.showInformationMessage('Open a client record, or pick a client in the Clients view.');
    return false;
  }
  const actions = recordActionsForClient(client, document.getText(), workspace.today());
  const picked = await vscode.window.showQuickPick(
    actions.map((action) => ({ label: action.title, action })),
    { title: `Next step for ${client.name}`, placeHolder: actions.length ? 'Pick what to do' : 'Nothing to do for this client now' },
  );
  if (!picked) return false;
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document.uri, picked.action.edit)))) return false;
  const selection = picked.action.edit.selection;
  if (selection) await select(document.uri, [selection.start.line - 1, selection.start.column - 1, selection.end.line - 1, selection.end.column - 1]);
  return true;
}

function clientUriOf(node?: LedgerNode): vscode.Uri | undefined {
  if (!node) return undefined;
  if (node.kind === 'client') return node.uri;
  if (node.kind === 'section') return node.parent.uri;
  if (node.kind === 'leaf') return node.parent.parent.uri;
  return undefined;
}
