import type { SourceRange } from '../model';
import { isSpace } from '../parse/head-words';
import { lineRange } from '../parse/source-text';

/**
 * Where a heading's words are on its 1-based line: after the `#`s of an ATX heading and before
 * its closing `#`s, or the trimmed line of a setext heading's text. The whole line when nothing
 * is left (`#` alone).
 */
export function headingSpan(text: string, line: number): SourceRange {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  const atx = text.charCodeAt(start) === 0x23;
  while (atx && text.charCodeAt(start) === 0x23) start++;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let end = trimmedEnd(text, start, text.length);
  if (atx) {
    let hashes = end;
    while (hashes > start && text.charCodeAt(hashes - 1) === 0x23) hashes--;
    if (hashes < end && (hashes === start || isSpace(text.charCodeAt(hashes - 1)))) end = trimmedEnd(text, start, hashes);
  }
  return end > start ? lineRange(line - 1, start, end) : lineRange(line - 1, 0, text.length);
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
