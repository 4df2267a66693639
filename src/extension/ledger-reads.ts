import * as vscode from 'vscode';
import type { LedgerFile } from '../core/model';
import { clientIdOf, ledgerFileOf, MAX_FILE_BYTES, parseLedgerText, type ParseOptions, type ReadOutcome } from '../core/parse/ledger-file';
import { parseOptions as ledgerParseOptions } from '../core/load-ledger';
import type { LedgerConfig } from './config';
import type { RecentParses } from '../core/parse/compact-record';
import { decodeLedgerBytes } from '../core/parse/source-text';
import { listThroughWorkspace } from './workspace-listing';
import type { DiskReads, Platform } from './platform';

/** Where a folder's ledger lives and how its files are read. */
export interface LedgerPlace {
  readonly root: vscode.Uri;
  readonly config: LedgerConfig;
  /** Client records are kept compact (facts and text); these are the full parses read last. */
  readonly recent: RecentParses;
  readonly platform: Platform;
}

/** More than a batch of the first read, so a batch is checked before its parses give way. */
export const RECENT_PARSES = 300;

/**
 * A file of the ledger as a record: the open document's text wins over the disk; undefined when
 * the file is gone or is a link that leaves the ledger's folder. A file over the size limit is
 * not read at all. The bytes become a record as on the command line (ledgerFileOf).
 */
export async function readLedgerFile(place: LedgerPlace, uri: vscode.Uri, fromDisk = false): Promise<LedgerFile | undefined> {
  if (!(await place.platform.staysInside(place.root, uri))) return undefined;
  const open = fromDisk ? undefined : vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return parseDocumentText(place, open);
  const disk = uri.scheme === 'file' ? place.platform.disk : undefined;
  if (!disk) {
    const read = await readThroughWorkspace(uri, MAX_FILE_BYTES);
    return 'error' in read && isNotFound(read.error) ? undefined : ledgerFileOf(uri.toString(), read, parseOptions(place));
  }
  const read = disk.read(uri, MAX_FILE_BYTES);
  if ('error' in read && isNotFound(read.error)) return undefined;
  return ledgerFileOf(uri.toString(), read, { ...parseOptions(place), readAgain: (file) => textOnDisk(disk, file) });
}

/** A compact record read from this disk keeps no text: it is read again when its log is asked for. */
function textOnDisk(disk: DiskReads, file: string): string | undefined {
  const read = disk.read(vscode.Uri.parse(file), MAX_FILE_BYTES);
  const decoded = 'bytes' in read ? decodeLedgerBytes(read.bytes) : undefined;
  return decoded?.ok ? decoded.text : undefined;
}

function isNotFound(error: unknown): boolean {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound';
  return (error as { code?: unknown } | undefined)?.code === 'ENOENT';
}

/**
 * The markdown files under a folder of the ledger. On this disk they are listed as the command
 * line lists them (hidden folders and node_modules skipped, links followed only inside), so
 * both check the same files; a search of the workspace took a second before the first batch.
 */
export async function listLedgerFiles(platform: Platform, folder: vscode.Uri): Promise<vscode.Uri[]> {
  const disk = folder.scheme === 'file' ? platform.disk : undefined;
  return disk ? disk.list(folder) : listThroughWorkspace(folder);
}

/** What she typed, as a record. */
export function parseDocumentText(place: LedgerPlace, document: vscode.TextDocument): LedgerFile {
  return parseLedgerText(document.uri.toString(), document.getText(), parseOptions(place));
}

async function readThroughWorkspace(uri: vscode.Uri, limit: number): Promise<ReadOutcome> {
  try {
    if ((await vscode.workspace.fs.stat(uri)).size > limit) return { tooLarge: true };
    return { bytes: await vscode.workspace.fs.readFile(uri) };
  } catch (error) {
    return { error };
  }
}

function parseOptions(place: LedgerPlace): ParseOptions {
  return { ...ledgerParseOptions({ currency: place.config.currency, clientIdOf: (file) => clientIdOf(vscode.Uri.parse(file).path) }), recent: place.recent };
}
