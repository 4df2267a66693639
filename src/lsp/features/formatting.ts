import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatRecord, type FormatLines } from '../../core/navigation/format-record';
import type { LspFeature, LspFiles } from '../lsp-files';
import { toLspEdit } from '../lsp-range';

/**
 * Formatting of a client record, as the extension's format-record.ts: the log in order, each
 * entry written one way. A range writes the entries of its lines one way and moves nothing.
 */
export const formattingFeature: LspFeature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(connection, files) {
    connection.onDocumentFormatting((params: DocumentFormattingParams) => formatEdits(files, params.textDocument.uri));
    connection.onDocumentRangeFormatting(({ textDocument, range }: DocumentRangeFormattingParams) => {
      // A selection that ends at the start of a line does not take that line.
      const last = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
      return formatEdits(files, textDocument.uri, { from: range.start.line + 1, to: last + 1 });
    });
  },
};

function formatEdits(files: LspFiles, uri: string, lines?: FormatLines): TextEdit[] {
  const file = files.file(uri);
  if (file?.record.type !== 'client') return [];
  return formatRecord(file.record, file.text, lines).map(toLspEdit);
}
