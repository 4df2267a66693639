import type { LogEntry, SourceRange } from '../model';
import { headWords, isSpace } from '../parse/head-words';
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

/** The head of an entry on its first line, read again from the line the entry keeps (one entry at a time, linear in the line). */
export function entryHead(entry: LogEntry): EntryHead {
  const { source } = entry;
  const colon = freeTextStart(source);
  const starts: number[] = [];
  headWords(source, colon === -1 ? source.length : colon, starts);
  const kindAt = entry.time === undefined ? 1 : 2;
  const start = starts[kindAt] ?? 0;
  let end = colon === -1 ? source.length : colon;
  while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
  const line = entry.range.start.line - 1;
  const base = entry.range.start.column - 1;
  const head = { text: source.slice(start, end), range: lineRange(line, base + start, base + end) };
  const id = entry.kind === 'invoice' ? entry.id : entry.kind === 'payment' || entry.kind === 'late-fee' ? entry.invoiceId : undefined;
  const idStart = starts[kindAt + 1];
  if (id === undefined || idStart === undefined) return head;
  return { ...head, idRange: lineRange(line, base + idStart, base + idStart + id.length) };
}
