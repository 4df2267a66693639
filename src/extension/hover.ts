import * as vscode from 'vscode';
import { invoiceAtLine, invoiceSummaryLines } from '../core/summary/invoice-summary';
import { standingOf } from '../core/summary/client-standing';
import { retainerHoverAt } from '../core/summary/retainer-summary';
import type { LedgerQueries } from './ledger-queries';
import { clientTooltip } from './tree/clients-provider';

/** Hovers: an invoice entry's paid and open amounts and days overdue; the retainer's use on its key and this period's work; the `client:` line's summary. */
export class LedgerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly queries: LedgerQueries) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const client = this.queries.parseDocument(document);
    if (client?.type !== 'client') return undefined;
    const line = position.line + 1;
    const today = this.queries.today();
    const invoice = invoiceAtLine(client, line, today);
    if (invoice) return new vscode.Hover(summaryMarkdown(invoiceSummaryLines(invoice)), document.lineAt(position.line).range);
    const retainer = retainerHoverAt(client, line, today);
    if (retainer) return new vscode.Hover(new vscode.MarkdownString().appendMarkdown('**Retainer** ').appendText(retainer), document.lineAt(position.line).range);
    const key = client.places.get('client')?.key;
    if (key?.start.line !== line) return undefined;
    return new vscode.Hover(clientTooltip(standingOf(client, this.queries.findings(document.uri), today), today), document.lineAt(position.line).range);
  }
}

/** Lines as the hover shows them: the first in bold, each its own paragraph (the inlay hints' tooltips too). */
export function summaryMarkdown(lines: readonly string[]): vscode.MarkdownString {
  const text = new vscode.MarkdownString();
  lines.forEach((item, index) => (index === 0 ? text.appendMarkdown('**').appendText(item).appendMarkdown('**') : text.appendText(item)).appendMarkdown('\n\n'));
  return text;
}
