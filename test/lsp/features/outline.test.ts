import assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import type { ClientRecord, DocumentRecord, SourceRange } from '../../../src/core/model';
import { documentOutline } from '../../../src/core/navigation/document-outline';
import { documentFolds, recordFolds } from '../../../src/core/navigation/folding';
import type { OutlineSymbol } from '../../../src/core/navigation/outline-symbol';
import { recordOutline } from '../../../src/core/navigation/record-outline';
import { documentSymbolsFeature } from '../../../src/lsp/features/document-symbols';
import { foldingRangesFeature } from '../../../src/lsp/features/folding-ranges';
import { EXAMPLES, FakeFiles, request, textAt, uriOf } from './lsp-fakes';

/** A core range as the protocol's: 0-based lines and characters. */
function zeroBased(range: SourceRange) {
  return { start: { line: range.start.line - 1, character: range.start.column - 1 }, end: { line: range.end.line - 1, character: range.end.column - 1 } };
}

function assertSameOutline(symbols: readonly DocumentSymbol[], outline: readonly OutlineSymbol[]): void {
  assert.equal(symbols.length, outline.length);
  symbols.forEach((symbol, index) => {
    const expected = outline[index];
    assert.deepEqual([symbol.name, symbol.detail, symbol.range, symbol.selectionRange], [expected.name, expected.detail, zeroBased(expected.range), zeroBased(expected.selectionRange)]);
    assertSameOutline(symbol.children ?? [], expected.children);
  });
}

describe('language server: document symbols and folding', () => {
  const files = new FakeFiles();
  const record = uriOf(EXAMPLES, 'clients/brightside-dental.md');
  const letter = uriOf(EXAMPLES, 'clients/peak-consulting/2026-10-14-termination.md');
  const ask = <R>(feature: typeof documentSymbolsFeature, method: string, uri: string) => request<R>(feature, files, method, { textDocument: { uri } });

  it('outline a record as the core does: frontmatter, then the log month by month', async () => {
    const symbols = await ask<DocumentSymbol[]>(documentSymbolsFeature, 'onDocumentSymbol', record);
    const lines = files.text(record).split('\n');
    assertSameOutline(symbols, recordOutline(files.file(record)!.record as ClientRecord, files.today(), (line) => lines[line - 1] ?? ''));
    const invoice = symbols.flatMap((symbol) => symbol.children ?? []).flatMap((symbol) => symbol.children ?? []).find((symbol) => symbol.name.startsWith('BD-023'));
    assert.ok(invoice, 'BD-023 is in a month of the log');
    assert.equal(textAt(files.text(record), invoice.selectionRange), 'BD-023');
  });

  it('outline a document by its headings and steps', async () => {
    const symbols = await ask<DocumentSymbol[]>(documentSymbolsFeature, 'onDocumentSymbol', letter);
    assertSameOutline(symbols, documentOutline(files.file(letter)!.record as DocumentRecord, files.text(letter).split('\n')));
    assert.ok(symbols.length > 0);
  });

  it('fold what the core folds, on 0-based lines', async () => {
    const folds = await ask<FoldingRange[]>(foldingRangesFeature, 'onFoldingRanges', record);
    const expected = recordFolds(files.file(record)!.record as ClientRecord);
    assert.ok(expected.length > 0);
    assert.deepEqual(folds, expected.map((fold) => ({ startLine: fold.start - 1, endLine: fold.end - 1 })));
    const documentFolding = await ask<FoldingRange[]>(foldingRangesFeature, 'onFoldingRanges', letter);
    const document = files.file(letter)!.record as DocumentRecord;
    assert.ok(documentFolding.length > 0);
    assert.deepEqual(documentFolding, documentFolds(files.text(letter).split('\n'), document.places).map((fold) => ({ startLine: fold.start - 1, endLine: fold.end - 1 })));
  });

  it('give nothing outside the ledger', async () => {
    assert.deepEqual(await ask(documentSymbolsFeature, 'onDocumentSymbol', uriOf(EXAMPLES, 'README.md')), []);
    assert.deepEqual(await ask(foldingRangesFeature, 'onFoldingRanges', uriOf(EXAMPLES, 'README.md')), []);
  });
});
