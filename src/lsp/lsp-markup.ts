import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { markdownOf, type MarkdownPiece } from '../core/markdown/markdown-pieces';

/** A hover's or a tooltip's pieces as the protocol's markdown. */
export function markupOf(pieces: readonly MarkdownPiece[]): MarkupContent {
  return { kind: MarkupKind.Markdown, value: markdownOf(pieces) };
}
