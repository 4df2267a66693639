/**
 * Format Document for a client record: the log in chronological order and each entry written one
 * way, as small edits. What it changes, and only that:
 * - Order: each run of log items (items with only blank lines between them) is put in the log's
 *   chronological order (derive/entry-time.ts: by date, then time; an entry without a time stays
 *   below the entries of its day that were above it; a malformed item moves with the item above
 *   it; ties keep file order), each item with its nested lines. The blank lines between items
 *   stay where they are. Anything else in the log (a sub-heading, a paragraph, a code fence, a
 *   table) stays where it is and ends a run: the items on either side of it are sorted apart.
 * - Spelling of a valid entry's first line, up to the free text: one space between the words
 *   (date, time, kind, words, tags) and none before the `: `; a time as HH:MM (`9:05` -> `09:05`);
 *   the kind, a direction (`To` -> `to`) and the tags in lower case, as they are read; one space
 *   after the list marker. Amounts, IDs, names and dates stay as written.
 * Never changed: the frontmatter, the free text from the `: ` on, nested lines, items that are
 * not valid entries (their text), lines outside the log's items, line endings. A line whose new
 * spelling would not read back as the same entry is left as written. A file with merge conflict
 * markers gets no edits. Formatting twice gives what formatting once gave.
 *
 * Linear in the record apart from the sort: one pass over the lines, one parse of each changed
 * first line, and a longest increasing subsequence (n log n) to move as few items as possible.
 */
import { COMMUNICATION_KINDS, type ClientRecord, type LogEntry, type RecordLayout } from '../model';
import { chronologicalOrder } from '../derive/entry-time';
import { isSpace, isTag } from '../parse/head-words';
import { freeTextStart, parseEntry } from '../parse/log-entry';
import { splitLines } from '../parse/source-text';
import type { TextEdit } from '../edits/text-edit';

/** Lines of a range format (1-based, inclusive): their entries' spelling only, nothing moves. */
export interface FormatLines {
  readonly from: number;
  readonly to: number;
}

type Item = RecordLayout['items'][number];

/** What formatting one run of items needs to know of the record. */
interface Context {
  readonly lines: readonly string[];
  readonly eol: string;
  readonly currency: string;
  readonly entryAt: ReadonlyMap<number, LogEntry>;
  readonly scope?: FormatLines;
}

/** The edits that format the record's log (none when it is formatted); `text` is the text it was parsed from. */
export function formatRecord(client: ClientRecord, text: string, scope?: FormatLines): TextEdit[] {
  const { items } = client.layout;
  if (items.length === 0 || client.problems.some((problem) => problem.rule === 'merge-conflict')) return [];
  // The lines as the parser numbered them: after a final line end, one more empty line.
  const lines = splitLines(text);
  const context: Context = {
    lines,
    eol: lineEnding(text),
    currency: client.currency,
    entryAt: new Map(client.entries.map((entry) => [entry.range.start.line, entry])),
    scope,
  };
  return logRuns(items, lines).flatMap((run) => runEdits(context, run));
}

/** The file's line ending, for the lines it moves (CR-only files stay CR-only). */
function lineEnding(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/** The log's items cut into runs: items with only blank lines between them. */
function logRuns(items: readonly Item[], lines: readonly string[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const item of items) {
    const previous = run[run.length - 1];
    if (previous && !blankBetween(lines, previous.endLine, item.line)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  runs.push(run);
  return runs;
}

/** Whether the lines strictly between 1-based lines `after` and `before` are all blank. */
function blankBetween(lines: readonly string[], after: number, before: number): boolean {
  for (let line = after + 1; line < before; line++) if (!isBlank(lines[line - 1])) return false;
  return true;
}

/** Blank as markdown counts it: spaces and tabs only. */
function isBlank(line: string): boolean {
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/** The edits of one run: its first lines formatted, its items in order. */
function runEdits(context: Context, run: readonly Item[]): TextEdit[] {
  const { lines, scope } = context;
  const entries = run.map((item) => context.entryAt.get(item.line));
  const limit = indentLimit(lines, run);
  const firstLines = run.map((item, index) => {
    const line = lines[item.line - 1];
    const entry = entries[index];
    if (!entry || (scope && (item.line < scope.from || item.line > scope.to))) return line;
    return formattedLine(line, entry, context.currency, item.endLine === item.line && limit);
  });
  const order = scope || !canReorder(lines, run) ? run.map((_, index) => index) : chronologicalOrder(entries);
  return placeBlocks(context, run, firstLines, order);
}

// ---------------------------------------------------------------------------------------------
// One entry's first line

const DIRECTIONS: ReadonlySet<string> = new Set(['to', 'from', 'with']);
const WITH_DIRECTION: ReadonlySet<string> = new Set([...COMMUNICATION_KINDS, 'feedback']);

/**
 * An entry's first line written one way (the module comment says which); the line as it is when
 * the new one would not read back as the same entry. `indentLimit`: the marker's padding becomes
 * one space only for an item of one line whose content column stays right of every line that
 * may follow it (false for an item with nested lines: their place depends on that column).
 */
function formattedLine(line: string, entry: LogEntry, currency: string, indentLimit: number | false): string {
  const contentStart = entry.range.start.column - 1;
  const source = line.slice(contentStart);
  const written = line.slice(0, contentStart);
  const prefix = formattedPrefix(written, indentLimit);
  const formatted = formattedSource(source, entry);
  if (formatted === source) return prefix === written ? line : prefix + source;
  const again = parseEntry(formatted, entry.range.start.line, prefix.length + 1, currency);
  return prefix + (!Array.isArray(again) && meaning(again) === meaning(entry) ? formatted : source);
}

/** `-   ` -> `- `, when the content column may move (see formattedLine). */
function formattedPrefix(prefix: string, indentLimit: number | false): string {
  let markerEnd = prefix.length;
  while (markerEnd > 0 && (prefix.charCodeAt(markerEnd - 1) === 0x20 || prefix.charCodeAt(markerEnd - 1) === 0x09)) markerEnd--;
  if (indentLimit === false || markerEnd === 0 || prefix.length === markerEnd + 1 && prefix.endsWith(' ')) return prefix;
  return columnsOf(prefix, markerEnd) + 1 > indentLimit ? `${prefix.slice(0, markerEnd)} ` : prefix;
}

/** The head of an entry (up to the free text) with one space between its words, the vocabulary in lower case. */
function formattedSource(source: string, entry: LogEntry): string {
  const colon = freeTextStart(source);
  const headEnd = colon === -1 ? source.length : colon;
  let lead = 0;
  while (lead < headEnd && isSpace(source.charCodeAt(lead))) lead++;
  const kindAt = entry.time === undefined ? 1 : 2;
  const words: string[] = [];
  let word = 0;
  for (let index = lead; index < headEnd;) {
    const start = index;
    while (index < headEnd && !isSpace(source.charCodeAt(index))) index++;
    const token = source.slice(start, index);
    while (index < headEnd && isSpace(source.charCodeAt(index))) index++;
    if (isTag(token)) {
      words.push(token.toLowerCase());
      continue;
    }
    const at = word++;
    const lower = token.toLowerCase();
    if (at === 1 && entry.time !== undefined) words.push(clockText(entry.time));
    else if (at === kindAt && lower === entry.kind) words.push(lower);
    else if (at === kindAt + 1 && WITH_DIRECTION.has(entry.kind) && DIRECTIONS.has(lower)) words.push(lower);
    else words.push(token);
  }
  const head = source.slice(0, lead) + words.join(' ');
  return colon === -1 ? head : head + source.slice(colon);
}

function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Everything an entry says, for the check that a new spelling reads back the same. */
function meaning(entry: LogEntry): string {
  const read = entry as LogEntry & Partial<Record<'direction' | 'who' | 'id' | 'invoiceId' | 'due' | 'until' | 'end' | 'minutes', unknown>> & { amount?: { minor: number; currency: string } };
  return JSON.stringify([
    read.kind, read.date, read.time, read.tags, read.text, read.direction, read.who, read.id, read.invoiceId,
    read.amount?.minor, read.amount?.currency, read.due, read.until, read.end, read.minutes,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Where a marker's padding may shrink, and when a run may be reordered

/**
 * The indentation (in columns) of the lines that may come right after an item of the run once
 * items move: any item's first line, and the first non-blank line after the run. An item's
 * content column must stay right of it, or that line would become the item's content.
 */
function indentLimit(lines: readonly string[], run: readonly Item[]): number {
  let limit = -1;
  for (const item of run) limit = Math.max(limit, indentOf(lines[item.line - 1]));
  let after = run[run.length - 1].endLine;
  while (after < lines.length && isBlank(lines[after])) after++;
  return after < lines.length ? Math.max(limit, indentOf(lines[after])) : limit;
}

function indentOf(line: string): number {
  let end = 0;
  while (end < line.length && (line.charCodeAt(end) === 0x20 || line.charCodeAt(end) === 0x09)) end++;
  return columnsOf(line, end);
}

/** The columns line[0..end) spans, a tab to the next multiple of 4. */
function columnsOf(line: string, end: number): number {
  let columns = 0;
  for (let index = 0; index < end; index++) columns = line.charCodeAt(index) === 0x09 ? columns + 4 - (columns % 4) : columns + 1;
  return columns;
}

/**
 * Whether moving the run's items keeps every item what it is. Not when an item is numbered (`1.`:
 * a numbered item that comes to follow another item's text is read as that text, unless it is a
 * `1.`), nor when an item holds an unclosed code fence or HTML (whose blank lines would then
 * belong to it).
 */
function canReorder(lines: readonly string[], run: readonly Item[]): boolean {
  if (run.length < 2) return false;
  for (const item of run) {
    if (isNumbered(lines[item.line - 1])) return false;
    let fences = 0;
    for (let line = item.line; line <= item.endLine; line++) {
      const text = lines[line - 1];
      const start = afterContainerMarkers(text);
      if (text.startsWith('```', start) || text.startsWith('~~~', start)) fences++;
      else if (text.charCodeAt(start) === 0x3c) return false; // <
    }
    if (fences % 2 === 1) return false;
  }
  return true;
}

/** Where a line's text starts after its indentation and any quote or list markers (`  - > x` -> `x`). */
function afterContainerMarkers(line: string): number {
  let index = 0;
  for (;;) {
    while (index < line.length && (line.charCodeAt(index) === 0x20 || line.charCodeAt(index) === 0x09)) index++;
    const code = line.charCodeAt(index);
    let end = index;
    if (code === 0x3e) end = index + 1; // >
    else if (code === 0x2d || code === 0x2a || code === 0x2b) end = index + 1; // - * +
    else {
      while (end < line.length && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
      if (end === index || (line[end] !== '.' && line[end] !== ')')) return index;
      end++;
    }
    const next = line.charCodeAt(end);
    if (code !== 0x3e && end < line.length && next !== 0x20 && next !== 0x09) return index;
    index = end;
  }
}

function isNumbered(line: string): boolean {
  let index = 0;
  while (index < line.length && line.charCodeAt(index) === 0x20) index++;
  const digits = index;
  while (index < line.length && line.charCodeAt(index) >= 0x30 && line.charCodeAt(index) <= 0x39) index++;
  return index > digits && (line[index] === '.' || line[index] === ')');
}

// ---------------------------------------------------------------------------------------------
// Edits: the items in their new order, as few lines moved as possible

/**
 * The edits that write the run's items in `order` with their `firstLines`, the blank lines
 * between items staying in place. The items of a longest increasing subsequence of the order stay
 * where they are (changed inside their first line at most); the text between two of them is
 * replaced where it differs.
 */
function placeBlocks(context: Context, run: readonly Item[], firstLines: readonly string[], order: readonly number[]): TextEdit[] {
  const { lines } = context;
  const staying = longestIncreasing(order);
  const edits: TextEdit[] = [];
  const blockLines = (index: number) => [firstLines[index], ...lines.slice(run[index].line, run[index].endLine)];
  const gapLines = (slot: number) => lines.slice(run[slot].endLine, run[slot + 1].line - 1);
  let from = run[0].line - 1; // 0-based: where the text not yet accounted for starts
  let pending: string[] = [];
  order.forEach((index, slot) => {
    if (staying.has(index)) {
      const item = run[index];
      replaceLines(context, from, item.line - 1, pending, edits);
      changeInLine(item.line, lines[item.line - 1], firstLines[index], edits);
      from = item.endLine;
      pending = [];
    } else pending.push(...blockLines(index));
    if (slot < order.length - 1) pending.push(...gapLines(slot));
  });
  replaceLines(context, from, run[run.length - 1].endLine, pending, edits);
  return edits;
}

/** The edit that turns 0-based lines [from, to) into `newLines`, lines alike at either end left alone. */
function replaceLines(context: Context, from: number, to: number, newLines: readonly string[], edits: TextEdit[]): void {
  const { lines, eol } = context;
  let head = 0;
  while (from + head < to && head < newLines.length && lines[from + head] === newLines[head]) head++;
  let tail = 0;
  while (to - tail > from + head && newLines.length - tail > head && lines[to - tail - 1] === newLines[newLines.length - tail - 1]) tail++;
  const start = from + head;
  const end = to - tail;
  const added = newLines.slice(head, newLines.length - tail);
  if (start === end && added.length === 0) return;
  if (end < lines.length) {
    // Whole lines with their line ends, from the start of line `start` to the start of line `end`.
    edits.push({ range: { start: { line: start + 1, column: 1 }, end: { line: end + 1, column: 1 } }, newText: added.map((line) => line + eol).join('') });
  } else {
    // Up to the end of the text (its last line has no line end): from the end of the line above.
    edits.push({
      range: { start: { line: start, column: lines[start - 1].length + 1 }, end: { line: end, column: lines[end - 1].length + 1 } },
      newText: added.map((line) => eol + line).join(''),
    });
  }
}

/** The change inside one 1-based line, as narrow as the difference. */
function changeInLine(line: number, before: string, after: string, edits: TextEdit[]): void {
  if (before === after) return;
  let head = 0;
  while (head < before.length && head < after.length && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before.charCodeAt(before.length - tail - 1) === after.charCodeAt(after.length - tail - 1)) tail++;
  // Never between the two halves of a surrogate pair.
  if (head > 0 && isHighSurrogate(before.charCodeAt(head - 1))) head--;
  if (tail > 0 && isHighSurrogate(before.charCodeAt(before.length - tail - 1))) tail--;
  edits.push({
    range: { start: { line, column: head + 1 }, end: { line, column: before.length - tail + 1 } },
    newText: after.slice(head, after.length - tail),
  });
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The values of a longest strictly increasing subsequence of `sequence` (patience sorting, n log n). */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = []; // positions in sequence: tails[k] ends the best subsequence of length k + 1
  const previous = new Array<number>(sequence.length);
  sequence.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sequence[tails[middle]] < value) low = middle + 1;
      else high = middle;
    }
    previous[position] = low > 0 ? tails[low - 1] : -1;
    tails[low] = position;
  });
  const values = new Set<number>();
  for (let position = tails.length > 0 ? tails[tails.length - 1] : -1; position !== -1; position = previous[position]) values.add(sequence[position]);
  return values;
}
