import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { Ledger } from '../core/ledger';
import type { Finding, LedgerFile } from '../core/model';
import type { ThresholdOverrides } from '../core/thresholds';
import type { Day } from '../core/values/calendar-day';

/**
 * One workspace folder's ledger as the language server holds it. Keys of `ledger` are file
 * URIs as strings (`file:///…/clients/acme.md`), as in the extension.
 */
export interface LspFolder {
  /** The ledger folder's URI (`<workspace folder>/<clientLedger.folder>`), without a trailing slash. */
  readonly root: string;
  /**
   * The workspace folder's URI, without a trailing slash: paths written in a record (`agreement:`,
   * a document's path in a note) are read from the file's folder, then from here. The root when
   * not given.
   */
  readonly workspace?: string;
  readonly ledger: Ledger;
  readonly thresholds: ThresholdOverrides;
  readonly currency: string;
}

/** A ledger file as the editor has it now: the open document's text, else the disk's. */
export interface LspFile {
  readonly uri: string;
  readonly text: string;
  /** The open document's version; undefined for a file read from disk. */
  readonly version: number | undefined;
  readonly record: LedgerFile;
  readonly folder: LspFolder;
}

/** What a feature may ask of the server: the files, the folders, the day, the findings. Nothing here writes. */
export interface LspFiles {
  /** The ledger file at this URI; undefined outside every ledger folder or when it cannot be read. */
  file(uri: string): LspFile | undefined;
  readonly folders: readonly LspFolder[];
  /** `clientLedger.today` when pinned, else the local calendar day. */
  today(): Day;
  /** The findings of one file of a folder's ledger, as `check` gives them. */
  findings(uri: string): readonly Finding[];
}

/** One language feature: the capabilities it adds to the server's, and its handlers. */
export interface LspFeature {
  readonly capabilities: ServerCapabilities;
  register(connection: Connection, files: LspFiles): void;
}
