import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { documentOutline } from '../../core/navigation/document-outline';
import type { OutlineKind, OutlineSymbol } from '../../core/navigation/outline-symbol';
import { recordOutline } from '../../core/navigation/record-outline';
import { splitLines } from '../../core/parse/source-text';
import type { LspFeature, LspFiles } from '../lsp-files';
import { toLspRange } from '../lsp-range';

const KINDS: Readonly<Record<OutlineKind, SymbolKind>> = {
  record: SymbolKind.Class,
  key: SymbolKind.Property,
  log: SymbolKind.Namespace,
  month: SymbolKind.Module,
  invoice: SymbolKind.Number,
  entry: SymbolKind.Event,
  heading: SymbolKind.String,
  step: SymbolKind.Boolean,
};

/** The outline, as the extension's document-symbols.ts: a record's frontmatter and its log month by month, a document's headings and steps. */
export const documentSymbolsFeature: LspFeature = {
  capabilities: { documentSymbolProvider: { label: 'Client Ledger' } },
  register(connection, files) {
    connection.onDocumentSymbol((params) => symbolsOf(files, params));
  },
};

function symbolsOf(files: LspFiles, { textDocument }: DocumentSymbolParams): DocumentSymbol[] {
  const file = files.file(textDocument.uri);
  if (!file) return [];
  const lines = splitLines(file.text);
  if (file.record.type === 'client') return recordOutline(file.record, files.today(), (line) => lines[line - 1] ?? '').map(toSymbol);
  if (file.record.type === 'document') return documentOutline(file.record, lines).map(toSymbol);
  return [];
}

function toSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: KINDS[symbol.kind],
    range: toLspRange(symbol.range),
    selectionRange: toLspRange(symbol.selectionRange),
    children: symbol.children.map(toSymbol),
  };
}
