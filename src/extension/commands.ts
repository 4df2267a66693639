import * as vscode from 'vscode';
import { fileExists } from './file-exists';
import { clientIdFromName, newClientRecord } from '../core/templates/new-client';
import type { LedgerIndex } from './ledger-index';
import type { LedgerQueries } from './ledger-queries';
import type { ClientsTreeProvider } from './tree/clients-provider';
import type { LedgerNode } from './tree/tree-nodes';
import { openAt } from './tree/tree-nodes';

export const COMMANDS = {
  refresh: 'clientLedger.refresh',
  newClient: 'clientLedger.newClient',
  openClient: 'clientLedger.openClient',
  revealInTree: 'clientLedger.revealInTree',
} as const;

export function registerCommands(
  context: vscode.ExtensionContext,
  index: LedgerIndex,
  queries: LedgerQueries,
  tree: ClientsTreeProvider,
  view: vscode.TreeView<LedgerNode>,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.refresh, () => index.reload(true)),
    vscode.commands.registerCommand(COMMANDS.newClient, (name?: string) => newClient(queries, name)),
    vscode.commands.registerCommand(COMMANDS.openClient, () => openClient(tree)),
    vscode.commands.registerCommand(COMMANDS.revealInTree, (uri?: vscode.Uri) => revealInTree(queries, tree, view, uri)),
  );
}

/** Asks for a name, writes a well-formed record as one undoable edit, and opens it. */
export async function newClient(queries: LedgerQueries, givenName?: string): Promise<vscode.Uri | undefined> {
  await queries.ready;
  const entry = await pickFolder(queries);
  if (!entry) return undefined;
  const name = givenName ?? (await vscode.window.showInputBox({
    title: 'New client',
    prompt: 'The client\'s name, as you address them',
    placeHolder: 'Acme Bakery',
    validateInput: (value) => (value.trim() === '' ? 'Enter a name' : undefined),
  }));
  if (!name?.trim()) return undefined;
  const uri = vscode.Uri.joinPath(entry.root, `${clientIdFromName(name.trim())}.md`);
  if (await fileExists(uri)) {
    void vscode.window.showErrorMessage(`A client record ${vscode.workspace.asRelativePath(uri)} already exists; it was not changed.`);
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  const contents = new TextEncoder().encode(newClientRecord(name.trim(), queries.today(), entry.config.currency));
  edit.createFile(uri, { contents, ignoreIfExists: true });
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

async function pickFolder(queries: LedgerQueries) {
  const folders = queries.all;
  if (folders.length <= 1) return folders[0];
  const picked = await vscode.window.showQuickPick(
    folders.map((entry) => ({ label: entry.folder.name, description: vscode.workspace.asRelativePath(entry.root), entry })),
    { title: 'New client: which workspace folder?' },
  );
  return picked?.entry;
}

async function openClient(tree: ClientsTreeProvider): Promise<void> {
  const clients = tree.snapshot().flatMap((group) => group.clients);
  const picked = await vscode.window.showQuickPick(
    clients.map((node) => ({
      label: node.kind === 'client' ? node.standing.client.name : node.standing.id,
      description: node.kind === 'client' ? `${node.standing.client.status} · ${node.standing.description}` : `cannot be read · ${node.standing.description}`,
      detail: node.standing.findings.length ? `${node.standing.findings.length} findings` : undefined,
      node,
    })),
    { title: 'Open client', matchOnDescription: true, placeHolder: 'Type a name, a status or an amount' },
  );
  if (!picked) return;
  const { node } = picked;
  const command = openAt(node.uri, node.kind === 'client' ? node.standing.clientKey : node.standing.findings[0]?.range);
  await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

async function revealInTree(queries: LedgerQueries, tree: ClientsTreeProvider, view: vscode.TreeView<LedgerNode>, given?: vscode.Uri) {
  await queries.ready;
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  const node = uri ? tree.nodeOf(uri) ?? documentOwner(tree, uri) : undefined;
  if (!node) {
    void vscode.window.showInformationMessage('The current file is not a client record or document of the ledger.');
    return;
  }
  await view.reveal(node, { select: true, focus: true, expand: true });
}

function documentOwner(tree: ClientsTreeProvider, uri: vscode.Uri) {
  const key = uri.toString();
  for (const group of tree.snapshot()) {
    for (const client of group.clients) if (client.kind === 'client' && client.documents.some((document) => document.file === key)) return client;
  }
  return undefined;
}
