import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { markdown, markdownOf, summaryPieces, text } from '../../src/core/markdown/markdown-pieces';

type FromMarkdown = (value: string) => Root;
type ToString = (value: unknown) => string;

describe('markdown pieces', () => {
  let fromMarkdown: FromMarkdown;
  let mdastToString: ToString;
  before(async () => {
    ({ fromMarkdown } = await import('mdast-util-from-markdown'));
    ({ toString: mdastToString } = await import('mdast-util-to-string'));
  });

  const WORDS = [
    'Smith_&_Sons *Co*', '`code` and **bold**', 'see [the site](https://x.example)', '<b>hi</b> &amp; more', 'a \\ backslash',
    '- not a list', '+ nor this', '# not a heading', '1. not a numbered item', '2) nor this', '> not a quote', '=== no heading underline',
    '| a | b |', '~~not struck~~', 'email to Jo: re BD-023 (paid?) #urgent !',
  ];

  it('shows a record\'s words as written, whatever markdown they hold', () => {
    for (const words of WORDS) assert.equal(mdastToString(fromMarkdown(markdownOf([text(words)]))), words, words);
    assert.deepEqual(fromMarkdown(markdownOf([text('  - an indented dash')])).children.map((node) => node.type), ['paragraph']);
  });

  it('leaves dates, amounts and IDs alone', () => {
    const plain = 'Invoice BD-023 · $1,250.00 · issued 2026-09-01 · due 2026-09-15';
    assert.equal(markdownOf([text(plain)]), plain);
  });

  it('keeps markdown pieces as written', () => {
    const tree = fromMarkdown(markdownOf([markdown('**'), text('A*B'), markdown('** — active\n\n---\n\n- '), text('warning: late')]));
    assert.deepEqual(tree.children.map((node) => node.type), ['paragraph', 'thematicBreak', 'list']);
    assert.equal(mdastToString(tree.children[0]), 'A*B — active');
  });

  it('gives summary lines the first in bold, each its own paragraph', () => {
    const tree = fromMarkdown(markdownOf(summaryPieces(['Invoice A_1', 'Paid *nothing*'])));
    assert.deepEqual(tree.children.map((node) => [node.type, mdastToString(node)]), [['paragraph', 'Invoice A_1'], ['paragraph', 'Paid *nothing*']]);
    const [first] = tree.children;
    assert.equal(first.type === 'paragraph' && first.children[0].type, 'strong');
  });
});
