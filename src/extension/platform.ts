import type * as vscode from 'vscode';
import type { Identity } from '../core/owner';
import type { ReadOutcome } from '../core/parse/ledger-file';

/**
 * What differs between the desktop's Node extension host and the web worker host (vscode.dev,
 * github.dev). Each entry file (node/extension.ts, web/extension.ts) passes its own; the
 * shared code imports neither.
 */
export interface Platform {
  /** The git identity of a workspace folder, for "mine"; empty when none can be read. */
  gitIdentity(folder: vscode.WorkspaceFolder): Promise<Identity>;
  /** Whether a ledger file really lies inside its folder once symbolic links are resolved. */
  staysInside(folder: vscode.Uri, file: vscode.Uri): Promise<boolean>;
  /** Faster reads of `file` URIs than workspace.fs, where there is a disk; undefined on the web. */
  readonly disk: DiskReads | undefined;
  /** Where the global git identity comes from, for the message when there is none. */
  readonly identitySources: string;
}

/** Listing and reading this disk as the command line does. */
export interface DiskReads {
  /** The markdown files under a folder (hidden folders and node_modules skipped, links followed only inside). */
  list(folder: vscode.Uri): Promise<vscode.Uri[]>;
  /** A file's bytes, unless it is larger than `limit`. */
  read(file: vscode.Uri, limit: number): ReadOutcome;
}
