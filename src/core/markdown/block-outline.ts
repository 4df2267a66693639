/**
 * The root-level structure of a markdown body that the ledger needs: headings and the
 * items of top-level lists. Produced by a single line scan (see scanBlocks), never by a
 * full markdown parse, because it sits on the checker's hot path.
 */
export interface OutlineHeading {
  /** 0-based index into the scanned lines; for a setext heading, its first text line. */
  readonly line: number;
  readonly depth: number;
  /** Raw heading text, trimmed, without the ATX closing sequence or setext underline. */
  readonly text: string;
}

export interface OutlineItem {
  /** 0-based index of the line holding the list marker. */
  readonly line: number;
  /** 0-based UTF-16 index in that line where the item's content starts (after marker and spaces). */
  readonly contentStart: number;
  /** 0-based index of the last line that belongs to the item (nested notes, lazy lines, blanks inside). */
  readonly endLine: number;
}

export interface BlockOutline {
  readonly headings: readonly OutlineHeading[];
  readonly items: readonly OutlineItem[];
}
