import * as vscode from 'vscode';
import { recordHover } from '../core/summary/record-hover';
import type { LedgerQueries } from './ledger-queries';
import { toMarkdownString } from './markdown-string';

/** Hovers: an invoice entry's paid and open amounts and days overdue; the retainer's use on its key and this period's work; the `client:` line's summary. */
export class LedgerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly queries: LedgerQueries) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const client = this.queries.parseDocument(document);
    if (client?.type !== 'client') return undefined;
    const hover = recordHover(client, position.line + 1, this.queries.today(), () => this.queries.findings(document.uri));
    return hover && new vscode.Hover(toMarkdownString(hover), document.lineAt(position.line).range);
  }
}
