import type { ClientRecord, SourcePosition, SourceRange } from '../model';
import { lineRange, splitLines } from '../parse/source-text';
import { idWordAt } from './id-words';
import { bodyStart, invoiceMentions, type InvoiceNames } from './invoice-mentions';
import { pathCandidates } from './written-paths';

/**
 * What go to definition, references, rename and the links look for under the cursor, in the
 * editor and in the language server alike. Positions 1-based.
 */

/** A record's `client:` key through the end of its value. */
export function clientLine(record: ClientRecord): SourceRange | undefined {
  const place = record.places.get('client');
  return place && { start: place.key.start, end: place.value.end };
}

/** Whether a range holds a position, touching its ends counting. */
export function rangeHolds(range: SourceRange, position: SourcePosition): boolean {
  return !isBefore(position, range.start) && !isBefore(range.end, position);
}

function isBefore(a: SourcePosition, b: SourcePosition): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/** The ID of one of the record's invoices under a position of a document about the client, in its body. */
export function documentInvoiceAt(text: string, record: ClientRecord, position: SourcePosition): { names: InvoiceNames; range: SourceRange } | undefined {
  if (position.line < bodyStart(text)) return undefined;
  const line = splitLines(text)[position.line - 1];
  const word = line === undefined ? undefined : idWordAt(line, position.column - 1, invoiceMentions(record).words);
  return word && { names: word.value, range: lineRange(position.line - 1, word.start, word.end) };
}

/**
 * Where a path written in a file of the ledger may lead (pathCandidates), as segments from the
 * workspace folder; none when the file is not inside it. Paths are URI paths, `/`-separated.
 */
export function writtenPathCandidates(folderPath: string, filePath: string, written: string): string[][] {
  const prefix = folderPath.endsWith('/') ? folderPath : `${folderPath}/`;
  if (!filePath.startsWith(prefix)) return [];
  return pathCandidates(written, filePath.slice(prefix.length).split('/').slice(0, -1));
}
