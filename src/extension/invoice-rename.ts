import * as vscode from 'vscode';
import { renameInDocument, renameInvoice } from '../core/navigation/invoice-rename';
import { documentsOf, invoiceAt, openDocument } from './ledger-navigation';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';
import { toWorkspaceEdit } from './workspace-edit';

const NOT_AN_INVOICE = 'Only an invoice ID can be renamed: put the cursor on the ID of an invoice, or of a payment, a late fee or a message that names one';

/**
 * Rename (F2) of an invoice ID: one WorkspaceEdit replacing the ID word in its invoice entry, in
 * every entry of the record that names it and in the documents about the client, every other
 * character kept (one undo takes it back in the record). Anything else under the cursor, a new
 * name that is no ID or is another invoice's, is refused with the reason.
 */
export class InvoiceRenameProvider implements vscode.RenameProvider {
  constructor(private readonly queries: LedgerQueries) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } | undefined {
    if (!this.queries.isLedgerFile(document.uri)) return undefined; // other markdown: the markdown extension's rename
    const invoice = invoiceAt(this.queries, document, position);
    if (!invoice) throw new Error(NOT_AN_INVOICE);
    return { range: invoice.range, placeholder: document.getText(invoice.range) };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    if (!this.queries.isLedgerFile(document.uri)) return undefined;
    const invoice = invoiceAt(this.queries, document, position);
    if (!invoice) throw new Error(NOT_AN_INVOICE);
    // The record's own text as it is now, so the edit's positions are the document's.
    const recordDocument = await vscode.workspace.openTextDocument(invoice.recordUri);
    const record = this.queries.parseDocument(recordDocument);
    if (record?.type !== 'client') throw new Error(NOT_AN_INVOICE);
    const renamed = renameInvoice(record, invoice.names.id, newName);
    if ('refused' in renamed) throw new Error(renamed.refused);
    const edit = toWorkspaceEdit(invoice.recordUri, renamed.edit);
    for (const about of documentsOf(this.queries, record)) {
      const text = await openDocument(about.file);
      for (const change of text ? renameInDocument(text.getText(), invoice.names.id, newName) : []) edit.replace(text!.uri, toVsRange(change.range), change.newText);
    }
    return edit;
  }
}
