import type { ClientRecord, DocumentRecord, LedgerFile } from './model';

/** The parsed ledger: files by path, clients by id, documents linked to their client. */
export interface Ledger {
  readonly files: readonly LedgerFile[];
  readonly clients: readonly ClientRecord[];
  readonly documents: readonly DocumentRecord[];
  readonly clientsById: ReadonlyMap<string, ClientRecord>;
}

/** Builds the ledger from parsed files; paths are sorted so the result never depends on read order. */
export function buildLedger(files: readonly LedgerFile[]): Ledger {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const clients = sorted.filter((file): file is ClientRecord => file.type === 'client');
  const documents = sorted.filter((file): file is DocumentRecord => file.type === 'document');
  const clientsById = new Map<string, ClientRecord>();
  for (const client of clients) {
    const key = client.id.toLowerCase();
    if (!clientsById.has(key)) clientsById.set(key, client);
    client.documents.length = 0;
  }
  for (const document of documents) clientsById.get(document.clientId.toLowerCase())?.documents.push(document);
  return { files: sorted, clients, documents, clientsById };
}
