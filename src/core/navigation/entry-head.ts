import type { LogEntry, SourceRange } from '../model';
import { isSpace, isTagWord } from '../parse/head-words';
import { freeTextStart } from '../parse/log-entry';
import { lineRange } from '../parse/source-text';

/** Where an entry's head is written on its line: the words from its kind up to the free text. */
export interface EntryHead {
  /** `email from Priya`, `payment BD-024 $500.00`, `issue #disrespect`: as written, without the date and time. */
  readonly text: string;
  readonly range: SourceRange;
  /** The ID word of an invoice, or of the invoice a payment or a late fee names. */
  readonly idRange?: SourceRange;
}

/**
 * The head of an entry on its first line, read again from the line the entry keeps: the words
 * are skipped as the parser counts them (the date, the time, then the kind; `#tags` are no
 * words), without cutting them out (the outline of a 10,000-entry log asks for every one).
 */
export function entryHead(entry: LogEntry): EntryHead {
  const { source } = entry;
  const words = headWalk(entry);
  const start = nextWord(words); // the kind
  let end = words.end;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  const { line, column } = entry.range.start;
  const head = { text: source.slice(start, end), range: lineRange(line - 1, column - 1 + start, column - 1 + end) };
  const id = referencedId(entry);
  if (id === undefined) return head;
  const idStart = nextWord(words);
  return { ...head, idRange: lineRange(line - 1, column - 1 + idStart, column - 1 + idStart + id.length) };
}

/** The 1-based column of an invoice's ID word (or of the invoice a payment or late fee names) on its line. */
export function idColumn(entry: LogEntry): number | undefined {
  if (referencedId(entry) === undefined) return undefined;
  const words = headWalk(entry);
  nextWord(words); // the kind
  return entry.range.start.column + nextWord(words);
}

function referencedId(entry: LogEntry): string | undefined {
  return entry.kind === 'invoice' ? entry.id : entry.kind === 'payment' || entry.kind === 'late-fee' ? entry.invoiceId : undefined;
}

/** A walk over the entry's head words, past its date and time. */
function headWalk(entry: LogEntry): { readonly source: string; readonly end: number; at: number } {
  const colon = freeTextStart(entry.source);
  const words = { source: entry.source, end: colon === -1 ? entry.source.length : colon, at: 0 };
  nextWord(words); // the date
  if (entry.time !== undefined) nextWord(words);
  return words;
}

/** The start of the next word that is no `#tag` (as headWords counts words), and moves past it; the end when there is none. */
function nextWord(words: { readonly source: string; readonly end: number; at: number }): number {
  const { source, end } = words;
  for (;;) {
    while (words.at < end && isSpace(source.charCodeAt(words.at))) words.at++;
    const start = words.at;
    while (words.at < end && !isSpace(source.charCodeAt(words.at))) words.at++;
    if (start === end || !isTagWord(source, start, words.at)) return start;
  }
}
