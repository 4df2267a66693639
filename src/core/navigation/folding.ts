import type { ClientRecord, KeyPlace } from '../model';
import { splitFrontmatter } from '../parse/frontmatter-block';
import { valueLastLine } from './key-outline';
import { logMonths } from './log-months';

/** A range of lines the editor can fold: 1-based, both ends included; the first line stays in view. */
export interface Fold {
  readonly start: number;
  readonly end: number;
}

/**
 * What folds in a client record: the frontmatter, a key whose value is a block (`contact:` and
 * its lines), each month of the log (from its first entry, which stays in view, to the last line
 * of its last one) and each log item with nested notes. A month's first entry folds with its
 * month: the editor keeps one fold per first line. The headings' sections are the markdown
 * extension's to fold.
 */
export function recordFolds(client: ClientRecord): Fold[] {
  const { layout } = client;
  const folds = frontmatterFolds(layout.frontmatterEnd, client.places);
  const monthStarts = new Set<number>();
  for (const month of logMonths(client)) {
    if (month.endLine <= month.line) continue;
    folds.push({ start: month.line, end: month.endLine });
    monthStarts.add(month.line);
  }
  for (const item of layout.items) if (item.endLine > item.line && !monthStarts.has(item.line)) folds.push({ start: item.line, end: item.endLine });
  return folds;
}

/** What folds in a drafted document: its frontmatter (its headings and lists are the markdown extension's). */
export function documentFolds(lines: readonly string[], places: ReadonlyMap<string, KeyPlace>): Fold[] {
  const split = splitFrontmatter(lines);
  return split.kind === 'yaml' ? frontmatterFolds(split.block.end + 1, places) : [];
}

/** The frontmatter, from its opening `---` to its closing one (1-based), and each key whose value is a block. */
function frontmatterFolds(closingLine: number, places: ReadonlyMap<string, KeyPlace>): Fold[] {
  const folds: Fold[] = closingLine > 1 ? [{ start: 1, end: closingLine }] : [];
  for (const place of places.values()) {
    const end = valueLastLine(place);
    if (end > place.key.start.line) folds.push({ start: place.key.start.line, end });
  }
  return folds;
}
