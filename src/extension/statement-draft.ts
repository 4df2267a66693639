import * as vscode from 'vscode';
import { clientUriOf } from './client-actions';
import type { DocumentDrafts } from './document-drafts';
import type { LedgerQueries } from './ledger-queries';
import type { ClientsTreeProvider } from './tree/clients-provider';
import type { LedgerNode } from './tree/tree-nodes';

export const DRAFT_STATEMENT_COMMAND = 'clientLedger.draftStatement';

/**
 * Drafts the statement of account of a client into `<id>/<today>-statement.md` beside its
 * record and opens it: the client of the Clients view's item, a record's uri, or, from the
 * palette, the client picked. Never over an existing file (that one is opened).
 */
export async function draftStatement(queries: LedgerQueries, drafts: DocumentDrafts, tree: ClientsTreeProvider, target?: LedgerNode | vscode.Uri): Promise<vscode.Uri | undefined> {
  await queries.ready;
  const uri = target instanceof vscode.Uri ? target : clientUriOf(target) ?? (await pickClient(tree));
  if (!uri) return undefined;
  const client = queries.client(uri) && queries.parseDocument(await vscode.workspace.openTextDocument(uri));
  if (client?.type !== 'client') {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} is not a client record that can be read: fix it first.`);
    return undefined;
  }
  return drafts.draftNow({ kind: 'statement' }, client, uri);
}

async function pickClient(tree: ClientsTreeProvider): Promise<vscode.Uri | undefined> {
  const clients = tree.snapshot().flatMap((group) => group.clients).filter((node) => node.kind === 'client');
  const picked = await vscode.window.showQuickPick(
    clients.map((node) => ({ label: node.standing.client.name, description: `${node.standing.client.status} · ${node.standing.description}`, uri: node.uri })),
    { title: 'Draft a statement of account for which client?', matchOnDescription: true, placeHolder: 'Type a name, a status or an amount' },
  );
  return picked?.uri;
}
