import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../src/core/model';
import { documentOutline } from '../../src/core/navigation/document-outline';
import type { OutlineSymbol } from '../../src/core/navigation/outline-symbol';
import { splitLines } from '../../src/core/parse/source-text';
import { lineOf, parseFile } from '../helpers/ledger-text';

const TEXT = [
  '---',
  'document: salvage-plan',
  'client: acme',
  'created: 2026-11-20',
  '---',
  '',
  '# Salvage plan for Acme',
  '',
  '## The facts',
  '',
  'Two invoices are open.',
  '',
  '## The plan',
  '',
  '- [x] Put a deposit policy in place',
  '- [ ] 2026-11-24: call Jane',
  '',
  '### If she does not answer',
  '',
  '```',
  '# not a heading',
  '```',
  '',
  'Review date',
  '===========',
  '',
  '- [ ] decide',
  '',
  '',
].join('\n');
const lines = splitLines(TEXT);
/** The closing fence: the sections above the setext heading end there, the blank line after it left out. */
const FENCE_END = lineOf(TEXT, '# not a heading') + 1;

function documentOf(text: string): DocumentRecord {
  const file = parseFile(text, 'clients/acme/2026-11-20-salvage-plan.md');
  assert.equal(file.type, 'document');
  return file as DocumentRecord;
}

/** Each symbol as `name [detail] first-last line`, its children indented under it. */
function tree(symbols: readonly OutlineSymbol[], indent = ''): string[] {
  return symbols.flatMap((symbol) => [`${indent}${symbol.name} [${symbol.detail}] ${symbol.range.start.line}-${symbol.range.end.line}`, ...tree(symbol.children, `${indent}  `)]);
}

describe('the outline of a drafted document', () => {
  const outline = documentOutline(documentOf(TEXT), lines);

  it('is its frontmatter, named after its kind, then its headings as a tree holding its steps', () => {
    assert.deepEqual(tree(outline), [
      'salvage-plan [acme · 2026-11-20] 1-5',
      '  document [salvage-plan] 2-2',
      '  client [acme] 3-3',
      '  created [2026-11-20] 4-4',
      `Salvage plan for Acme [] 7-${FENCE_END}`,
      '  The facts [] 9-11',
      `  The plan [] 13-${FENCE_END}`,
      '    Put a deposit policy in place [done] 15-15',
      '    call Jane [due 2026-11-24] 16-16',
      `    If she does not answer [] 18-${FENCE_END}`,
      `Review date [] ${lineOf(TEXT, 'Review date')}-${lineOf(TEXT, 'decide')}`,
      `  decide [to do] ${lineOf(TEXT, 'decide')}-${lineOf(TEXT, 'decide')}`,
    ]);
  });

  it('selects a heading\'s words and a step\'s text', () => {
    const [, title] = outline;
    const words = (symbol: OutlineSymbol) => lines[symbol.selectionRange.start.line - 1].slice(symbol.selectionRange.start.column - 1, symbol.selectionRange.end.column - 1);
    assert.equal(words(title), 'Salvage plan for Acme');
    const plan = title.children[1];
    assert.deepEqual(plan.children.map(words), ['Put a deposit policy in place', 'call Jane', 'If she does not answer']);
    assert.equal(words(outline[2]), 'Review date', 'a setext heading: its text line');
  });

  it('a heading in a code fence is no heading; a document without headings is its frontmatter and steps', () => {
    assert.ok(!tree(outline).some((line) => line.includes('not a heading')));
    const plain = ['---', 'document: termination', 'client: acme', '---', '', '- [ ] Final payment received'].join('\n');
    assert.deepEqual(tree(documentOutline(documentOf(plain), splitLines(plain))), [
      'termination [acme] 1-4',
      '  document [termination] 2-2',
      '  client [acme] 3-3',
      'Final payment received [to do] 6-6',
    ]);
  });
});
