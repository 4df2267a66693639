import type { SourceRange } from '../model';
import { lineRange, splitLines } from '../parse/source-text';

/**
 * The word rule for invoice IDs, the one the agenda (a payment reminder counts as sent when an
 * outgoing message names the invoice) and navigation (go to definition, references, rename) both
 * use: text names an ID where the ID stands in any case with neither a letter, a digit, `_` nor
 * `-` right before or after it. `(BD-023)`, `BD-023.`, `#bd-023` and `re:BD-023` name BD-023;
 * `BD-0231`, `XBD-023` and `BD-023-2` do not. A `.` is part of an ID that has one (`A.1`) and
 * ends a word otherwise, so `A.1.` and `A.1.2` name A.1, and `A.1` names A.
 *
 * Found in one pass over the text: the words are cut at those characters and looked up in a map,
 * never a search per ID.
 */
export interface IdWordSet<T> {
  /** By lower-case ID. */
  readonly byKey: ReadonlyMap<string, T>;
  /** The most dots in one ID, and the longest ID: how far a word may reach across dots. */
  readonly maxDots: number;
  readonly maxLength: number;
}

/** The IDs to look for, each with what it stands for; the first of IDs equal but for case wins. */
export function idWordSet<T>(ids: Iterable<readonly [string, T]>): IdWordSet<T> {
  const byKey = new Map<string, T>();
  let maxDots = 0;
  let maxLength = 0;
  for (const [id, value] of ids) {
    const key = id.toLowerCase();
    if (key === '' || byKey.has(key)) continue;
    byKey.set(key, value);
    maxLength = Math.max(maxLength, key.length);
    let dots = 0;
    for (let index = 0; index < key.length; index++) if (key.charCodeAt(index) === DOT) dots++;
    maxDots = Math.max(maxDots, dots);
  }
  return { byKey, maxDots, maxLength };
}

/**
 * Calls `visit` with each place in text[from..to) that names an ID of the set, in text order
 * (offsets, end exclusive). `from` and `to` must not cut a word: the text outside them is not read.
 */
export function forEachIdWord<T>(text: string, from: number, to: number, set: IdWordSet<T>, visit: (start: number, end: number, value: T) => void): void {
  if (set.byKey.size === 0) return;
  let index = from;
  while (index < to) {
    while (index < to && !isIdCharacter(text.charCodeAt(index))) index++;
    const start = index;
    let dots = 0;
    while (index < to && isIdCharacter(text.charCodeAt(index))) {
      if (text.charCodeAt(index) === DOT) dots++;
      index++;
    }
    if (index > start) visitRun(text, start, index, dots, set, visit);
  }
}

/** The place naming an ID that holds `offset` (touching its start or end counts), with its ID's value. */
export function idWordAt<T>(text: string, offset: number, set: IdWordSet<T>): { start: number; end: number; value: T } | undefined {
  let found: { start: number; end: number; value: T } | undefined;
  const from = wordStart(text, offset);
  forEachIdWord(text, from, wordEnd(text, offset), set, (start, end, value) => {
    if (!found && start <= offset && offset <= end) found = { start, end, value };
  });
  return found;
}

/** Every place a text names the ID, as 1-based ranges (its lines cut on LF, CRLF or CR; a leading byte-order mark is no column). */
export function idOccurrences(text: string, id: string, fromLine = 1): SourceRange[] {
  const set = idWordSet([[id, true] as const]);
  const lines = splitLines(text);
  const ranges: SourceRange[] = [];
  for (let line = Math.max(fromLine, 1) - 1; line < lines.length; line++) {
    forEachIdWord(lines[line], 0, lines[line].length, set, (start, end) => ranges.push(lineRange(line, start, end)));
  }
  return ranges;
}

const DOT = 0x2e;

/** A letter, a digit, `_` or `-`: what may not touch a named ID. */
function isWordCharacter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}

/** What an ID is made of: a word character or a dot. */
function isIdCharacter(code: number): boolean {
  return isWordCharacter(code) || code === DOT;
}

/**
 * One run of ID characters: a named ID starts at the run's start or after one of its dots, and
 * ends at its end or before a dot, spanning at most as many dots as the set's IDs have.
 */
function visitRun<T>(text: string, start: number, end: number, dots: number, set: IdWordSet<T>, visit: (start: number, end: number, value: T) => void): void {
  if (dots === 0) {
    lookUp(text, start, end, set, visit);
    return;
  }
  const starts = [start];
  const ends: number[] = [];
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== DOT) continue;
    ends.push(index);
    starts.push(index + 1);
  }
  ends.push(end);
  for (let first = 0; first < starts.length; first++) {
    for (let last = first; last < ends.length && last - first <= set.maxDots; last++) {
      if (ends[last] - starts[first] > set.maxLength) break;
      if (ends[last] > starts[first]) lookUp(text, starts[first], ends[last], set, visit);
    }
  }
}

function lookUp<T>(text: string, start: number, end: number, set: IdWordSet<T>, visit: (start: number, end: number, value: T) => void): void {
  if (end - start > set.maxLength) return;
  const value = set.byKey.get(text.slice(start, end).toLowerCase());
  if (value !== undefined) visit(start, end, value);
}

/** The start of the run of ID characters around `offset`. */
function wordStart(text: string, offset: number): number {
  let index = Math.min(Math.max(offset, 0), text.length);
  while (index > 0 && isIdCharacter(text.charCodeAt(index - 1))) index--;
  return index;
}

function wordEnd(text: string, offset: number): number {
  let index = Math.min(Math.max(offset, 0), text.length);
  while (index < text.length && isIdCharacter(text.charCodeAt(index))) index++;
  return index;
}
