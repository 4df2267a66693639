import { LSPErrorCodes, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { renameInDocument, renameInvoice } from '../../core/navigation/invoice-rename';
import type { LspFeature, LspFiles } from '../lsp-files';
import { documentsOf, invoiceAt } from '../lsp-navigation';
import { fromLspPosition, lineOf, toLspEdit, toLspRange } from '../lsp-range';

const NOT_AN_INVOICE = 'Only an invoice ID can be renamed: put the cursor on the ID of an invoice, or of a payment, a late fee or a message that names one';

/**
 * Rename of an invoice ID, as the extension's invoice-rename.ts: one workspace edit replacing the
 * ID word in its invoice entry, in every entry of the record that names it and in the documents
 * about the client. Anything else under the cursor, a new name that is no ID or is another
 * invoice's, is refused with the reason (an error the editor shows).
 */
export const renameFeature: LspFeature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(connection, files) {
    connection.onPrepareRename((params) => prepareRename(files, params));
    connection.onRenameRequest((params) => renameEdit(files, params));
  },
};

type Refusal = ResponseError<void>;

function prepareRename(files: LspFiles, { textDocument, position }: PrepareRenameParams): { range: Range; placeholder: string } | Refusal | null {
  const file = files.file(textDocument.uri);
  if (!file) return null; // other markdown: not ours to rename in
  const invoice = invoiceAt(files, file, fromLspPosition(position));
  if (!invoice) return refusal(NOT_AN_INVOICE);
  const { start, end } = invoice.range;
  return { range: toLspRange(invoice.range), placeholder: lineOf(file.text, start.line - 1).slice(start.column - 1, end.column - 1) };
}

function renameEdit(files: LspFiles, { textDocument, position, newName }: RenameParams): WorkspaceEdit | Refusal | null {
  const file = files.file(textDocument.uri);
  if (!file) return null;
  const invoice = invoiceAt(files, file, fromLspPosition(position));
  if (!invoice) return refusal(NOT_AN_INVOICE);
  const renamed = renameInvoice(invoice.record, invoice.names.id, newName);
  if ('refused' in renamed) return refusal(renamed.refused);
  const changes: Record<string, TextEdit[]> = { [invoice.record.file]: renamed.edit.edits.map(toLspEdit) };
  for (const about of documentsOf(file.folder, invoice.record)) {
    const document = files.file(about.file);
    const edits = document ? renameInDocument(document.text, invoice.names.id, newName) : [];
    if (document && edits.length > 0) changes[document.uri] = edits.map(toLspEdit);
  }
  return { changes };
}

/** A request that cannot be answered, with the reason for her (the protocol's RequestFailed). */
function refusal(message: string): Refusal {
  return new ResponseError(LSPErrorCodes.RequestFailed, message);
}
