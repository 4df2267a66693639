import type { SourcePosition, SourceRange } from '../model';

/** A replacement of a 1-based range (end exclusive) of a document's text. */
export interface TextEdit {
  readonly range: SourceRange;
  readonly newText: string;
}

/** Edits to one record, with where the cursor or selection should land afterwards. */
export interface RecordEdit {
  readonly edits: readonly TextEdit[];
  /** In the text after the edits. */
  readonly selection?: SourceRange;
}

/** The document's lines and line ending, as edits need them. */
export interface EditableText {
  readonly lines: readonly string[];
  readonly eol: '\n' | '\r\n';
  /** Whether the last line ends with a line break. */
  readonly finalNewline: boolean;
}

export function editableText(text: string): EditableText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  const finalNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (finalNewline) lines.pop();
  return { lines, eol: body.includes('\r\n') ? '\r\n' : '\n', finalNewline };
}

export function at(line: number, column: number): SourcePosition {
  return { line, column };
}

export function insertAt(position: SourcePosition, newText: string): TextEdit {
  return { range: { start: position, end: position }, newText };
}

/** Applies non-overlapping edits to text (for the CLI and tests; the editor applies its own). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const offset = (position: SourcePosition) => starts[position.line - 1] + position.column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) starts.push(index + 1);
  }
  starts.push(text.length + 1);
  return starts;
}
