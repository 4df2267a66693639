import { scanBlocks } from '../markdown/scan-blocks';
import type { OutlineItem } from '../markdown/block-outline';
import { parseLedgerText } from '../parse/ledger-file';
import { splitFrontmatter } from '../parse/frontmatter-block';
import { frontmatterKeys, type FrontmatterKeys } from './frontmatter-keys';
import { hasConflictStart } from './conflict-markers';

/** A client record cut into the parts that merge each their own way. */
export interface RecordParts {
  readonly opening: string;
  readonly frontmatter: FrontmatterKeys;
  readonly closing: string;
  /** Body lines from after the frontmatter up to the first log entry (the Log heading included). */
  readonly beforeLog: string[];
  /** The entries of the first Log section: each its item line and nested notes, joined with '\n'. */
  readonly entries: string[];
  /** Body lines after the last log entry. */
  readonly afterLog: string[];
}

const PARSE_OPTIONS = { currency: 'USD', ruleIds: [] };

/**
 * The parts of a client record, or undefined when the text is not one (or its frontmatter cannot
 * be cut by key, or it holds conflict markers from an earlier merge: those merge line by line).
 */
export function recordParts(lines: string[]): RecordParts | undefined {
  if (hasConflictStart(lines)) return undefined;
  if (parseLedgerText('record.md', lines.join('\n'), PARSE_OPTIONS).type !== 'client') return undefined;
  const split = splitFrontmatter(lines);
  if (split.kind !== 'yaml') return undefined;
  const frontmatter = frontmatterKeys(lines.slice(split.block.start, split.block.end));
  if (frontmatter === undefined) return undefined;
  const bodyStart = split.block.end + 1;
  const log = logSpan(lines, bodyStart);
  return {
    opening: lines[0],
    frontmatter,
    closing: lines[split.block.end],
    beforeLog: lines.slice(bodyStart, log.start),
    entries: log.entries,
    afterLog: lines.slice(log.end),
  };
}

interface LogSpan {
  /** Lines [start, end) hold the entries. */
  readonly start: number;
  readonly end: number;
  readonly entries: string[];
}

/** The first Log section's items; without any, an empty span after the section's last non-blank line (or the body's end). */
function logSpan(lines: readonly string[], bodyStart: number): LogSpan {
  const outline = scanBlocks(lines, bodyStart);
  const index = outline.headings.findIndex((heading) => heading.text.trim().toLowerCase() === 'log');
  if (index === -1) return { start: lines.length, end: lines.length, entries: [] };
  const heading = outline.headings[index];
  const next = outline.headings.slice(index + 1).find((candidate) => candidate.depth <= heading.depth);
  const sectionEnd = next?.line ?? lines.length;
  const items = outline.items.filter((item) => item.line > heading.line && item.line < sectionEnd);
  if (items.length === 0) {
    const end = lastFilledLine(lines, heading.line, sectionEnd) + 1;
    return { start: end, end, entries: [] };
  }
  const ends = items.map((item, at) => entryEnd(lines, item, items[at + 1]));
  const entries = items.map((item, at) => lines.slice(item.line, ends[at] + 1).join('\n'));
  return { start: items[0].line, end: ends[ends.length - 1] + 1, entries };
}

/** An entry ends before the next item (its trailing blank lines left out), or at its own last line. */
function entryEnd(lines: readonly string[], item: OutlineItem, next: OutlineItem | undefined): number {
  return next === undefined ? item.endLine : lastFilledLine(lines, item.line, next.line);
}

/** The last line in [from, to) that is not blank, or `from`. */
function lastFilledLine(lines: readonly string[], from: number, to: number): number {
  let line = to - 1;
  while (line > from && lines[line].trim() === '') line--;
  return line;
}
