import * as vscode from 'vscode';
import { SECTION } from './config';
import { Debouncer } from './debouncer';
import type { Day } from '../core/values/calendar-day';
import type { LedgerIndex } from './ledger-index';

const FILE_DELAY_MS = 100;
const TYPING_DELAY_MS = 100;
const DAY_CHECK_MS = 60_000;
/** This many file events close together are a checkout or a pull: the watcher may have dropped some. */
const BURST_EVENTS = 10;
const BURST_QUIET_MS = 500;

/**
 * Keeps the ledger current: file events from the workspace watcher, document edits (debounced per
 * file), settings and workspace-folder changes (reload), and midnight (time-based findings).
 */
export function registerLedgerSync(context: vscode.ExtensionContext, index: LedgerIndex, today: () => Day): void {
  const files = new Debouncer<string>(FILE_DELAY_MS);
  const typing = new Debouncer<string>(TYPING_DELAY_MS);
  // A plain glob rides on the workspace's own recursive watcher (no extra OS watch), which
  // also sees files in folders created after the watch started; a RelativePattern watcher
  // on the ledger folder missed those in code-server. `**/*` so a deleted folder is seen too.
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  const refresh = (uri: vscode.Uri) => {
    if (index.isLedgerFile(uri)) files.run(uri.toString(), () => void index.refreshFile(uri));
  };
  let events = 0;
  const bursts = new Debouncer<string>(BURST_QUIET_MS);
  const counted = (handle: (uri: vscode.Uri) => void) => (uri: vscode.Uri) => {
    handle(uri);
    if (!index.ledgerOf(uri)) return;
    events++;
    bursts.run('burst', () => {
      if (events >= BURST_EVENTS) void index.reconcile();
      events = 0;
    });
  };
  const created = (uri: vscode.Uri) => {
    if (index.isLedgerFile(uri)) refresh(uri);
    else if (index.ledgerOf(uri)) files.run(uri.toString(), () => void index.refreshFolder(uri));
  };
  const reload = () => void index.reload();

  let day = today();
  const clock = setInterval(() => {
    if (today() === day) return;
    day = today();
    void index.reload();
  }, DAY_CHECK_MS);

  context.subscriptions.push(
    files,
    typing,
    { dispose: () => clearInterval(clock) },
    watcher,
    bursts,
    watcher.onDidCreate(counted(created)),
    watcher.onDidChange(counted(refresh)),
    watcher.onDidDelete(counted((uri) => {
      if (index.ledgerOf(uri)) files.run(uri.toString(), () => index.removeFile(uri));
    })),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0 || !index.isLedgerFile(event.document.uri)) return;
      typing.run(event.document.uri.toString(), () => index.updateFromDocument(event.document));
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      // A clean document holds what the index read from disk already: nothing to re-check.
      if (document.isDirty || !index.ledgerOf(document.uri)?.ledger.get(document.uri.toString())) index.updateFromDocument(document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (index.isLedgerFile(document.uri)) void index.refreshFile(document.uri, { fromDisk: true });
    }),
    vscode.workspace.onDidRenameFiles((event) => {
      for (const { oldUri, newUri } of event.files) {
        index.removeFile(oldUri);
        if (newUri.path.toLowerCase().endsWith('.md')) void index.refreshFile(newUri);
        else reload();
      }
    }),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => index.removeFile(uri))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) reload();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reload),
  );
  reload();
}

