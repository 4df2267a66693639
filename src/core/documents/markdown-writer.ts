import type { Root } from 'mdast';
import type { Options, Unsafe } from 'mdast-util-to-markdown' with { 'resolution-mode': 'import' };
import { TABLE_UNSAFE, tableHandler } from './markdown-table';

/** Serialises an mdast tree to markdown text. */
export type MarkdownWriter = (tree: Root) => string;

/**
 * Where GFM strikethrough cannot start (the same list as mdast-util-gfm-strikethrough), so that a
 * `~` in a name or in quoted log text is escaped and `~~text~~` stays text on GitHub too.
 */
const NO_STRIKETHROUGH_IN: Unsafe['notInConstruct'] = [
  'autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe',
];

let loading: Promise<MarkdownWriter> | undefined;

/**
 * The markdown serialiser for scaffolded documents: `-` bullets, `_emphasis_`, `**strong**`,
 * fenced code, one space after a bullet, GFM task list items (`- [ ]`) for steps, and GFM tables.
 *
 * mdast-util-to-markdown is ESM-only, so it is loaded with a dynamic `import()`: tsc (module
 * node16) keeps that in CommonJS output, where Node can load ESM; esbuild bundles it.
 * Loaded once; later calls share the same writer.
 */
export function loadMarkdownWriter(): Promise<MarkdownWriter> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<MarkdownWriter> {
  const [{ toMarkdown }, { gfmTaskListItemToMarkdown }] = await Promise.all([
    import('mdast-util-to-markdown'),
    import('mdast-util-gfm-task-list-item'),
  ]);
  const options: Options = {
    bullet: '-',
    bulletOther: '*',
    emphasis: '_',
    strong: '*',
    fences: true,
    listItemIndent: 'one',
    rule: '-',
    unsafe: [{ character: '~', inConstruct: 'phrasing', notInConstruct: NO_STRIKETHROUGH_IN }, ...TABLE_UNSAFE],
    handlers: { table: tableHandler },
    extensions: [gfmTaskListItemToMarkdown()],
  };
  return (tree) => toMarkdown(tree, options);
}
