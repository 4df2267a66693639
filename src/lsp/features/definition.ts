import type { DefinitionParams, LocationLink } from 'vscode-languageserver';
import type { SourcePosition, SourceRange } from '../../core/model';
import { clientLine, rangeHolds } from '../../core/navigation/navigation-targets';
import { FILE_START } from '../../core/parse/source-text';
import type { LspFeature, LspFile, LspFiles } from '../lsp-files';
import { agreementTarget, clientAt, invoiceAt } from '../lsp-navigation';
import { fromLspPosition, toLspRange } from '../lsp-range';

/**
 * Go to definition, as the extension's ledger-definitions.ts: from an invoice ID anywhere it is
 * named to its invoice entry; from a document's `client:` value to the client's record; from
 * `agreement:` to the file, when it is a file inside the workspace folder.
 */
export const definitionFeature: LspFeature = {
  capabilities: { definitionProvider: true },
  register(connection, files) {
    connection.onDefinition((params) => definitionOf(files, params));
  },
};

async function definitionOf(files: LspFiles, { textDocument, position }: DefinitionParams): Promise<LocationLink[] | null> {
  const file = files.file(textDocument.uri);
  if (!file) return null;
  const at = fromLspPosition(position);
  const invoice = invoiceAt(files, file, at);
  if (invoice) return [link(invoice.range, invoice.record.file, invoice.names.invoice.range, invoice.names.definition)];
  const client = clientAt(files, file, at);
  if (client && client.record.file !== file.uri) {
    const target = clientLine(client.record) ?? FILE_START;
    return [link(client.range, client.record.file, target, target)];
  }
  return agreement(file, at);
}

async function agreement(file: LspFile, position: SourcePosition): Promise<LocationLink[] | null> {
  const value = file.record.type === 'client' ? file.record.places.get('agreement')?.value : undefined;
  if (!value || !rangeHolds(value, position)) return null;
  const target = await agreementTarget(file);
  return target ? [link(value, target.uri, FILE_START, FILE_START)] : null;
}

function link(origin: SourceRange, uri: string, targetRange: SourceRange, targetSelectionRange: SourceRange): LocationLink {
  return { originSelectionRange: toLspRange(origin), targetUri: uri, targetRange: toLspRange(targetRange), targetSelectionRange: toLspRange(targetSelectionRange) };
}
