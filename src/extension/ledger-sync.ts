import * as vscode from 'vscode';
import { SECTION } from './config';
import { Debouncer } from './debouncer';
import type { LedgerWorkspace } from './ledger-workspace';

const FILE_DELAY_MS = 100;
const TYPING_DELAY_MS = 300;
const DAY_CHECK_MS = 60_000;

/**
 * Keeps the ledger current: a narrow watcher per ledger folder, document edits (debounced per
 * file), settings and workspace-folder changes (reload), and midnight (time-based findings).
 */
export function registerLedgerSync(context: vscode.ExtensionContext, workspace: LedgerWorkspace): void {
  const files = new Debouncer<string>(FILE_DELAY_MS);
  const typing = new Debouncer<string>(TYPING_DELAY_MS);
  let watchers: vscode.Disposable[] = [];

  const watch = () => {
    vscode.Disposable.from(...watchers).dispose();
    watchers = workspace.all.map((entry) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(entry.root, '**/*'));
      const refresh = (uri: vscode.Uri) => files.run(uri.toString(), () => void workspace.refreshFile(uri));
      watcher.onDidCreate(refresh);
      watcher.onDidChange(refresh);
      watcher.onDidDelete((uri) => files.run(uri.toString(), () => workspace.removeFile(uri)));
      return watcher;
    });
  };
  const reload = () => void workspace.reload().then(watch);

  let day = workspace.today();
  const clock = setInterval(() => {
    if (workspace.today() === day) return;
    day = workspace.today();
    void workspace.reload();
  }, DAY_CHECK_MS);

  context.subscriptions.push(
    files,
    typing,
    { dispose: () => clearInterval(clock) },
    { dispose: () => vscode.Disposable.from(...watchers).dispose() },
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !workspace.isLedgerFile(event.document.uri)) return;
      typing.run(event.document.uri.toString(), () => workspace.updateFromDocument(event.document));
    }),
    vscode.workspace.onDidOpenTextDocument((document) => workspace.updateFromDocument(document)),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (workspace.isLedgerFile(document.uri)) void workspace.refreshFile(document.uri, { fromDisk: true });
    }),
    vscode.workspace.onDidRenameFiles((event) => {
      for (const { oldUri, newUri } of event.files) {
        workspace.removeFile(oldUri);
        void workspace.refreshFile(newUri);
      }
    }),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => workspace.removeFile(uri))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reload),
  );
  reload();
}

