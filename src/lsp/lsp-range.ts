import type { Position, Range } from 'vscode-languageserver';
import type { SourcePosition, SourceRange } from '../core/model';

/** The core's 1-based positions as the protocol's 0-based ones (both count UTF-16 code units). */
export function toLspPosition(position: SourcePosition): Position {
  return { line: position.line - 1, character: position.column - 1 };
}

export function toLspRange(range: SourceRange): Range {
  return { start: toLspPosition(range.start), end: toLspPosition(range.end) };
}

/** A finding's range; an empty one covers one character so it can be seen. */
export function visibleRange(range: SourceRange): Range {
  const exact = toLspRange(range);
  const empty = exact.start.line === exact.end.line && exact.start.character === exact.end.character;
  return empty ? { start: exact.start, end: { line: exact.start.line, character: exact.start.character + 1 } } : exact;
}
