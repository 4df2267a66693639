import * as vscode from 'vscode';
import type { MarkdownPiece } from '../core/markdown/markdown-pieces';

/** The pieces as VS Code's markdown: its own escaping of the words (appendText). */
export function toMarkdownString(pieces: readonly MarkdownPiece[]): vscode.MarkdownString {
  const result = new vscode.MarkdownString();
  for (const piece of pieces) {
    if ('markdown' in piece) result.appendMarkdown(piece.markdown);
    else result.appendText(piece.text);
  }
  return result;
}
