/**
 * Property tests of Format Document (core/navigation/format-record.ts) on random valid records
 * (arbitraries.ts: frontmatter with comments, sub-headings, prose and code fences in the log,
 * nested notes, CRLF, BOM, no final newline), written messily: runs of spaces and tabs, `9:05`,
 * upper-case kinds and tags, padding after the marker, malformed items among the entries.
 * Formatting keeps every entry as it reads, every finding but the one about the order, every
 * line outside the log's runs of items and the blank lines between items, the line ends; it puts each run of items in order; formatting
 * twice is formatting once. Runs and seed: see arbitraries.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkFiles } from '../../src/core/check';
import { chronologicalOrder, isAfter } from '../../src/core/derive/entry-time';
import { sortLog } from '../../src/core/edits/log-edits';
import { applyEdits, type TextEdit } from '../../src/core/edits/text-edit';
import { parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord, LogEntry } from '../../src/core/model';
import { formatRecord } from '../../src/core/navigation/format-record';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { splitLines } from '../../src/core/parse/source-text';
import { HANG_GUARD_MS } from '../helpers/budget';
import { mulberry32 } from '../helpers/seeded-random';
import { claim, closeDayText, dayText, holds, SAMPLE_TEXTS, TODAY, validRecord } from './arbitraries';

const PATH = 'clients/acme.md';

function parse(text: string): ClientRecord | undefined {
  const file = parseLedgerText(PATH, text, parseOptions());
  return file.type === 'client' ? file : undefined;
}

// ---------------------------------------------------------------------------------------------
// Messy records

const MALFORMED = ['called Jane back', '2026-11-02 emial to Jane: typo', '2026-13-01 note: no such month', '2026-11-02', '2026-11-02 25:00 call to Jane', 'TODO  chase   invoice'];

/** Rewrites a valid record's log items as a person in a hurry might: the same entries, spelled loosely; a few malformed items. */
function messy(text: string, seed: number): string {
  const random = mulberry32(seed);
  const chance = (p: number) => random() < p;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const out: string[] = [];
  for (const line of text.split(eol)) {
    const item = /^([-*]) (\d{4}-\d{2}-\d{2}.*)$/.exec(line);
    if (!item) {
      out.push(line);
      continue;
    }
    let content = item[2];
    if (chance(0.5)) content = content.replace(/^(\S+) 0(\d):/, '$1 $2:');
    content = content.replace(/ /g, () => (chance(0.15) ? [' ', '  ', '\t', ' \t ', '\u00a0'][Math.floor(random() * 5)] : ' '));
    content = content.replace(/#([a-z])/g, (match, letter: string) => (chance(0.2) ? `#${letter.toUpperCase()}` : match));
    if (chance(0.1)) content += '  ';
    const padding = chance(0.15) ? ['  ', '   ', '\t'][Math.floor(random() * 3)] : ' ';
    out.push(`${item[1]}${padding}${content}`);
    if (chance(0.1)) out.push(`- ${MALFORMED[Math.floor(random() * MALFORMED.length)]}`);
  }
  return out.join(eol);
}

const messyRecord = fc.tuple(
  fc.oneof(validRecord({ maxItems: 8 }), validRecord({ days: closeDayText, maxItems: 10 })),
  fc.nat(),
).map(([record, seed]) => messy(record.text, seed));

// ---------------------------------------------------------------------------------------------
// What must not change

/** An entry as it reads, every field. */
function meaning(entry: LogEntry): string {
  const read = entry as unknown as Record<string, unknown> & { amount?: { minor: number; currency: string } };
  const fields = ['kind', 'date', 'time', 'tags', 'text', 'direction', 'who', 'id', 'invoiceId', 'due', 'until', 'end', 'minutes'];
  return JSON.stringify([...fields.map((field) => read[field]), read.amount?.minor, read.amount?.currency]);
}

/** Each log item: what its first line says (as parsed, or its text when it is no entry) and its other lines, as written. */
function itemsOf(client: ClientRecord, lines: readonly string[]): string[] {
  const entryAt = new Map(client.entries.map((entry) => [entry.range.start.line, entry]));
  return client.layout.items.map((item) => {
    const entry = entryAt.get(item.line);
    const first = entry ? meaning(entry) : `malformed ${lines[item.line - 1]}`;
    return [first, ...lines.slice(item.line, item.endLine)].join('\n');
  });
}

/** Findings as rule, severity and message, line numbers masked; the one about the order left out. */
function findingsOf(client: ClientRecord): string[] {
  return checkFiles([client], TODAY)
    .flatMap((file) => file.findings)
    .filter((finding) => finding.rule !== 'log-out-of-order')
    .map((finding) => `${finding.rule} ${finding.severity} ${finding.message.replace(/\bline \d+/g, 'line #')}`)
    .sort();
}

/** The 0-based lines from the first line of each run of items to the last line of its last item. */
function runLines(client: ClientRecord, lines: readonly string[]): Set<number> {
  const inside = new Set<number>();
  const { items } = client.layout;
  for (const run of runsOf(client, lines)) {
    for (let line = items[run[0]].line; line <= items[run[run.length - 1]].endLine; line++) inside.add(line - 1);
  }
  return inside;
}

/** Each run's blank lines between its items, in slot order. */
function gapsOf(client: ClientRecord, lines: readonly string[]): string[][][] {
  const { items } = client.layout;
  return runsOf(client, lines).map((run) => run.slice(1).map((index) => lines.slice(items[index - 1].endLine, items[index].line - 1)));
}

/** Runs of items: items with only blank lines between them. */
function runsOf(client: ClientRecord, lines: readonly string[]): number[][] {
  const runs: number[][] = [];
  client.layout.items.forEach((item, index) => {
    const previous = client.layout.items[index - 1];
    const together = previous && lines.slice(previous.endLine, item.line - 1).every((line) => /^[ \t]*$/.test(line));
    if (together) runs[runs.length - 1].push(index);
    else runs.push([index]);
  });
  return runs;
}

/**
 * Whether a run holds the one pattern no order can sort without swapping two entries the engine
 * reads as simultaneous: on one day, an entry without a time below a timed entry, and below it a
 * timed entry with an earlier time (`10:00 A`, `B`, `09:00 C`: C must go above A, and B stays
 * below A, so B and C swap). The engine orders simultaneous entries by their lines (the latest of
 * two same-day entries is the lower one), so there a finding may read otherwise.
 */
function hasTimeCycle(entries: readonly (LogEntry | undefined)[]): boolean {
  const latestOnDay = new Map<number, number>();
  const untimedBelowLatest = new Map<number, number>();
  for (const entry of entries) {
    if (!entry) continue;
    const latest = latestOnDay.get(entry.date) ?? -1;
    if (entry.time === undefined) {
      if (latest >= 0) untimedBelowLatest.set(entry.date, Math.max(untimedBelowLatest.get(entry.date) ?? -1, latest));
      continue;
    }
    if (entry.time < (untimedBelowLatest.get(entry.date) ?? -1)) return true;
    latestOnDay.set(entry.date, Math.max(latest, entry.time));
  }
  return false;
}

function assertWellFormed(edits: readonly TextEdit[], text: string): void {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = splitLines(text);
  const offsets = edits.map((edit) => [edit.range.start, edit.range.end].map((at) => {
    claim(at.line >= 1 && at.line <= lines.length && at.column >= 1 && at.column <= lines[at.line - 1].length + 1, () => `edit outside the text: ${JSON.stringify(edit)}`);
    return at.line * 1e6 + at.column;
  }));
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a][0] - offsets[b][0]);
  order.forEach((index, place) => {
    claim(offsets[index][0] <= offsets[index][1], () => `an edit ends before it starts: ${JSON.stringify(edits[index])}`);
    const next = order[place + 1];
    if (next !== undefined) claim(offsets[index][1] <= offsets[next][0] && offsets[index][0] < offsets[next][0], () => `edits overlap: ${JSON.stringify([edits[index], edits[next]])}`);
    const breaks = edits[index].newText.match(/\r\n|\r|\n/g) ?? [];
    claim(breaks.every((found) => found === eol), () => `an edit brings a line end other than the file's: ${JSON.stringify(edits[index])}`);
  });
}

/** Everything the properties claim of one text. */
function assertFormats(text: string): void {
  const before = parse(text);
  if (!before) return;
  const edits = formatRecord(before, text);
  assertWellFormed(edits, text);
  const result = applyEdits(text, edits);
  const after = parse(result);
  assert.ok(after, 'still a client record');
  const linesBefore = splitLines(text);
  const linesAfter = splitLines(result);
  const show = () => `\n--- before\n${text}\n--- after\n${result}`;

  claim(linesAfter.length === linesBefore.length, () => `the line count changed${show()}`);
  const inRuns = runLines(before, linesBefore);
  linesBefore.forEach((line, index) => {
    if (!inRuns.has(index)) claim(linesAfter[index] === line, () => `line ${index + 1}, outside the log's runs of items, changed: ${JSON.stringify(line)} -> ${JSON.stringify(linesAfter[index])}${show()}`);
  });
  claim(result.startsWith('\ufeff') === text.startsWith('\ufeff'), () => 'the byte order mark changed');
  claim(/(\r\n|\r|\n)$/.test(result) === /(\r\n|\r|\n)$/.test(text), () => `the final line end changed${show()}`);
  if (!/\r(?!\n)/.test(text) && !/(^|[^\r])\n/.test(text)) claim(!/(^|[^\r])\n/.test(result), () => `a CRLF file got LF line ends${show()}`);

  assert.deepEqual(gapsOf(after, linesAfter), gapsOf(before, linesBefore), `the blank lines between items stay in their places${show()}`);
  assert.deepEqual([...itemsOf(after, linesAfter)].sort(), [...itemsOf(before, linesBefore)].sort(), `the same items, entries read the same, nested lines as written${show()}`);
  const entryBefore = new Map(before.entries.map((entry) => [entry.range.start.line, entry]));
  const cycle = runsOf(before, linesBefore).some((run) => hasTimeCycle(run.map((index) => entryBefore.get(before.layout.items[index].line))));
  if (!cycle) assert.deepEqual(findingsOf(after), findingsOf(before), `the same findings${show()}`);

  for (const run of runsOf(after, linesAfter)) {
    const entryAt = new Map(after.entries.map((entry) => [entry.range.start.line, entry]));
    const entries = run.map((index) => entryAt.get(after.layout.items[index].line));
    const order = chronologicalOrder(entries);
    claim(order.every((index, place) => index === place), () => `a run is not in order: ${JSON.stringify(order)}${show()}`);
    entries.forEach((entry, place) => {
      const next = entries[place + 1];
      if (entry && next) claim(!isAfter(entry, next), () => `${entry.source} is above ${next.source}${show()}`);
    });
  }
  claim(formatRecord(after, result).length === 0, () => `formatting twice changes more: ${JSON.stringify(formatRecord(after, result))}${show()}`);
}

describe('format document: properties', function () {
  this.timeout(HANG_GUARD_MS);

  it('keeps the sample ledger records as they read, in order', () => {
    for (const text of SAMPLE_TEXTS) assertFormats(text);
  });

  it('keeps every entry, nested line, finding and line outside the items; sorts each run; is idempotent, on messy records', () => {
    holds(fc.property(messyRecord, (text) => assertFormats(text)));
  });

  it('moves nothing after the sort-the-log quick fix (the two share one order)', () => {
    holds(fc.property(fc.tuple(validRecord({ days: fc.oneof(dayText, closeDayText) }), fc.nat()).map(([record, seed]) => messy(record.text, seed)), (text) => {
      const client = parse(text);
      if (!client) return;
      const sort = sortLog(client, text);
      const sorted = sort ? applyEdits(text, sort.edits) : text;
      const edits = formatRecord(parse(sorted)!, sorted);
      claim(edits.every((edit) => edit.range.start.line === edit.range.end.line && !/[\r\n]/.test(edit.newText)), () => `formatting moved lines after sorting: ${JSON.stringify(edits)}\n${sorted}`);
    }));
  });
});
