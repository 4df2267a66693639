import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { SourceRange } from '../../core/model';
import { markdownPathsIn } from '../../core/navigation/written-paths';
import type { LspFeature, LspFiles } from '../lsp-files';
import { agreementTarget, clientOf, ledgerFileTarget } from '../lsp-navigation';
import { toLspRange } from '../lsp-range';

/**
 * Links, as the extension's ledger-links.ts: a record's `agreement:` path to the file (when it is
 * a file inside the workspace folder), a document's `client:` value to the client's record, and
 * the path of a record or document of the ledger wherever a file names one. Targets are absolute URIs.
 */
export const documentLinksFeature: LspFeature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(connection, files) {
    connection.onDocumentLinks((params) => linksOf(files, params));
  },
};

async function linksOf(files: LspFiles, { textDocument }: DocumentLinkParams): Promise<DocumentLink[]> {
  const file = files.file(textDocument.uri);
  if (!file) return [];
  const { record } = file;
  if (record.type !== 'client' && record.type !== 'document') return [];
  const links: DocumentLink[] = [];
  if (record.type === 'client') {
    const value = record.places.get('agreement')?.value;
    const target = value && (await agreementTarget(file));
    if (value && target) links.push(linkTo(value, target.uri, 'Open the agreement'));
  } else {
    const value = record.places.get('client')?.value;
    const client = value && clientOf(files, file.folder, record);
    if (value && client) links.push(linkTo(value, client.file, `Open the record of ${client.name}`));
  }
  for (const written of markdownPathsIn(file.text)) {
    const target = ledgerFileTarget(files, file, written.path);
    if (target) links.push(linkTo(written.range, target.uri, `Open ${target.path}`));
  }
  return links;
}

function linkTo(range: SourceRange, target: string, tooltip: string): DocumentLink {
  return { range: toLspRange(range), target, tooltip };
}
