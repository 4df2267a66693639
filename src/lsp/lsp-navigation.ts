import { fileURLToPath } from 'node:url';
import type { ClientRecord, DocumentRecord, SourcePosition, SourceRange } from '../core/model';
import { invoiceMentions, type InvoiceNames } from '../core/navigation/invoice-mentions';
import { clientLine, documentInvoiceAt, rangeHolds, writtenPathCandidates } from '../core/navigation/navigation-targets';
import { isFileInside } from '../node/inside-folder';
import type { LspFile, LspFiles, LspFolder } from './lsp-files';

/**
 * What definition, references, rename and the links share, as the extension's
 * ledger-navigation.ts has it: the invoice ID or the client under the cursor, the record as it
 * is now, the client's documents, and where a path written in a file leads.
 */

/** An invoice ID under the cursor, in its record or in a document about its client. */
export interface InvoiceAt {
  /** The record as it is now; its `file` is its URI. */
  readonly record: ClientRecord;
  readonly names: InvoiceNames;
  /** The ID word under the cursor. */
  readonly range: SourceRange;
}

export function invoiceAt(files: LspFiles, file: LspFile, position: SourcePosition): InvoiceAt | undefined {
  const { record } = file;
  if (record.type === 'client') {
    const word = invoiceMentions(record).at(position);
    return word && { record, names: word.names, range: word.range };
  }
  const client = record.type === 'document' ? clientOf(files, file.folder, record) : undefined;
  const word = client && documentInvoiceAt(file.text, client, position);
  return word && client && { record: client, names: word.names, range: word.range };
}

/** A client under the cursor: on its record's `client:` line, or on a document's `client:` value. */
export interface ClientAt {
  readonly record: ClientRecord;
  /** The `client:` key and value, or the document's value, under the cursor. */
  readonly range: SourceRange;
}

export function clientAt(files: LspFiles, file: LspFile, position: SourcePosition): ClientAt | undefined {
  const { record } = file;
  if (record.type === 'client') {
    const range = clientLine(record);
    return range && rangeHolds(range, position) ? { record, range } : undefined;
  }
  const value = record.type === 'document' ? record.places.get('client')?.value : undefined;
  if (record.type !== 'document' || !value || !rangeHolds(value, position)) return undefined;
  const client = clientOf(files, file.folder, record);
  return client && { record: client, range: value };
}

/** The record a document is about, as it is now. */
export function clientOf(files: LspFiles, folder: LspFolder, document: DocumentRecord): ClientRecord | undefined {
  const record = folder.ledger.client(document.clientId);
  const now = record && files.file(record.file)?.record;
  return now?.type === 'client' ? now : record;
}

/** The documents about a client (their `client:` names it), wherever they are in the folder's ledger. */
export function documentsOf(folder: LspFolder, record: ClientRecord): DocumentRecord[] {
  return folder.ledger.documentsOf(record);
}

/** A place a written path may lead to: its URI, and its path from the workspace folder. */
export interface PathCandidate {
  readonly uri: string;
  readonly path: string;
}

/** Where a relative path written in a ledger file leads (writtenPathCandidates), each candidate inside the workspace folder. */
export function candidatesOf(file: LspFile, written: string): PathCandidate[] {
  const base = workspaceOf(file.folder);
  const segments = writtenPathCandidates(uriPath(base), uriPath(file.uri), written);
  return segments.map((parts) => ({ uri: new URL(parts.map(encodeURIComponent).join('/'), `${base}/`).href, path: parts.join('/') }));
}

/**
 * The file an `agreement:` path leads to: the first candidate that is a file on this disk,
 * inside the workspace folder once symbolic links are resolved.
 */
export async function agreementTarget(file: LspFile): Promise<PathCandidate | undefined> {
  const { record } = file;
  const base = workspaceOf(file.folder);
  if (record.type !== 'client' || record.agreement === undefined || !base.startsWith('file:')) return undefined;
  const folder = pathOf(base);
  for (const candidate of candidatesOf(file, record.agreement)) {
    const path = pathOf(candidate.uri);
    if (folder && path && (await isFileInside(folder, path))) return candidate;
  }
  return undefined;
}

/** A file URI's path on this disk; undefined for one that names none here (another host's). */
function pathOf(uri: string): string | undefined {
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The ledger file (a record or a document) a path written in a file names, when there is one. */
export function ledgerFileTarget(files: LspFiles, file: LspFile, written: string): PathCandidate | undefined {
  for (const candidate of candidatesOf(file, written)) {
    const target = files.file(candidate.uri);
    if (target?.record.type === 'client' || target?.record.type === 'document') return { ...candidate, uri: target.uri };
  }
  return undefined;
}

function workspaceOf(folder: LspFolder): string {
  return (folder.workspace ?? folder.root).replace(/\/+$/, '');
}

/** A URI's path, decoded, as the extension's `Uri.path`. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return '';
  }
}
