import * as vscode from 'vscode';
import { checkFile } from '../core/check';
import { Ledger } from '../core/ledger';
import type { ClientRecord, Finding, LedgerFile } from '../core/model';
import { clientIdOf, parseLedgerBytes, parseLedgerText, type ParseOptions } from '../core/parse/ledger-file';
import { FILE_START } from '../core/parse/source-text';
import { CLIENT_RULES } from '../core/rules/index';
import { standingOf, type ClientStanding } from '../core/summary/client-standing';
import type { Day } from '../core/values/calendar-day';
import { readConfig, type LedgerConfig } from './config';

/** One workspace folder's ledger. */
export interface FolderLedger {
  readonly folder: vscode.WorkspaceFolder;
  readonly root: vscode.Uri;
  readonly config: LedgerConfig;
  readonly ledger: Ledger;
}

export interface LedgerChange {
  /** Files whose findings may have changed (URIs as strings); every file after a reload. */
  readonly uris: readonly string[];
}

const SNOOZABLE = CLIENT_RULES.map((rule) => rule.id);

/**
 * Every workspace folder's ledger, kept current from the file system and the open documents
 * (what she types is what is checked). Keys are URI strings.
 */
export class LedgerWorkspace implements vscode.Disposable {
  private readonly folders = new Map<string, FolderLedger>();
  private readonly changed = new vscode.EventEmitter<LedgerChange>();
  readonly onDidChange = this.changed.event;
  /** Findings per file for `cachedDay`, dropped for the files a change touches. */
  private readonly cache = new Map<string, Finding[]>();
  private cachedDay: Day | undefined;
  private loading: Promise<void> = Promise.resolve();

  constructor(readonly today: () => Day) {
    this.onDidChange((change) => change.uris.forEach((uri) => this.cache.delete(uri)));
  }

  /** Resolves when the initial (or latest) load is done. */
  get ready(): Promise<void> {
    return this.loading;
  }

  /** Reads every folder's ledger anew (start-up, settings change, refresh). */
  reload(): Promise<void> {
    this.loading = this.loadAll();
    return this.loading;
  }

  get all(): readonly FolderLedger[] {
    return [...this.folders.values()];
  }

  /** The folder ledger a file belongs to, if it is inside one. */
  ledgerOf(uri: vscode.Uri): FolderLedger | undefined {
    const key = uri.toString();
    for (const entry of this.folders.values()) if (key.startsWith(`${entry.root.toString()}/`)) return entry;
    return undefined;
  }

  isLedgerFile(uri: vscode.Uri): boolean {
    return uri.path.toLowerCase().endsWith('.md') && this.ledgerOf(uri) !== undefined;
  }

  /** The findings of one file, computed once per change of the files they depend on. */
  findings(uri: vscode.Uri): Finding[] {
    const today = this.today();
    if (today !== this.cachedDay) {
      this.cache.clear();
      this.cachedDay = today;
    }
    const key = uri.toString();
    let findings = this.cache.get(key);
    if (!findings) {
      const entry = this.ledgerOf(uri);
      findings = entry ? checkFile(entry.ledger, key, today, { thresholds: entry.config.thresholds }) : [];
      this.cache.set(key, findings);
    }
    return findings;
  }

  standings(): ClientStanding[] {
    const today = this.today();
    return this.all.flatMap((entry) =>
      entry.ledger.clients.map((client) => standingOf(client, this.findings(vscode.Uri.parse(client.file)), today)),
    );
  }

  client(uri: vscode.Uri): ClientRecord | undefined {
    const file = this.ledgerOf(uri)?.ledger.get(uri.toString());
    return file?.type === 'client' ? file : undefined;
  }

  /** Re-reads one file, from its open document when there is one. */
  async refreshFile(uri: vscode.Uri, how: { fromDisk?: boolean } = {}): Promise<void> {
    const entry = this.ledgerOf(uri);
    if (!entry || !uri.path.toLowerCase().endsWith('.md')) return;
    const file = await readFile(uri, parseOptions(entry), how.fromDisk);
    if (file === undefined) return this.removeFile(uri);
    this.changed.fire({ uris: entry.ledger.set(file) });
  }

  /** The document parsed as it is now (for quick fixes, whose edits need current positions). */
  parseDocument(document: vscode.TextDocument): LedgerFile | undefined {
    const entry = this.ledgerOf(document.uri);
    return entry && parseLedgerText(document.uri.toString(), document.getText(), parseOptions(entry));
  }

  updateFromDocument(document: vscode.TextDocument): void {
    const entry = this.ledgerOf(document.uri);
    if (!entry || !this.isLedgerFile(document.uri)) return;
    const file = parseLedgerText(document.uri.toString(), document.getText(), parseOptions(entry));
    this.changed.fire({ uris: entry.ledger.set(file) });
  }

  removeFile(uri: vscode.Uri): void {
    const entry = this.ledgerOf(uri);
    if (!entry) return;
    const prefix = `${uri.toString()}/`;
    const gone = entry.ledger.files.filter((file) => file.file === uri.toString() || file.file.startsWith(prefix));
    const uris = gone.flatMap((file) => entry.ledger.delete(file.file));
    if (uris.length > 0) this.changed.fire({ uris });
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async loadAll(): Promise<void> {
    const loaded = await Promise.all((vscode.workspace.workspaceFolders ?? []).map(loadFolder));
    const before = [...this.folders.values()].flatMap((entry) => entry.ledger.files.map((file) => file.file));
    // Swapped in one step, so readers never see a half-loaded workspace.
    this.folders.clear();
    for (const entry of loaded) this.folders.set(entry.folder.uri.toString(), entry);
    this.cache.clear();
    const after = loaded.flatMap((entry) => entry.ledger.files.map((file) => file.file));
    this.changed.fire({ uris: [...new Set([...before, ...after])] });
  }
}

async function loadFolder(folder: vscode.WorkspaceFolder): Promise<FolderLedger> {
  const config = readConfig(folder);
  const root = vscode.Uri.joinPath(folder.uri, ...config.folder.split('/'));
  const entry: FolderLedger = { folder, root, config, ledger: new Ledger() };
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'));
  const files = await Promise.all(uris.map((uri) => readFile(uri, parseOptions(entry))));
  for (const file of files) if (file) entry.ledger.set(file);
  return entry;
}

/** The open document's text wins over the disk; undefined when the file is gone. */
async function readFile(uri: vscode.Uri, options: ParseOptions, fromDisk = false): Promise<LedgerFile | undefined> {
  const open = fromDisk ? undefined : vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return parseLedgerText(uri.toString(), open.getText(), options);
  try {
    return parseLedgerBytes(uri.toString(), await vscode.workspace.fs.readFile(uri), options);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    const message = `File could not be read: ${error instanceof Error ? error.message : String(error)}`;
    return { type: 'broken', file: uri.toString(), problems: [{ rule: 'file-unreadable', range: FILE_START, message }] };
  }
}

function parseOptions(entry: FolderLedger): ParseOptions {
  return { currency: entry.config.currency, ruleIds: SNOOZABLE, clientIdOf: (file) => clientIdOf(vscode.Uri.parse(file).path) };
}
