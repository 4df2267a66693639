import assert from 'node:assert/strict';
import type { Heading, List, Root } from 'mdast';
import { scanBlocks } from '../src/core/markdown/scan-blocks';
import { mulberry32 } from './helpers/seeded-random';
import { cases, HANG_GUARD_MS } from './helpers/budget';

/**
 * Differential test: the hand-written line scanner must find the same root-level headings
 * and root-level list items as mdast-util-from-markdown (micromark), on a hand-written
 * corpus of tricky documents and on thousands of seeded random ones.
 */

type FromMarkdown = (value: string) => Root;
type ToString = (value: unknown) => string;

let fromMarkdown: FromMarkdown;
let mdastToString: ToString;

interface Outline {
  headings: Array<{ line: number; depth: number; text?: string }>;
  items: Array<{ line: number; endLine: number; contentStart?: number }>;
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Heading text is only comparable when it is plain text (no inline markup, escapes or references). */
function plainText(heading: Heading): boolean {
  return heading.children.every((child) => child.type === 'text');
}

/** Block types whose start column on the marker line is where the item's content starts. */
const CONTENT_STARTS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'thematicBreak']);

function oracleOutline(text: string): Outline {
  const root = fromMarkdown(text);
  // micromark drops a leading byte order mark from its columns; the scanner indexes the line.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const outline: Outline = { headings: [], items: [] };
  for (const node of root.children) {
    if (node.type === 'heading') {
      outline.headings.push({
        line: node.position!.start.line - 1,
        depth: node.depth,
        text: plainText(node) ? mdastToString(node) : undefined,
      });
    } else if (node.type === 'list') {
      for (const item of (node as List).children) {
        const line = item.position!.start.line - 1;
        const first = item.children[0];
        const comparable = first !== undefined && first.position!.start.line - 1 === line &&
          CONTENT_STARTS.has(first.type);
        outline.items.push({
          line,
          endLine: item.position!.end.line - 1,
          contentStart: comparable ? first.position!.start.column - 1 + (line === 0 ? bom : 0) : undefined,
        });
      }
    }
  }
  return outline;
}

/** The scanner's outline, reduced to what the oracle can tell (texts and content starts where comparable). */
function scannerOutline(lines: readonly string[], oracle: Outline): Outline {
  const { headings, items } = scanBlocks(lines);
  return {
    headings: headings.map((heading, i) => {
      const other = oracle.headings[i];
      const comparable = other?.text !== undefined && !/[\\&]/.test(heading.text);
      return {
        line: heading.line,
        depth: heading.depth,
        text: comparable ? heading.text : other?.text,
      };
    }),
    items: items.map((item, i) => ({
      line: item.line,
      endLine: item.endLine,
      contentStart: oracle.items[i]?.contentStart === undefined ? undefined : item.contentStart,
    })),
  };
}

function assertAgrees(text: string, label: string): void {
  const lines = splitLines(text);
  const expected = oracleOutline(text);
  const actual = scannerOutline(lines, expected);
  assert.deepEqual(actual, expected,
    `${label}: scanner and mdast-util-from-markdown disagree on\n${JSON.stringify(text)}\n` +
    lines.map((line, i) => `${String(i).padStart(3)}| ${line}`).join('\n'));
}

// ---------------------------------------------------------------------------------------
// Hand-written corpus
// ---------------------------------------------------------------------------------------

const corpus: Array<[name: string, text: string]> = [
  ['ledger body', [
    '# Notes',
    'Some prose.',
    '- a prose list item, not in the log',
    '',
    '## Log',
    '- 2026-11-02 email to Jane: asked for the updated service list',
    '  - nested note',
    '  more lazy text',
    '- 2026-11-04 10:15 call to Jane #no-answer',
    '',
    '```',
    '- 2026-11-05 inside a fence',
    '```',
    '## Next',
    '',
  ].join('\n')],
  ['ledger with loose items and continuation paragraphs', [
    '## Log',
    '',
    '- 2026-10-01 invoice INV-042 $450 due 2026-10-15',
    '',
    '  Sent by email, Jane confirmed.',
    '',
    '',
    '- 2026-10-20 payment INV-042 $200',
    '    - partial, rest next month',
    '',
    '## Next',
    '- [ ] chase INV-042',
  ].join('\n')],
  ['byte order mark', '\uFEFF- a\n# b\n'],
  ['byte order mark before a setext heading', '\uFEFFTitle\n===\n\uFEFF- not a list'],
  ['CRLF line endings', '# Title\r\n- a\r\n  b\r\n\r\n- c\r\n## End\r\n'],
  ['ATX headings with up to 3 spaces, 4 is code', '# one\n ## two\n  ### three\n   #### four\n    # code'],
  ['ATX edge cases', '#\n#5 not a heading\n####### seven\n# closing ###\n## foo#\n### ###\n#\tTab\n# \\#escaped\n##   spaced   ##   '],
  ['setext headings', 'Title\n=====\n\nSub\n---\n\nmulti\n  line\n===\n  indented underline\n   ---'],
  ['thematic break after blank line', 'para\n\n---\n\n***\n* * *\n_ _ _\n- - -'],
  ['setext after list item is a thematic break', '- item\n---\n- item\n==='],
  ['--- after a paragraph inside an item is an item-level heading', '- item\n  ---\n- next'],
  ['lists interrupting paragraphs', 'para\n- bullet\n\npara\n2. not a list\n\npara\n1. a list\n\npara\n-\nstill para?'],
  ['empty list items', '-\n- a\n-\n\n-\n  content under empty\n*\n\n  not in the item'],
  ['ordered markers', '1. one\n2. two\n3) three\n10. ten\n1234567890. too long\n01. zero'],
  ['marker changes start new lists', '- a\n+ b\n* c\n1. d\n1) e'],
  ['nested items', '- a\n  - b\n    - c\n      - d\n- e\n   - f\n - g'],
  ['nested under ordered', '1. a\n   - b\n  - not nested enough\n10. c\n    - nested'],
  ['lazy continuation', '- a\nlazy\n  - b\nlazier\n\nnot lazy'],
  ['blank lines inside items', '- a\n\n  b\n\n\n  c\n\n\nd'],
  ['content 5+ spaces after marker is code', '-     code\n  more\n-      x\n-\tfoo'],
  ['indented code not after paragraph', 'para\n    continuation\n\n    code\n- item\n\n      item code\n\n\n'],
  ['indented code then list items', '    code\n-\n2. x\n\n- y'],
  ['fenced code blocks', '```js\n# not heading\n- not item\n```\n~~~~\n~~~\n```\n~~~~~\n# heading'],
  ['fence closing must be long enough and unindented enough', '````\n```\n    ````\n   ````\n- after'],
  ['unclosed fence runs to the end', '# h\n```\n- x\n# y\n'],
  ['backtick in info string is not a fence', '``` a`b\n# heading\n~~~ a`b\n# not heading'],
  ['fence inside a list item', '- a\n  ```\n  - inside\n\n  ```\n- b\n  ```\n  open\n\n\nc'],
  ['fence in item closed by dedent', '- ```\n  code\n\n\nnext\n- x'],
  ['HTML comment block', '<!-- a\n# hidden\n- hidden\n\n-->\n# shown'],
  ['HTML div block ends at blank line', '<div>\n# hidden\n- hidden\n\n# shown\n- shown'],
  ['HTML script block', '<script>\nlet a = 1;\n\n# hidden\n</script>\n- shown'],
  ['HTML type 7 cannot interrupt a paragraph', 'para\n<span>\n# h\n\n<span>\n# hidden\n\n# shown'],
  ['HTML in list items', '- <div>\n\n  a\n- <!--\n\n  -->\n\nafter'],
  ['HTML declarations and processing instructions', '<!DOCTYPE html>\n# a\n<?php\n\n?>\n# b\n<![CDATA[\n# no\n]]>\n# c'],
  ['block quotes hide headings and lists', '> # quoted\n> - quoted item\n>\n> lazy\ncontinued\n# root\n- root item'],
  ['block quote lazy lines', '> - a\nlazy\n- b\n> c\n---'],
  ['quote inside item', '- a\n  > q\n  >\n\nafter\n- > b\n  > c'],
  ['tabs in indentation', '-\ta\n\t- b\n  \tc\n\n\tcode\n#\tT'],
  ['tab-indented nested item', '- a\n\t- b\n\t\tc'],
  ['ATX heading interrupts paragraph and item', 'para\n# h\n- a\n# h2\n  b'],
  ['setext multi-line with trailing spaces', 'a   \nb\n===\nc \n  d\n---'],
  ['ordered interrupt must start at exactly 1', 'para\n01. no\n\npara\n1) yes\n2) two'],
  ['deeply indented list markers', '    - code\n   - item\n  1. ordered\n - x'],
  ['items separated by blank lines (loose)', '- a\n\n- b\n\n\n- c\n\n'],
  ['empty item then blank then indented text', '-\n\n  a\n- b'],
  ['heading right after a list item', '- a\n## h\n- b\n\n## h2'],
  ['block quote then list', '> a\n- b\n  > c\n- d'],
  ['html type 7 on a lazy line', '> a\n<span>\n# h'],
  ['paragraph continuation beats indented code in items', '- a\n      b\n    c\n\n      d'],
  ['only blank lines', '\n\n   \n\t\n'],
  ['empty document', ''],
  // Link reference definitions (single-line ones are recognised at the root).
  ['definitions before a thematic break', '[site]: https://example.com\n---\n- a'],
  ['definitions then text then underline', '[a]: /u "title"\n[b]: <x y>\nReal title\n===\n[c]: /v\n===\nnext\n---'],
  ['not a definition', '[a]: /u "t" x\n---\n[ ]: /u\n---\n[a]: b(c\n---'],
  // micromark's own behaviour where it differs from the reference implementation.
  ['type 7 HTML on a lazy line stays in the item', '- a\n<span>\n  foo\n- b\n> q\n<span>\n# h'],
  ['type 7 HTML on a lazy last line leaves the item', '- a\n</span>'],
  ['unclosed fence ends at the next sibling item', '- ```\n  x\n- b\n- ```\n\n\n+ c\n- <!--\n> q\n- ```\n# h'],
  ['whitespace-only line indented 4+ stays in indented code', '- a\n\n      code\n      \n\nx\n-     code\n         \nnext'],
  ['empty item, blank lines, then lazy indented code', '  1.\n\n\n     code\n01. zero\n-\n\n    code\n2. x'],
];

describe('scanBlocks (differential against mdast-util-from-markdown)', function () {
  this.timeout(HANG_GUARD_MS);
  before(async () => {
    ({ fromMarkdown } = await import('mdast-util-from-markdown'));
    ({ toString: mdastToString } = await import('mdast-util-to-string'));
  });

  it('has a corpus of at least 40 documents', () => {
    assert.ok(corpus.length >= 40, `only ${corpus.length} corpus cases`);
  });

  for (const [name, text] of corpus) {
    it(`agrees on: ${name}`, () => assertAgrees(text, `corpus case "${name}"`));
  }

  it('reports heading texts, depths and item content starts', () => {
    const lines = ['# Title #', 'Sub', '  line', '---', '-   four', '1. one', '-', '-  ', '- > q'];
    const outline = scanBlocks(lines);
    assert.deepEqual(outline.headings, [
      { line: 0, depth: 1, text: 'Title' },
      { line: 1, depth: 2, text: 'Sub\nline' },
    ]);
    assert.deepEqual(outline.items.map((item) => [item.line, item.contentStart, item.endLine]), [
      [4, 4, 4], [5, 3, 5], [6, 1, 6], [7, 2, 7], [8, 2, 8],
    ]);
  });

  it('scans a line range with line numbers of the whole file', () => {
    const lines = ['# a', '```', '- inside', '```', '- b', '  c', '## d'];
    const outline = scanBlocks(lines, 4, 7);
    assert.deepEqual(outline.headings, [{ line: 6, depth: 2, text: 'd' }]);
    assert.deepEqual(outline.items, [{ line: 4, contentStart: 2, endLine: 5 }]);
    assert.deepEqual(scanBlocks(lines, 2, 3).items, [{ line: 2, contentStart: 2, endLine: 2 }]);
  });

  it('agrees on seeded random documents', () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const random = mulberry32(seed);
      for (let i = 0; i < DOCS_PER_SEED; i++) {
        const text = randomDocument(random);
        assertAgrees(text, `random document seed=${seed} index=${i}`);
        checked++;
      }
    }
    assert.equal(checked, SEEDS.length * DOCS_PER_SEED);
  });

  it('would notice a disagreement (the comparison is not vacuous)', () => {
    const lines = splitLines('- a\n  b\n# h');
    const expected = oracleOutline('- a\n  b\n# h');
    assert.deepEqual(expected.items.map((item) => [item.line, item.endLine]), [[0, 1]]);
    assert.deepEqual(expected.headings.map((heading) => [heading.line, heading.depth]), [[2, 1]]);
    assert.throws(() => assert.deepEqual(scannerOutline(lines.slice(0, 1), expected), expected));
  });
});

// ---------------------------------------------------------------------------------------
// Seeded random documents
// ---------------------------------------------------------------------------------------

const SEEDS = [1, 42, 2026, 77777];
const DOCS_PER_SEED = Math.ceil(cases(1_000) / SEEDS.length);


function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

const FIXED_SHAPES: readonly string[] = [
  // headings
  '# Notes', '## Log', '### Sub heading ###', '#### four', '##### five', '###### six', '####### seven',
  '#5 not a heading', '#', '  ## indented heading', '   ### three spaces', '# closing#', '#\tTab heading',
  // setext underlines and thematic breaks
  '===', '---', '  ---', '====  ', '=', '-', '***', '* * *', '___', '- - -', ' ***', '--', '= =',
  // fences
  '```', '````', '~~~', '~~~~', '```js', '~~~ info string', '  ```', '   ~~~', '    ```', '``` a`b', '``',
  // indented and tab-indented lines
  '    indented code', '      deeper code', '\tcode after tab', '\t- tab item', '-\ttab after marker',
  ' \tmixed', '\t\tdouble tab',
  // blank lines
  '', '', '', '   ', '\t',
  // HTML
  '<div>', '</div>', '<!-- a', 'b -->', '<!-- one line -->', '<script>', '</script>', '<span>',
  '<span class="x">', '</span>', '<?php', '?>', '<!DOCTYPE html>', '<pre>', '</pre>', '<div class="a"',
  '<a href="x">link</a> text', '<br/>',
  // block quotes
  '> quote', '> - quoted item', '>', '> # quoted heading', '> ```', '>     quoted code', '  > indented quote',
  '>> nested quote', '> 1. quoted ordered',
  // plain text
  'plain text', 'Some prose.', 'more lazy text', '  leading spaces', '   three spaces', 'a *b* c',
  '2026-11-04 10:15 call to Jane #no-answer', 'Title', '       ', '  \t  ',
  // single-line link reference definitions
  '[site]: https://example.com', '[a]: <x y> "title"',
  // ordered items
  '1. ordered', '2) ordered', '01. zero', '1234567890. too long', '10. ten', '1)',
];

const MARKERS = ['-', '+', '*', '1.', '2.', '1)', '3)'];
const CONTENTS = ['item', '2026-11-02 email to Jane', '', '[ ] task', '# heading in item', '> quote in item',
  '```', '- nested', 'text with `code`', '<div>'];

function randomLine(random: () => number): string {
  if (random() < 0.4) {
    // A list item with a random indent, marker, spacing and content.
    const indent = ' '.repeat(Math.floor(random() * 7));
    const marker = pick(random, MARKERS);
    const content = pick(random, CONTENTS);
    const spaces = content === '' ? pick(random, ['', '', ' ']) : ' '.repeat(1 + Math.floor(random() * 5));
    return indent + marker + spaces + content;
  }
  if (random() < 0.15) {
    // A continuation-looking line with some indent.
    return ' '.repeat(Math.floor(random() * 7)) + pick(random, ['text', '- x', '```', '---', '> q', '1. y', '<div>']);
  }
  return pick(random, FIXED_SHAPES);
}

function randomDocument(random: () => number): string {
  const count = 3 + Math.floor(random() * 23);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(randomLine(random));
  return lines.join('\n') + (random() < 0.5 ? '\n' : '');
}
