import * as vscode from 'vscode';
import { agreementTarget, clientAt, invoiceAt } from './ledger-navigation';
import type { LedgerQueries } from './ledger-queries';
import { clientLine } from '../core/navigation/navigation-targets';
import { toVsRange } from './source-range';

/**
 * Go to definition (F12, Ctrl+click): from an invoice ID anywhere it is named (a payment, a late
 * fee, a message, a note, a document about the client) to its invoice entry; from a document's
 * `client:` value to the client's record; from `agreement:` to the file, when it is a path to a
 * file inside the workspace folder (ledger-navigation.ts says where it is looked for).
 */
export class LedgerDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly queries: LedgerQueries) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const invoice = invoiceAt(this.queries, document, position);
    if (invoice) {
      const { names } = invoice;
      return [link(invoice.range, invoice.recordUri, toVsRange(names.invoice.range), toVsRange(names.definition))];
    }
    const client = clientAt(this.queries, document, position);
    if (client && client.recordUri.toString() !== document.uri.toString()) {
      const line = clientLine(client.record);
      const target = line ? toVsRange(line) : new vscode.Range(0, 0, 0, 0);
      return [link(client.range, client.recordUri, target, target)];
    }
    return this.agreement(document, position);
  }

  private async agreement(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    if (!this.queries.isLedgerFile(document.uri)) return undefined;
    const record = this.queries.parseDocument(document);
    const value = record?.type === 'client' ? record.places.get('agreement')?.value : undefined;
    if (record?.type !== 'client' || !value || !toVsRange(value).contains(position)) return undefined;
    const target = await agreementTarget(this.queries, record, document.uri);
    const start = new vscode.Range(0, 0, 0, 0);
    return target && [link(toVsRange(value), target, start, start)];
  }
}

function link(origin: vscode.Range, uri: vscode.Uri, targetRange: vscode.Range, targetSelectionRange: vscode.Range): vscode.LocationLink {
  return { originSelectionRange: origin, targetUri: uri, targetRange, targetSelectionRange };
}
