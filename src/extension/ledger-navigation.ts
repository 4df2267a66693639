import * as vscode from 'vscode';
import type { ClientRecord, DocumentRecord } from '../core/model';
import { invoiceMentions, type InvoiceNames } from '../core/navigation/invoice-mentions';
import { clientLine, documentInvoiceAt, rangeHolds, writtenPathCandidates } from '../core/navigation/navigation-targets';
import { isFile } from './file-exists';
import type { LedgerQueries } from './ledger-queries';
import { fromVsPosition, toVsRange } from './source-range';

/**
 * What go to definition, references, rename and the links share: the invoice ID or the client
 * under the cursor, the record as it is now, the client's documents, and where a path written
 * in a file leads. Only ledger files get any of it.
 */

/** An invoice ID under the cursor, in its record or in a document about its client. */
export interface InvoiceAt {
  /** The record as it is now: its open document's text, else the ledger's. */
  readonly record: ClientRecord;
  readonly recordUri: vscode.Uri;
  readonly names: InvoiceNames;
  /** The ID word under the cursor. */
  readonly range: vscode.Range;
}

export function invoiceAt(queries: LedgerQueries, document: vscode.TextDocument, position: vscode.Position): InvoiceAt | undefined {
  if (!queries.isLedgerFile(document.uri)) return undefined;
  const file = queries.parseDocument(document);
  if (file?.type === 'client') {
    const word = invoiceMentions(file).at(fromVsPosition(position));
    return word && { record: file, recordUri: document.uri, names: word.names, range: toVsRange(word.range) };
  }
  const record = file?.type === 'document' ? clientOf(queries, document.uri, file) : undefined;
  if (!record) return undefined;
  const word = documentInvoiceAt(document.getText(), record, fromVsPosition(position));
  return word && { record, recordUri: vscode.Uri.parse(record.file), names: word.names, range: toVsRange(word.range) };
}

/** A client under the cursor: on its record's `client:` line, or on a document's `client:` value. */
export interface ClientAt {
  readonly record: ClientRecord;
  readonly recordUri: vscode.Uri;
  /** The `client:` key and value, or the document's value, under the cursor. */
  readonly range: vscode.Range;
}

export function clientAt(queries: LedgerQueries, document: vscode.TextDocument, position: vscode.Position): ClientAt | undefined {
  if (!queries.isLedgerFile(document.uri)) return undefined;
  const file = queries.parseDocument(document);
  if (file?.type === 'client') {
    const range = clientLine(file);
    return range && rangeHolds(range, fromVsPosition(position)) ? { record: file, recordUri: document.uri, range: toVsRange(range) } : undefined;
  }
  const value = file?.type === 'document' ? file.places.get('client')?.value : undefined;
  if (file?.type !== 'document' || !value || !rangeHolds(value, fromVsPosition(position))) return undefined;
  const record = clientOf(queries, document.uri, file);
  return record && { record, recordUri: vscode.Uri.parse(record.file), range: toVsRange(value) };
}

/** The record a document is about, as it is now. */
export function clientOf(queries: LedgerQueries, uri: vscode.Uri, document: DocumentRecord): ClientRecord | undefined {
  const record = queries.ledgerOf(uri)?.ledger.client(document.clientId);
  return record && recordNow(queries, record);
}

/** The record parsed from its open document when it is open (what she typed), else the ledger's. */
export function recordNow(queries: LedgerQueries, record: ClientRecord): ClientRecord {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === record.file);
  const parsed = open && queries.parseDocument(open);
  return parsed?.type === 'client' ? parsed : record;
}

/** The documents about a client (their `client:` names it), wherever they are in the ledger. */
export function documentsOf(queries: LedgerQueries, record: ClientRecord): DocumentRecord[] {
  return queries.ledgerOf(vscode.Uri.parse(record.file))?.ledger.documentsOf(record) ?? [];
}

/** A document's text as it is now, through the editor (never `node:fs`: the extension runs on the web too). */
export async function openDocument(file: string): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(file));
  } catch {
    return undefined; // gone since the ledger read it: its removal is on its way
  }
}

/**
 * Where a relative path written in a ledger file leads (pathCandidates: from the file's folder,
 * then from the workspace folder), each candidate a URI inside the workspace folder.
 */
export function candidateUris(queries: LedgerQueries, from: vscode.Uri, written: string): vscode.Uri[] {
  const folder = queries.ledgerOf(from)?.folder.uri;
  if (!folder) return [];
  return writtenPathCandidates(folder.path, from.path, written).map((segments) => vscode.Uri.joinPath(folder, ...segments));
}

/**
 * The file an `agreement:` path leads to: the first candidate that is a file, inside the
 * workspace folder once symbolic links are resolved (a link is never followed out of it).
 */
export async function agreementTarget(queries: LedgerQueries, record: ClientRecord, recordUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const entry = queries.ledgerOf(recordUri);
  if (!entry || record.agreement === undefined) return undefined;
  for (const uri of candidateUris(queries, recordUri, record.agreement)) {
    if ((await isFile(uri)) && (await entry.platform.staysInside(entry.folder.uri, uri))) return uri;
  }
  return undefined;
}

/** The ledger file (a record or a document) a path written in a file names, when there is one. */
export function ledgerFileTarget(queries: LedgerQueries, from: vscode.Uri, written: string): vscode.Uri | undefined {
  const ledger = queries.ledgerOf(from)?.ledger;
  return candidateUris(queries, from, written).find((uri) => {
    const file = ledger?.get(uri.toString());
    return file?.type === 'client' || file?.type === 'document';
  });
}
