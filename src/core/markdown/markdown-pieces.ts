/**
 * A hover or a tooltip as pieces: markdown as written (`**`, `---`, a list's `- `) and words to
 * show as they are (a client's name, a finding's message, anything a record says). Each place
 * that shows them escapes the words its own way: the extension through VS Code's
 * MarkdownString.appendText, the language server with markdownOf.
 */
export type MarkdownPiece = { readonly markdown: string } | { readonly text: string };

export function markdown(value: string): MarkdownPiece {
  return { markdown: value };
}

export function text(value: string): MarkdownPiece {
  return { text: value };
}

/** Summary lines as the hovers and the inlay hints' tooltips show them: the first in bold, each its own paragraph. */
export function summaryPieces(lines: readonly string[]): MarkdownPiece[] {
  return lines.flatMap((line, index) => [...(index === 0 ? [markdown('**'), text(line), markdown('**')] : [text(line)]), markdown('\n\n')]);
}

/** The pieces as one markdown text, the words escaped so that they read as written. */
export function markdownOf(pieces: readonly MarkdownPiece[]): string {
  return pieces.map((piece) => ('markdown' in piece ? piece.markdown : escapeMarkdown(piece.text))).join('');
}

/**
 * Backslashes before what would format a word inline (emphasis, code, links, HTML, entities,
 * tables, strikethrough) and what would start a block at a line's start (a heading, a list, a
 * quote); the rest is left alone, so an editor that shows the markdown raw shows few backslashes.
 */
export function escapeMarkdown(words: string): string {
  return words
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^([ \t]*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2');
}
