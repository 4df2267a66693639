import * as vscode from 'vscode';
import { invoiceAtLine, invoiceSummaryLines } from '../core/summary/invoice-summary';
import { standingOf } from '../core/summary/client-standing';
import type { LedgerWorkspace } from './ledger-workspace';
import { clientTooltip } from './tree/clients-provider';

/** Hovers: an invoice entry's paid and open amounts and days overdue; the `client:` line's summary. */
export class LedgerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly workspace: LedgerWorkspace) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const client = this.workspace.parseDocument(document);
    if (client?.type !== 'client') return undefined;
    const line = position.line + 1;
    const today = this.workspace.today();
    const invoice = invoiceAtLine(client, line, today);
    if (invoice) {
      const text = new vscode.MarkdownString();
      invoiceSummaryLines(invoice).forEach((item, index) => (index === 0 ? text.appendMarkdown('**').appendText(item).appendMarkdown('**') : text.appendText(item)).appendMarkdown('\n\n'));
      return new vscode.Hover(text, document.lineAt(position.line).range);
    }
    const key = client.places.get('client')?.key;
    if (key?.start.line !== line) return undefined;
    return new vscode.Hover(clientTooltip(standingOf(client, this.workspace.findings(document.uri), today), today), document.lineAt(position.line).range);
  }
}
