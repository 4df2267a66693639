import * as vscode from 'vscode';
import { documentMentions } from '../core/navigation/invoice-mentions';
import { clientAt, documentsOf, invoiceAt, openDocument, type ClientAt, type InvoiceAt } from './ledger-navigation';
import type { LedgerQueries } from './ledger-queries';
import { clientLine } from '../core/navigation/navigation-targets';
import { toVsRange } from './source-range';

/**
 * Find all references (Shift+F12, Shift+Alt+F12). On an invoice ID: its invoice entry (the
 * declaration), its payments, late fees, the messages and notes that name it, and where the
 * documents about the client name it. On a client (its record's `client:` line, or a
 * document's `client:` value): the `client:` line of the record (the declaration) and of each
 * document about it.
 */
export class LedgerReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly queries: LedgerQueries) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): Promise<vscode.Location[] | undefined> {
    const invoice = invoiceAt(this.queries, document, position);
    if (invoice) return this.invoiceReferences(invoice, context.includeDeclaration);
    const client = clientAt(this.queries, document, position);
    return client && this.clientReferences(client, context.includeDeclaration);
  }

  private async invoiceReferences({ record, recordUri, names }: InvoiceAt, includeDeclaration: boolean): Promise<vscode.Location[]> {
    const locations = includeDeclaration ? [new vscode.Location(recordUri, toVsRange(names.definition))] : [];
    for (const mention of names.mentions) locations.push(new vscode.Location(recordUri, toVsRange(mention.range)));
    for (const about of documentsOf(this.queries, record)) {
      const text = await openDocument(about.file);
      if (!text) continue;
      for (const range of documentMentions(text.getText(), names.id)) locations.push(new vscode.Location(text.uri, toVsRange(range)));
    }
    return locations;
  }

  private clientReferences({ record, recordUri }: ClientAt, includeDeclaration: boolean): vscode.Location[] {
    const line = clientLine(record);
    const locations = includeDeclaration && line ? [new vscode.Location(recordUri, toVsRange(line))] : [];
    for (const about of documentsOf(this.queries, record)) {
      const value = about.places.get('client')?.value;
      if (value) locations.push(new vscode.Location(vscode.Uri.parse(about.file), toVsRange(value)));
    }
    return locations;
  }
}
