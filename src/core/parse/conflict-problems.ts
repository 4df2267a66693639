import { findConflicts, firstSide, hasConflictStart, type ConflictRegion } from '../merge/conflict-markers';
import type { ReadProblem, RelatedPlace } from '../model';
import { lineRange } from './source-text';

/**
 * A text with merge conflict markers is read as its first side (the markers, the common
 * ancestor and the second side blanked, so every line keeps its number), with one problem per
 * conflict. Undefined, after one cheap pass over the lines, when there is no marker.
 */
export function readAroundConflicts(lines: readonly string[]): { lines: string[]; problems: ReadProblem[] } | undefined {
  if (!hasConflictStart(lines)) return undefined;
  const regions = findConflicts(lines);
  return { lines: firstSide(lines, regions), problems: regions.map((region) => conflictProblem(lines, region)) };
}

function conflictProblem(lines: readonly string[], region: ConflictRegion): ReadProblem {
  const range = lineRange(region.start, 0, lines[region.start].length);
  if (region.end === undefined) {
    const message = `Merge conflict marker ${lines[region.start].slice(0, 7)} without its ======= and >>>>>>>: resolve the conflict, then delete the marker line`;
    return { rule: 'merge-conflict', range, message };
  }
  const separator = region.separator!;
  const firstEnd = (region.base ?? separator) - 1;
  const first = firstEnd > region.start ? lineSpan(region.start + 1, firstEnd) : 'empty';
  const message =
    `Unresolved merge conflict, ${lineSpan(region.start, region.end)}: keep one side or combine them, then delete ` +
    `the marker lines; until then only the first side (${first}) is checked`;
  const place = (line: number, text: string): RelatedPlace => ({ range: lineRange(line, 0, lines[line].length), message: text });
  const related = [
    ...(region.base === undefined ? [] : [place(region.base, 'the common ancestor (|||||||), not checked')]),
    place(separator, 'the second side (=======), not checked'),
    place(region.end, 'the end of the conflict (>>>>>>>)'),
  ];
  return { rule: 'merge-conflict', range, message, related };
}

/** `line 4` or `lines 4-6`, 1-based, of 0-based lines. */
function lineSpan(first: number, last: number): string {
  return first === last ? `line ${first + 1}` : `lines ${first + 1}-${last + 1}`;
}
