import type { AlignType, BlockContent, Heading, InlineCode, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Strong, Emphasis, Table, Text } from 'mdast';

/**
 * Small builders for the mdast trees of scaffolded documents. Every value that comes from a
 * record (names, amounts, quoted log text) goes in as a `text` node, so the serialiser escapes
 * it: a client called `*Acme* [Inc]` stays text, never markup.
 */

/** A piece of inline content: plain strings become text nodes. */
export type Inline = string | PhrasingContent | false | undefined;

/** Text on one line: line breaks, tabs and other control characters become single spaces. */
export function text(value: string): Text {
  return { type: 'text', value: value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ') };
}

/** Inline content from parts; adjacent strings are joined into one text node; false and undefined are dropped. */
export function inline(parts: readonly Inline[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  let pending = '';
  for (const part of parts) {
    if (part === false || part === undefined) continue;
    if (typeof part === 'string') {
      pending += part;
      continue;
    }
    if (pending !== '') result.push(text(pending));
    pending = '';
    result.push(part);
  }
  if (pending !== '') result.push(text(pending));
  return result;
}

export function paragraph(...parts: Inline[]): Paragraph {
  return { type: 'paragraph', children: inline(parts) };
}

export function heading(depth: 1 | 2 | 3, ...parts: Inline[]): Heading {
  return { type: 'heading', depth, children: inline(parts) };
}

export function strong(...parts: Inline[]): Strong {
  return { type: 'strong', children: inline(parts) };
}

export function emphasis(...parts: Inline[]): Emphasis {
  return { type: 'emphasis', children: inline(parts) };
}

/** Inline code, e.g. a frontmatter key to set: `status: salvage`. */
export function code(value: string): InlineCode {
  return { type: 'inlineCode', value: text(value).value };
}

/** A tight bullet list. */
export function list(items: readonly ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: [...items] };
}

/** A list item with one line of text and, optionally, a nested list. */
export function item(parts: readonly Inline[], nested: readonly ListItem[] = []): ListItem {
  const children: BlockContent[] = [paragraph(...parts)];
  if (nested.length > 0) children.push(list(nested));
  return { type: 'listItem', spread: false, children };
}

/** A GFM task list item, `- [ ] ...`: a step to tick off. */
export function task(parts: readonly Inline[], nested: readonly ListItem[] = [], checked = false): ListItem {
  return { ...item(parts, nested), checked };
}

/** A GFM table: the first row is the header, one alignment a column (amounts `right`). */
export function table(align: readonly AlignType[], rows: readonly (readonly Inline[])[]): Table {
  return {
    type: 'table',
    align: [...align],
    children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: inline([cell]) })) })),
  };
}

export function root(children: readonly (RootContent | false | undefined)[]): Root {
  return { type: 'root', children: children.filter((child): child is RootContent => child !== false && child !== undefined) };
}
