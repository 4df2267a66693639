import type { ClientRecord, LogEntry } from '../model';
import { addMonths, startOfMonth } from '../values/calendar-day';

/** An entry of the log and the last line of its item (its nested notes included). */
export interface EntryLines {
  readonly entry: LogEntry;
  readonly endLine: number;
}

/** A run of entries of one month, as the log is written: the outline's month and a fold. */
export interface LogMonth {
  readonly entries: readonly EntryLines[];
  /** 1-based line of its first entry. */
  readonly line: number;
  /** 1-based last line of its last entry. */
  readonly endLine: number;
}

/**
 * The log's months in file order, from the entries and the layout's items in one pass: an
 * entry of another month than the one above it starts a new month (a log out of order may name
 * a month twice; each run keeps its place in the file).
 */
export function logMonths(client: ClientRecord): LogMonth[] {
  const { items } = client.layout;
  const months: LogMonth[] = [];
  let run: EntryLines[] = [];
  // The month of the run: the days from its first up to the first of the next month.
  let from = Infinity;
  let until = -Infinity;
  let at = 0;
  for (const entry of client.entries) {
    const line = entry.range.start.line;
    while (at < items.length && items[at].line < line) at++;
    const endLine = items[at]?.line === line ? items[at].endLine : line;
    if (entry.date < from || entry.date >= until) {
      if (run.length > 0) months.push(monthOf(run));
      run = [];
      const first = startOfMonth(entry.date);
      from = first;
      until = addMonths(first, 1);
    }
    run.push({ entry, endLine });
  }
  if (run.length > 0) months.push(monthOf(run));
  return months;
}

function monthOf(entries: EntryLines[]): LogMonth {
  return { entries, line: entries[0].entry.range.start.line, endLine: entries[entries.length - 1].endLine };
}
