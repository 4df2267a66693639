import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { SourceRange } from '../../core/model';
import { documentMentions } from '../../core/navigation/invoice-mentions';
import { clientLine } from '../../core/navigation/navigation-targets';
import type { LspFeature, LspFiles, LspFolder } from '../lsp-files';
import { clientAt, documentsOf, invoiceAt, type ClientAt, type InvoiceAt } from '../lsp-navigation';
import { fromLspPosition, toLspRange } from '../lsp-range';

/**
 * Find all references, as the extension's ledger-references.ts. On an invoice ID: its invoice
 * entry (the declaration), the entries that name it, and where the documents about the client
 * name it. On a client: the `client:` line of its record (the declaration) and of each document about it.
 */
export const referencesFeature: LspFeature = {
  capabilities: { referencesProvider: true },
  register(connection, files) {
    connection.onReferences((params) => referencesOf(files, params));
  },
};

function referencesOf(files: LspFiles, { textDocument, position, context }: ReferenceParams): Location[] | null {
  const file = files.file(textDocument.uri);
  if (!file) return null;
  const at = fromLspPosition(position);
  const invoice = invoiceAt(files, file, at);
  if (invoice) return invoiceReferences(files, file.folder, invoice, context.includeDeclaration);
  const client = clientAt(files, file, at);
  return client ? clientReferences(file.folder, client, context.includeDeclaration) : null;
}

function invoiceReferences(files: LspFiles, folder: LspFolder, { record, names }: InvoiceAt, includeDeclaration: boolean): Location[] {
  const locations = includeDeclaration ? [location(record.file, names.definition)] : [];
  for (const mention of names.mentions) locations.push(location(record.file, mention.range));
  for (const about of documentsOf(folder, record)) {
    const document = files.file(about.file);
    if (!document) continue; // gone since the ledger read it
    for (const range of documentMentions(document.text, names.id)) locations.push(location(document.uri, range));
  }
  return locations;
}

function clientReferences(folder: LspFolder, { record }: ClientAt, includeDeclaration: boolean): Location[] {
  const line = clientLine(record);
  const locations = includeDeclaration && line ? [location(record.file, line)] : [];
  for (const about of documentsOf(folder, record)) {
    const value = about.places.get('client')?.value;
    if (value) locations.push(location(about.file, value));
  }
  return locations;
}

function location(uri: string, range: SourceRange): Location {
  return { uri, range: toLspRange(range) };
}
