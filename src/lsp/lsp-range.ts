import type { Position, Range, TextEdit } from 'vscode-languageserver';
import type { TextEdit as LedgerEdit } from '../core/edits/text-edit';
import type { SourcePosition, SourceRange } from '../core/model';
import { splitLines } from '../core/parse/source-text';

/**
 * The one conversion between the core's positions (1-based line and column) and the protocol's
 * (0-based line and character). Both count UTF-16 code units, the protocol's default encoding.
 */
export function toLspPosition(position: SourcePosition): Position {
  return { line: position.line - 1, character: position.column - 1 };
}

export function toLspRange(range: SourceRange): Range {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

export function fromLspPosition(position: Position): SourcePosition {
  return { line: position.line + 1, column: position.character + 1 };
}

export function toLspEdit(edit: LedgerEdit): TextEdit {
  return { range: toLspRange(edit.range), newText: edit.newText };
}

/** The text of a 0-based line, without its line break; empty past the end. */
export function lineOf(text: string, line: number): string {
  return splitLines(text)[line] ?? '';
}

/** A 0-based line from its start to its end, as a hover's range. */
export function wholeLine(text: string, line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lineOf(text, line).length } };
}

/** A finding's range; an empty one covers one character so it can be seen. */
export function visibleRange(range: SourceRange): Range {
  const exact = toLspRange(range);
  const empty = exact.start.line === exact.end.line && exact.start.character === exact.end.character;
  return empty ? { start: exact.start, end: { line: exact.start.line, character: exact.start.character + 1 } } : exact;
}
