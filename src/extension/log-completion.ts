import * as vscode from 'vscode';
import { logCompletions, type LogCompletion } from '../core/completion/log-completions';
import type { LedgerQueries } from './ledger-queries';

const KINDS: Readonly<Record<LogCompletion['category'], vscode.CompletionItemKind>> = {
  kind: vscode.CompletionItemKind.Keyword,
  direction: vscode.CompletionItemKind.Operator,
  invoice: vscode.CompletionItemKind.Reference,
  tag: vscode.CompletionItemKind.EnumMember,
};

/** Completion in a record's log: kinds after a date, directions, open invoices, tags. */
export class LogCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggers = [' ', '#'];

  constructor(private readonly queries: LedgerQueries) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    if (!this.queries.isLedgerFile(document.uri)) return [];
    const line = document.lineAt(position.line).text;
    return logCompletions(line, position.character, this.queries.client(document.uri), this.queries.today()).map((completion) => {
      const item = new vscode.CompletionItem(completion.label, KINDS[completion.category]);
      item.insertText = completion.insert ?? completion.label;
      item.detail = completion.detail;
      if (completion.category === 'tag') item.filterText = completion.insert;
      return item;
    });
  }
}
