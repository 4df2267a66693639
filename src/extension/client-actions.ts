import * as vscode from 'vscode';
import { documentRequestsForClient } from '../core/documents/document-actions';
import { recordActionsForClient, type RecordAction } from '../core/edits/record-actions';
import { select } from './code-actions';
import { toWorkspaceEdit } from './workspace-edit';
import type { DocumentDrafts } from './document-drafts';
import type { LedgerQueries } from './ledger-queries';
import type { LedgerNode } from './tree/tree-nodes';

export const CLIENT_ACTIONS_COMMAND = 'clientLedger.clientActions';

/**
 * The quick fixes and drafts of a client without a diagnostic at hand: from the tree's context
 * menu (the node) or the palette (the active file's client). Picked, applied as one undoable edit.
 */
export async function pickClientAction(queries: LedgerQueries, drafts: DocumentDrafts, node?: LedgerNode): Promise<boolean> {
  const uri = clientUriOf(node) ?? vscode.window.activeTextEditor?.document.uri;
  const document = uri && queries.client(uri) ? await vscode.workspace.openTextDocument(uri) : undefined;
  const client = document && queries.parseDocument(document);
  if (!document || client?.type !== 'client') {
    void vscode.window.showInformationMessage('Open a client record, or pick a client in the Clients view.');
    return false;
  }
  const actions = recordActionsForClient(client, document.getText(), queries.today());
  const documents = (await Promise.all(documentRequestsForClient(client, queries.today()).map((request) => drafts.actions(request, client, document)))).flat();
  const items: (vscode.QuickPickItem & { run: () => Promise<boolean> })[] = [
    ...actions.map((action) => ({ label: action.title, run: () => applyRecordAction(document.uri, action) })),
    ...documents.map((action) => ({ label: action.title, run: async () => runCodeAction(await drafts.resolve(action)) })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: `Next step for ${client.name}`, placeHolder: 'Pick what to do' });
  return picked ? picked.run() : false;
}

export async function applyRecordAction(uri: vscode.Uri, action: RecordAction): Promise<boolean> {
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(uri, action.edit)))) return false;
  const selection = action.edit.selection;
  if (selection) await select(uri, selection);
  return true;
}

export async function runCodeAction(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return true;
}

/** The client record a node of the Clients view belongs to. */
export function clientUriOf(node?: LedgerNode): vscode.Uri | undefined {
  if (!node) return undefined;
  if (node.kind === 'client') return node.uri;
  if (node.kind === 'section') return node.parent.uri;
  if (node.kind === 'leaf') return node.parent.parent.uri;
  return undefined;
}
