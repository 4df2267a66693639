import * as vscode from 'vscode';
import { Ledger } from '../core/ledger';
import type { LedgerFile } from '../core/model';
import { mapLimited } from '../core/map-limited';
import { readConfig, type LedgerConfig } from './config';
import { listLedgerFiles, parseDocumentText, readLedgerFile, RECENT_PARSES } from './ledger-reads';
import { RecentParses } from '../core/parse/compact-record';
import type { Identity } from '../core/owner';
import type { Platform } from './platform';

/** One workspace folder's ledger. */
export interface FolderLedger {
  readonly folder: vscode.WorkspaceFolder;
  readonly root: vscode.Uri;
  readonly config: LedgerConfig;
  readonly ledger: Ledger;
  readonly recent: RecentParses;
  readonly platform: Platform;
}

export interface LedgerChange {
  /** Files whose findings may have changed (URIs as strings); every file after a reload. */
  readonly uris: readonly string[];
}

/** What the views may ask of the index: its folders, and when they change. Nothing here writes. */
export interface LedgerSource {
  readonly all: readonly FolderLedger[];
  readonly ready: Promise<void>;
  readonly onDidChange: vscode.Event<LedgerChange>;
  ledgerOf(uri: vscode.Uri): FolderLedger | undefined;
  isLedgerFile(uri: vscode.Uri): boolean;
  parseDocument(document: vscode.TextDocument): LedgerFile | undefined;
  /** The git identity read for a folder whose Next Steps show "mine"; undefined until it is read. */
  gitIdentity(folder: vscode.WorkspaceFolder): Identity | undefined;
}

/** One read of a file: applied only while no newer read or removal of that file has begun. */
interface FileRead {
  readonly key: string;
  readonly file: LedgerFile | undefined;
  readonly ticket: number;
}
/** Files read before their findings are shown; then the next batch. The first is small, so findings show at once. */
const FIRST_BATCH = 50;
const LOAD_BATCH = 250;
const READ_CONCURRENCY = 32;

/**
 * Every workspace folder's ledger, kept in step with the file system and the open documents
 * (what she types is what is checked). It only reads and records; what the views show is asked
 * of LedgerQueries. Keys are URI strings.
 */
export class LedgerIndex implements LedgerSource, vscode.Disposable {
  private folders = new Map<string, FolderLedger>();
  private readonly tickets = new Map<string, number>();
  private lastParsed: { entry: FolderLedger; document: vscode.TextDocument; version: number; file: LedgerFile } | undefined;
  private lastTicket = 0;
  private readonly changed = new vscode.EventEmitter<LedgerChange>();
  readonly onDidChange = this.changed.event;
  private loading: Promise<void> = Promise.resolve();
  private identities = new Map<string, Identity>();

  constructor(readonly platform: Platform) {}

  /** Resolves when the initial (or latest) load is done. */
  get ready(): Promise<void> {
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

  /** The document parsed as it is now (for quick fixes, whose edits need current positions). */
  parseDocument(document: vscode.TextDocument): LedgerFile | undefined {
    const entry = this.ledgerOf(document.uri);
    return entry && this.parsed(entry, document);
  }

  gitIdentity(folder: vscode.WorkspaceFolder): Identity | undefined {
    return this.identities.get(folder.uri.toString());
  }

  /**
   * Brings every folder's ledger up to date (start-up, settings, the day changing); `reread`
   * reads every file again (the Refresh command), otherwise unchanged folders keep their files.
   */
  reload(reread = false): Promise<void> {
    this.loading = this.loadAll(reread);
    return this.loading;
  }

  /** Re-reads one file, from its open document when there is one. */
  async refreshFile(uri: vscode.Uri, how: { fromDisk?: boolean } = {}): Promise<void> {
    const entry = this.ledgerOf(uri);
    if (!entry || !uri.path.toLowerCase().endsWith('.md')) return;
    const read = await this.readNewest(entry, uri, how.fromDisk);
    if (!this.isCurrent(read)) return;
    if (read.file === undefined) return this.removeFile(uri);
    this.changed.fire({ uris: entry.ledger.set(read.file) });
  }

  /**
   * Reads the ledger files under a folder that appeared: a checkout or a copy of a folder may be
   * reported as the folder alone, without an event for each file in it.
   */
  async refreshFolder(uri: vscode.Uri): Promise<void> {
    const entry = this.ledgerOf(uri);
    const stat = entry && (await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined));
    if (!entry || !stat || (stat.type & vscode.FileType.Directory) === 0) return;
    const uris = await listLedgerFiles(this.platform, uri);
    const reads = await mapLimited(uris, READ_CONCURRENCY, (file) => this.readNewest(entry, file));
    if (this.folders.get(entry.folder.uri.toString()) !== entry) return;
    this.changed.fire({ uris: reads.flatMap((read) => (read.file && this.isCurrent(read) ? entry.ledger.set(read.file) : [])) });
  }

  updateFromDocument(document: vscode.TextDocument): void {
    const entry = this.ledgerOf(document.uri);
    if (!entry || !this.isLedgerFile(document.uri)) return;
    const file = this.parsed(entry, document);
    this.tickets.set(document.uri.toString(), ++this.lastTicket); // a read still in flight is older than this text
    this.changed.fire({ uris: entry.ledger.set(file) });
  }

  removeFile(uri: vscode.Uri): void {
    const entry = this.ledgerOf(uri);
    if (!entry) return;
    const prefix = `${uri.toString()}/`;
    // A read still in flight for a removed file must not bring it back when it lands.
    for (const key of this.tickets.keys()) if (key === uri.toString() || key.startsWith(prefix)) this.tickets.set(key, ++this.lastTicket);
    const gone = entry.ledger.files.filter((file) => file.file === uri.toString() || file.file.startsWith(prefix));
    const uris = gone.flatMap((file) => entry.ledger.delete(file.file));
    if (uris.length > 0) this.changed.fire({ uris });
  }

  /**
   * Brings the index in line with the disk after a burst of file events (a checkout, a pull):
   * the watcher may coalesce or drop events then, so the folder is listed again and every file
   * not open in an editor is read again. (Comparing sizes and modification times first missed
   * rewrites of the same size in tests: a pull is rare enough to afford reading it all.)
   */
  async reconcile(): Promise<void> {
    await Promise.all(this.all.map((entry) => this.reconcileFolder(entry)));
  }

  dispose(): void {
    this.changed.dispose();
  }

  /**
   * The document's text parsed once per version: the lightbulb, the hover, the CodeLens and the
   * re-check after typing all ask for the same text of the same document in a row.
   */
  private parsed(entry: FolderLedger, document: vscode.TextDocument): LedgerFile {
    const last = this.lastParsed;
    if (last?.entry === entry && last.document === document && last.version === document.version) return last.file;
    const file = parseDocumentText(entry, document);
    this.lastParsed = { entry, document, version: document.version, file };
    return file;
  }

  private async reconcileFolder(entry: FolderLedger): Promise<void> {
    const listed = await listLedgerFiles(this.platform, entry.root);
    const present = new Set(listed.map((uri) => uri.toString()));
    const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const gone = entry.ledger.files.map((file) => file.file).filter((file) => !present.has(file) && !open.has(file));
    const stale = listed.filter((uri) => !open.has(uri.toString()));
    const reads = await mapLimited(stale, READ_CONCURRENCY, (uri) => this.readNewest(entry, uri));
    if (this.folders.get(entry.folder.uri.toString()) !== entry) return;
    const uris = [
      ...gone.flatMap((file) => entry.ledger.delete(file)),
      ...reads.flatMap((read) => {
        if (!this.isCurrent(read)) return [];
        return read.file ? entry.ledger.set(read.file) : entry.ledger.delete(read.key);
      }),
    ];
    if (uris.length > 0) this.changed.fire({ uris });
  }

  /**
   * Re-reads what a change needs: a folder whose ledger folder and currency are unchanged keeps
   * its parsed files (thresholds only change findings); the others are read in the background,
   * with a progress item, their findings arriving batch by batch.
   */
  private async loadAll(reread: boolean): Promise<void> {
    const before = this.allFiles();
    const next = new Map<string, FolderLedger>();
    const toRead: FolderLedger[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config = readConfig(folder);
      const root = vscode.Uri.joinPath(folder.uri, ...config.folder.split('/'));
      const old = this.folders.get(folder.uri.toString());
      const keep = !reread && old && old.root.toString() === root.toString() && old.config.currency === config.currency;
      const entry = keep ? { ...old, folder, config } : { folder, root, config, ledger: new Ledger(), recent: new RecentParses(RECENT_PARSES), platform: this.platform };
      next.set(folder.uri.toString(), entry);
      if (!keep) toRead.push(entry);
    }
    this.folders = next;
    this.changed.fire({ uris: [...new Set([...before, ...this.allFiles()])] });
    void this.readIdentities(next);
    if (toRead.length === 0) return;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Client Ledger: reading the ledger' }, (progress) =>
      Promise.all(toRead.map((entry) => this.readFolder(entry, progress))));
  }

  /**
   * The git identity of each folder whose Next Steps show "mine" without clientLedger.me, read
   * again at each load (a settings change, Refresh); the views are redrawn when it arrives.
   */
  private async readIdentities(folders: Map<string, FolderLedger>): Promise<void> {
    const wanted = [...folders.values()].filter((entry) => entry.config.agendaShow === 'mine' && entry.config.me === '');
    if (wanted.length === 0 && this.identities.size === 0) return;
    const read = await Promise.all(wanted.map(async (entry) => [entry.folder.uri.toString(), await this.platform.gitIdentity(entry.folder)] as const));
    if (this.folders !== folders) return;
    this.identities = new Map(read);
    this.changed.fire({ uris: [] });
  }

  private async readFolder(entry: FolderLedger, progress: vscode.Progress<{ message?: string }>): Promise<void> {
    const uris = await listLedgerFiles(this.platform, entry.root);
    for (let start = 0, end = FIRST_BATCH; start < uris.length; start = end, end += LOAD_BATCH) {
      const batch = uris.slice(start, end);
      const reads = await mapLimited(batch, READ_CONCURRENCY, (uri) => this.readNewest(entry, uri));
      if (this.folders.get(entry.folder.uri.toString()) !== entry) return;
      const changed = reads.flatMap((read) => (read.file && this.isCurrent(read) ? entry.ledger.set(read.file) : []));
      this.changed.fire({ uris: changed });
      progress.report({ message: `${Math.min(end, uris.length)} of ${uris.length} files` });
    }
  }

  /**
   * Reads a file with a ticket: reads finish in any order and batches are applied when the last
   * of them lands, so a result counts only while no newer read or removal of the file has begun
   * (a reconcile begun before a pull must not undo the pull, nor bring back a deleted file).
   */
  private async readNewest(entry: FolderLedger, uri: vscode.Uri, fromDisk = false): Promise<FileRead> {
    const key = uri.toString();
    const ticket = ++this.lastTicket;
    this.tickets.set(key, ticket);
    return { key, ticket, file: await readLedgerFile(entry, uri, fromDisk) };
  }

  private isCurrent(read: FileRead): boolean {
    return this.tickets.get(read.key) === read.ticket;
  }

  private allFiles(): string[] {
    return [...this.folders.values()].flatMap((entry) => entry.ledger.files.map((file) => file.file));
  }
}
