import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientLedgerApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'client-ledger.client-ledger';

export async function api(): Promise<ClientLedgerApi> {
  const extension = vscode.extensions.getExtension<ClientLedgerApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const exported = await extension.activate();
  await exported.queries.ready;
  return exported;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder.uri;
}

export function clientUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'clients', ...parts);
}

/**
 * How long a wait for the extension may last before it fails: far above what it takes on a
 * loaded machine (the waits end as soon as their condition holds), below the suite's hang guard.
 */
export const WAIT_MS = 60_000;

/** Polls until `check` returns a value other than undefined, or fails with `what` after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | Promise<T | undefined>, ms = WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function folderAt(uri: vscode.Uri): number {
  return (vscode.workspace.workspaceFolders ?? []).findIndex((folder) => folder.uri.toString() === uri.toString());
}

/**
 * Waits until the multi-root test window's workspace file names the folder `name` or no longer
 * does: VS Code writes that file after the folder list changes, and refuses a settings update
 * while the write is pending ("the file has unsaved changes").
 */
async function workspaceFileWritten(name: string, listed: boolean): Promise<void> {
  const file = vscode.workspace.workspaceFile;
  if (!file || file.scheme === 'untitled') return;
  await waitFor(`the workspace file ${listed ? 'naming' : 'without'} ${name}`, async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    return text.includes(JSON.stringify(name)) === listed ? true : undefined;
  });
}

/** Adds a workspace folder at the end and waits until VS Code has it, the workspace file too. */
export async function addWorkspaceFolder(uri: vscode.Uri, name: string): Promise<void> {
  assert.ok(vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri, name }), 'the folder can be added');
  await waitFor(`${name} in the workspace`, () => (folderAt(uri) >= 0 ? true : undefined));
  await workspaceFileWritten(name, true);
}

/** Closes the editors and removes a workspace folder, if there, waiting as addWorkspaceFolder does. */
export async function removeWorkspaceFolder(uri: vscode.Uri, name: string): Promise<void> {
  const at = folderAt(uri);
  if (at < 0) return;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  assert.ok(vscode.workspace.updateWorkspaceFolders(at, 1), 'the folder can be removed');
  await waitFor(`${name} to leave the workspace`, () => (folderAt(uri) < 0 ? true : undefined));
  await workspaceFileWritten(name, false);
}

/**
 * Picks the first item of the quick pick that a running command shows, whenever it shows:
 * the accept is repeated until the command settles (an accept before the items are there does
 * nothing), so no guess at how long the quick pick takes to open.
 */
export async function acceptFirstPick<T>(running: Thenable<T>, what: string): Promise<T> {
  let settled = false;
  const result = Promise.resolve(running).finally(() => {
    settled = true;
  });
  result.catch(() => undefined);
  await waitFor(what, async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 100))]);
    return settled ? true : undefined;
  });
  return result;
}

/** The Client Ledger diagnostics of a file as comparable tuples. */
export function diagnosticsOf(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === 'Client Ledger')
    .map((diagnostic) => describe(diagnostic));
}

export function describe(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const { start, end } = diagnostic.range;
  const severity = ['error', 'warning', 'info', 'hint'][diagnostic.severity];
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${severity} ${code}`;
}

export function rulesOf(uri: vscode.Uri): string[] {
  return diagnosticsOf(uri).map((text) => text.split(' ')[2]);
}

/** The quick fixes VS Code gets from the providers for the first `rule` diagnostic of a file. */
export async function quickFixes(uri: vscode.Uri, rule: string): Promise<vscode.CodeAction[]> {
  await vscode.workspace.openTextDocument(uri);
  const diagnostic = await waitFor(`a ${rule} diagnostic`, () =>
    vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === rule));
  // The command's results do not carry their diagnostics back: the range picks them.
  return waitFor(`quick fixes for ${rule}`, async () => {
    const actions = await vscode.commands
      .executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10)
      .then(undefined, () => []);
    const fixes = actions.filter((action) => action.kind?.value === 'quickfix');
    return fixes.length > 0 ? fixes : undefined;
  });
}

/** The 1-based line of the file that starts with `prefix` (after leading spaces). */
export async function lineStarting(uri: vscode.Uri, prefix: string): Promise<number> {
  const lines = (await vscode.workspace.openTextDocument(uri)).getText().split('\n');
  const index = lines.findIndex((line) => line.trimStart().startsWith(prefix));
  if (index === -1) throw new Error(`${uri.path} has no line starting with ${prefix}`);
  return index + 1;
}

/** Applies a quick fix's edit, checks the result, then one undo restores the exact text (the file is reverted after). */
export async function applyAndUndo(uri: vscode.Uri, action: vscode.CodeAction, check: (after: string) => void): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const before = document.getText();
  assert.ok(action.edit, `${action.title} carries a WorkspaceEdit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  try {
    check(document.getText());
  } finally {
    await vscode.commands.executeCommand('undo');
    const undone = document.getText();
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(undone, before, 'one undo restores the exact text');
  }
}
