/**
 * VS Code refuses a document symbol whose selection lies outside its range, and the outline and
 * the breadcrumbs rely on children inside their parent: on any record, valid or damaged, every
 * symbol, fold and workspace symbol is well formed and lies in the text. Runs and seed: see
 * test/properties/arbitraries.ts.
 */
import fc from 'fast-check';
import type { SourcePosition, SourceRange } from '../../src/core/model';
import { documentOutline } from '../../src/core/navigation/document-outline';
import { documentFolds, recordFolds } from '../../src/core/navigation/folding';
import type { OutlineSymbol } from '../../src/core/navigation/outline-symbol';
import { recordOutline } from '../../src/core/navigation/record-outline';
import { clientSymbols } from '../../src/core/navigation/workspace-symbols';
import type { Fold } from '../../src/core/navigation/folding';
import { HANG_GUARD_MS } from '../helpers/budget';
import { parseFile } from '../helpers/ledger-text';
import { assertRangeInside, claim, engineLines, holds, mutatedText, SAMPLE_TEXTS, TODAY, validRecord } from '../properties/arbitraries';

function before(a: SourcePosition, b: SourcePosition): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column);
}

function inside(inner: SourceRange, outer: SourceRange): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkSymbols(symbols: readonly OutlineSymbol[], lines: readonly string[], parent: OutlineSymbol | undefined): void {
  let previous: OutlineSymbol | undefined;
  for (const symbol of symbols) {
    const what = () => `${symbol.kind} "${symbol.name}"`;
    claim(symbol.name.trim() !== '', () => `${what()} has no name`);
    assertRangeInside(symbol.range, lines, what);
    claim(inside(symbol.selectionRange, symbol.range), () => `${what()}: its selection is outside its range`);
    claim(!parent || inside(symbol.range, parent.range), () => `${what()} lies outside ${parent!.kind} "${parent!.name}"`);
    claim(!previous || before(previous.range.end, symbol.range.start), () => `${what()} overlaps "${previous!.name}" before it`);
    checkSymbols(symbol.children, lines, symbol);
    previous = symbol;
  }
}

function checkFolds(folds: readonly Fold[], lines: readonly string[]): void {
  const starts = new Set<number>();
  for (const fold of folds) {
    claim(fold.start >= 1 && fold.start < fold.end && fold.end <= lines.length, () => `fold ${fold.start}-${fold.end} of ${lines.length} lines`);
    claim(!starts.has(fold.start), () => `two folds start on line ${fold.start}`);
    starts.add(fold.start);
  }
}

function checkText(text: string): void {
  const file = parseFile(text);
  const lines = engineLines(text);
  const lineAt = (line: number) => lines[line - 1] ?? '';
  if (file.type === 'client') {
    checkSymbols(recordOutline(file, TODAY, lineAt), lines, undefined);
    checkFolds(recordFolds(file), lines);
    for (const invoice of clientSymbols(file, TODAY, '').invoices) {
      const written = lineAt(invoice.line).slice(invoice.column - 1, invoice.column - 1 + invoice.id.length);
      claim(written === invoice.id, () => `invoice ${invoice.id} is written "${written}" at ${invoice.line}:${invoice.column}`);
    }
  } else if (file.type === 'document') {
    checkSymbols(documentOutline(file, lines), lines, undefined);
    checkFolds(documentFolds(lines, file.places), lines);
  }
}

describe('outline symbols, folds and workspace symbols on any record', function () {
  this.timeout(HANG_GUARD_MS);

  it('are well formed on every sample record', () => {
    for (const text of SAMPLE_TEXTS) checkText(text);
  });

  it('are well formed on valid and damaged records', () => {
    holds(fc.property(fc.oneof(validRecord().map((record) => record.text), mutatedText), (text) => checkText(text)));
  });

  it('are well formed on drafted documents with headings and steps', () => {
    const line = fc.constantFrom('# Title', '## Part', '### Deeper', 'Setext', '===', '---', '- [ ] call', '- [x] done', '- [ ] 2026-11-24: call', '```', '', 'prose', '#', '  ## indented');
    holds(fc.property(fc.array(line, { maxLength: 20 }), (body) => checkText(['---', 'document: salvage-plan', 'client: acme', '---', ...body].join('\n'))));
  });
});
