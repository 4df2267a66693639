import * as vscode from 'vscode';
import { documentOutline } from '../core/navigation/document-outline';
import type { OutlineKind, OutlineSymbol } from '../core/navigation/outline-symbol';
import { recordOutline } from '../core/navigation/record-outline';
import { splitLines } from '../core/parse/source-text';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';

const KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  record: vscode.SymbolKind.Class,
  key: vscode.SymbolKind.Property,
  log: vscode.SymbolKind.Namespace,
  month: vscode.SymbolKind.Module,
  invoice: vscode.SymbolKind.Number,
  entry: vscode.SymbolKind.Event,
  heading: vscode.SymbolKind.String,
  step: vscode.SymbolKind.Boolean,
};

/**
 * The Outline view, the breadcrumbs and Go to Symbol in Editor of a ledger file: a client
 * record's frontmatter and its log month by month, or a drafted document's headings and steps.
 * Beside the markdown extension's outline of the headings, under its own name.
 */
export class LedgerDocumentSymbols implements vscode.DocumentSymbolProvider {
  static readonly metadata: vscode.DocumentSymbolProviderMetadata = { label: 'Client Ledger' };

  constructor(private readonly queries: LedgerQueries) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!this.queries.isLedgerFile(document.uri)) return [];
    const file = this.queries.parseDocument(document);
    if (file?.type === 'client') return recordOutline(file, this.queries.today(), (line) => lineText(document, line)).map(toSymbol);
    if (file?.type === 'document') return documentOutline(file, splitLines(document.getText())).map(toSymbol);
    return [];
  }
}

/** The text of a 1-based line; empty past the end (the parse and the document agree on the lines). */
function lineText(document: vscode.TextDocument, line: number): string {
  return line >= 1 && line <= document.lineCount ? document.lineAt(line - 1).text : '';
}

function toSymbol(symbol: OutlineSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, KINDS[symbol.kind], toVsRange(symbol.range), toVsRange(symbol.selectionRange));
  result.children = symbol.children.map(toSymbol);
  return result;
}
