import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFile } from '../core/check';
import { Ledger } from '../core/ledger';
import { loadLedger, parseOptions } from '../core/load-ledger';
import type { Finding } from '../core/model';
import { clientIdOf, ledgerFileOf, MAX_FILE_BYTES, parseLedgerText, type ParseOptions } from '../core/parse/ledger-file';
import { decodeLedgerBytes } from '../core/parse/source-text';
import { ledgerSettings, pinnedDay, type LedgerSettings, type SettingLookup } from '../core/settings';
import type { LedgerStore } from '../core/store';
import { localToday, type Day } from '../core/values/calendar-day';
import { NodeStore } from '../cli/node-store';
import { readUpTo } from '../node/read-up-to';
import { canonicalUri, filePath, fileUri } from './file-uri';
import type { LspFile, LspFiles, LspFolder } from './lsp-files';
import { layeredSettings, NO_SETTINGS } from './lsp-settings';

/** One workspace folder's ledger, with what the server keeps of it. */
export interface WorkspaceLedger extends LspFolder {
  /** The workspace folder's URI (canonical), which holds the ledger folder and `.client-ledger/templates`. */
  readonly workspace: string;
  readonly settings: LedgerSettings;
  /** Findings per file, for the day `findingsDay`; dropped for the files a change touches. */
  readonly findingsCache: Map<string, Finding[]>;
}

/**
 * Where the workspace's settings come from, the first that sets a key winning: what the client
 * answered for each folder (workspace/configuration), the latest didChangeConfiguration, the
 * initializationOptions.
 */
export interface SettingsSource {
  initial: SettingLookup;
  pushed: SettingLookup;
  readonly pulled: Map<string, SettingLookup>;
}

/**
 * The ledgers of the client's workspace folders, kept current from the disk and the open
 * documents (what she types wins over the disk). Reports the files whose findings may have
 * changed through `changed`; keys are canonical file URIs.
 */
export class LspWorkspace implements LspFiles {
  private ledgers = new Map<string, WorkspaceLedger>();
  private workspaceUris: string[] = [];
  /** The version of each open document the ledger holds. */
  private readonly parsedVersions = new Map<string, number>();
  /** A counter per file: a read lands only while no newer read, edit or removal of the file has begun. */
  private readonly tickets = new Map<string, number>();
  private lastTicket = 0;
  private findingsDay: Day | undefined;
  readonly settings: SettingsSource = { initial: NO_SETTINGS, pushed: NO_SETTINGS, pulled: new Map() };

  constructor(
    /** The open document with this canonical URI. */
    readonly openDocument: (uri: string) => TextDocument | undefined,
    private readonly changed: (uris: readonly string[]) => void,
  ) {}

  get folders(): readonly WorkspaceLedger[] {
    return [...this.ledgers.values()];
  }

  get workspaceFolders(): readonly string[] {
    return this.workspaceUris;
  }

  today(): Day {
    return pinnedDay(this.allSettings()) ?? localToday(new Date());
  }

  ledgerOf(uri: string): WorkspaceLedger | undefined {
    const key = canonicalUri(uri);
    for (const ledger of this.ledgers.values()) if (key.startsWith(`${ledger.root}/`)) return ledger;
    return undefined;
  }

  isLedgerFile(uri: string): boolean {
    return this.folderOfFile(canonicalUri(uri)) !== undefined;
  }

  file(uri: string): LspFile | undefined {
    const key = canonicalUri(uri);
    const folder = this.folderOfFile(key);
    if (!folder) return undefined;
    const open = this.openDocument(key);
    if (open) this.syncDocument(open);
    const record = folder.ledger.get(key);
    const text = open ? open.getText() : textOnDisk(key);
    if (!record || text === undefined) return undefined;
    return { uri: open?.uri ?? key, text, version: open?.version, record, folder };
  }

  findings(uri: string): readonly Finding[] {
    const key = canonicalUri(uri);
    const folder = this.ledgerOf(key);
    if (!folder) return [];
    const open = this.openDocument(key);
    if (open) this.syncDocument(open);
    const today = this.currentDay();
    let findings = folder.findingsCache.get(key);
    if (!findings) folder.findingsCache.set(key, (findings = checkFile(folder.ledger, key, today, { thresholds: folder.thresholds })));
    return findings;
  }

  /** Every file of every ledger. */
  allFiles(): string[] {
    return this.folders.flatMap((folder) => folder.ledger.files.map((file) => file.file));
  }

  /** The workspace folders changed: their ledgers are read (those whose folder and currency are unchanged kept). */
  setWorkspaceFolders(uris: readonly string[]): Promise<void> {
    this.workspaceUris = [...new Set(uris.map(canonicalUri))];
    for (const key of this.settings.pulled.keys()) if (!this.workspaceUris.includes(key)) this.settings.pulled.delete(key);
    return this.reload();
  }

  /**
   * Applies the settings as they are now: a folder whose ledger folder and currency are unchanged
   * keeps its files (thresholds and the day only change findings); the others are read again.
   */
  async reload(): Promise<void> {
    const before = this.allFiles();
    const next = new Map<string, WorkspaceLedger>();
    const toRead: WorkspaceLedger[] = [];
    for (const workspace of this.workspaceUris) {
      const path = filePath(workspace);
      if (path === undefined) continue;
      const settings = ledgerSettings(this.settingsOf(workspace));
      const root = fileUri(join(path, ...settings.folder.split('/'))).replace(/\/+$/, '');
      const old = this.ledgers.get(workspace);
      const keep = old !== undefined && old.root === root && old.currency === settings.currency;
      const ledger = keep ? old.ledger : new Ledger();
      next.set(workspace, { workspace, root, ledger, settings, thresholds: settings.thresholds, currency: settings.currency, findingsCache: new Map() });
      if (!keep) toRead.push(next.get(workspace)!);
    }
    this.ledgers = next;
    this.findingsDay = undefined;
    for (const key of this.parsedVersions.keys()) if (!this.ledgerOf(key)?.ledger.get(key)) this.parsedVersions.delete(key);
    this.changed([...new Set([...before, ...this.allFiles()])]);
    await Promise.all(toRead.map((folder) => this.readFolder(folder)));
  }

  /** The day may have changed (midnight, or clientLedger.today): every finding is computed again when it has. */
  checkDay(): void {
    if (this.findingsDay !== undefined && this.findingsDay !== this.today()) this.changed(this.allFiles());
  }

  /** An open document's text, once per version, as the file's record. */
  syncDocument(document: TextDocument): void {
    const key = canonicalUri(document.uri);
    if (this.parsedVersions.get(key) === document.version) return;
    const folder = this.folderOfFile(key);
    if (!folder) return;
    this.touch(key);
    this.parsedVersions.set(key, document.version);
    this.apply(folder, folder.ledger.set(parseLedgerText(key, document.getText(), this.parseOptions(folder))));
  }

  /** The open documents whose text the ledger does not hold yet. */
  syncDocuments(documents: readonly TextDocument[]): void {
    for (const document of documents) this.syncDocument(document);
  }

  /** A document was closed: the disk's copy is what counts again. */
  closeDocument(uri: string): Promise<void> {
    this.parsedVersions.delete(canonicalUri(uri));
    return this.refresh(uri);
  }

  /**
   * Reads a file again from disk (a watched change, a close), when `check` would list it (a link
   * out of the ledger folder is not read); an open document keeps its text.
   */
  async refresh(uri: string): Promise<void> {
    const key = canonicalUri(uri);
    const folder = this.folderOfFile(key);
    const path = filePath(key);
    if (!folder || path === undefined || this.openDocument(key)) return;
    const ticket = this.touch(key);
    const listed = await new NodeStore(filePath(folder.root)!).lists(path);
    if (this.tickets.get(key) !== ticket || this.openDocument(key) || !this.isCurrent(folder)) return;
    const read = listed ? readUpTo(path, MAX_FILE_BYTES) : undefined;
    if (!read || ('error' in read && (read.error as NodeJS.ErrnoException).code === 'ENOENT')) this.apply(folder, folder.ledger.delete(key));
    else this.apply(folder, folder.ledger.set(ledgerFileOf(key, read, this.parseOptions(folder))));
  }

  /** A file or folder was deleted: its files leave the ledger, unless open. */
  remove(uri: string): void {
    const key = canonicalUri(uri);
    const folder = this.ledgerOf(key);
    if (!folder) return;
    const gone = folder.ledger.files.map((file) => file.file).filter((file) => (file === key || file.startsWith(`${key}/`)) && !this.openDocument(file));
    for (const file of gone) this.touch(file);
    this.apply(folder, gone.flatMap((file) => folder.ledger.delete(file)));
  }

  /** The ledger a markdown file is in; undefined for any other file. */
  private folderOfFile(key: string): WorkspaceLedger | undefined {
    return key.toLowerCase().endsWith('.md') ? this.ledgerOf(key) : undefined;
  }

  private async readFolder(folder: WorkspaceLedger): Promise<void> {
    const started = this.lastTicket;
    const path = filePath(folder.root)!;
    const read = await loadLedger(new UriStore(path), { currency: folder.currency, clientIdOf: recordIdOf }).catch(() => new Ledger());
    if (!this.isCurrent(folder)) return;
    const changed: string[] = [];
    for (const file of read.files) {
      if ((this.tickets.get(file.file) ?? 0) > started || this.openDocument(file.file)) continue;
      changed.push(...folder.ledger.set(file));
    }
    this.apply(folder, changed);
  }

  private apply(folder: WorkspaceLedger, uris: readonly string[]): void {
    for (const uri of uris) folder.findingsCache.delete(uri);
    if (uris.length > 0) this.changed(uris);
  }

  private isCurrent(folder: WorkspaceLedger): boolean {
    return this.folders.some((candidate) => candidate.ledger === folder.ledger);
  }

  private touch(key: string): number {
    this.tickets.set(key, ++this.lastTicket);
    return this.lastTicket;
  }

  private parseOptions(folder: WorkspaceLedger): ParseOptions {
    return parseOptions({ currency: folder.currency, clientIdOf: recordIdOf });
  }

  private settingsOf(workspace: string): SettingLookup {
    return layeredSettings(this.settings.pulled.get(workspace) ?? NO_SETTINGS, this.settings.pushed, this.settings.initial);
  }

  private allSettings(): SettingLookup {
    return layeredSettings(...this.workspaceUris.map((uri) => this.settings.pulled.get(uri) ?? NO_SETTINGS), this.settings.pushed, this.settings.initial);
  }

  /** The day the caches hold; a new day drops them (time-based findings change at midnight). */
  private currentDay(): Day {
    const today = this.today();
    if (today !== this.findingsDay) {
      for (const folder of this.ledgers.values()) folder.findingsCache.clear();
      this.findingsDay = today;
    }
    return today;
  }
}

/** A record's client id from its URI: the decoded file name, as the extension reads it. */
function recordIdOf(uri: string): string {
  return clientIdOf(filePath(uri) ?? uri);
}

/** The ledger folder as the command line lists it, its files named by URI. */
class UriStore implements LedgerStore {
  private readonly disk: NodeStore;

  constructor(root: string) {
    this.disk = new NodeStore(root);
  }

  async list(): Promise<string[]> {
    return (await this.disk.list()).map(fileUri);
  }

  read(uri: string): Promise<Uint8Array> {
    return this.disk.read(filePath(uri)!);
  }
}

/** A closed file's text as it is on disk now; undefined when it cannot be read as text. */
function textOnDisk(uri: string): string | undefined {
  const path = filePath(uri);
  const read = path === undefined ? undefined : readUpTo(path, MAX_FILE_BYTES);
  const decoded = read && 'bytes' in read ? decodeLedgerBytes(read.bytes) : undefined;
  return decoded?.ok ? decoded.text : undefined;
}
