import type { SourcePosition, SourceRange } from '../model';

/**
 * What a symbol of the outline is, for its icon: a record's frontmatter (named after the client,
 * or the document's kind), a frontmatter key, the log, a month of it, an invoice, another entry,
 * a heading, a document's checkbox step.
 */
export type OutlineKind = 'record' | 'key' | 'log' | 'month' | 'invoice' | 'entry' | 'heading' | 'step';

/** One symbol of the Outline view and the breadcrumbs; positions 1-based, ends exclusive. */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  /** All of it: a month from its first entry to the last line of its last one, nested notes included. */
  readonly range: SourceRange;
  /** Its name where it is written: the ID word, the key, the heading's words. */
  readonly selectionRange: SourceRange;
  readonly children: readonly OutlineSymbol[];
}

/** The text of a 1-based line of the file, without its line break. */
export type LineText = (line: number) => string;

/** The end of a 1-based line, after its last character. */
export function lineEnd(lineAt: LineText, line: number): SourcePosition {
  return { line, column: lineAt(line).length + 1 };
}

/** From the start of line `from` to the end of line `to`. */
export function wholeLines(lineAt: LineText, from: number, to: number): SourceRange {
  return { start: { line: from, column: 1 }, end: lineEnd(lineAt, to) };
}
