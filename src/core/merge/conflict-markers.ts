export const OURS_MARKER = '<<<<<<< ours';
export const SEPARATOR_MARKER = '=======';
export const THEIRS_MARKER = '>>>>>>> theirs';

/** Git-style conflict lines around the two versions of one region. */
export function conflictLines(ours: readonly string[], theirs: readonly string[]): string[] {
  return [OURS_MARKER, ...ours, SEPARATOR_MARKER, ...theirs, THEIRS_MARKER];
}

export interface MergedLines {
  readonly lines: string[];
  readonly conflicts: number;
}

/**
 * One unresolved conflict as git (or the merge driver above) leaves it, by 0-based line:
 * `<<<<<<<`, the first side, diff3's `|||||||` and the common ancestor, `=======`, the second
 * side, `>>>>>>>`. `separator` and `end` are missing when the markers after `<<<<<<<` are.
 */
export interface ConflictRegion {
  readonly start: number;
  readonly base?: number;
  readonly separator?: number;
  readonly end?: number;
}

const START = /^<{7}(?:[ \t]|$)/;
const BASE = /^\|{7}(?:[ \t]|$)/;
const SEPARATOR = /^={7}[ \t]*$/;
const END = /^>{7}(?:[ \t]|$)/;

/** Whether a line starts a conflict: the cheap test every file gets before findConflicts. */
export function hasConflictStart(lines: readonly string[]): boolean {
  for (const line of lines) if (line.charCodeAt(0) === 0x3c && START.test(line)) return true;
  return false;
}

/**
 * The conflicts of a text. `=======` and `>>>>>>>` count only after a `<<<<<<<` (alone they are
 * a setext heading's underline and a quote); a `<<<<<<<` not followed by its `=======` and
 * `>>>>>>>` before the next `<<<<<<<` is a region of its start line alone.
 */
export function findConflicts(lines: readonly string[]): ConflictRegion[] {
  const regions: ConflictRegion[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!START.test(lines[index])) {
      index++;
      continue;
    }
    const region = conflictFrom(lines, index);
    regions.push(region);
    index = (region.end ?? region.start) + 1;
  }
  return regions;
}

function conflictFrom(lines: readonly string[], start: number): ConflictRegion {
  let base: number | undefined;
  let separator: number | undefined;
  for (let line = start + 1; line < lines.length; line++) {
    const text = lines[line];
    if (START.test(text)) break;
    if (separator === undefined && base === undefined && BASE.test(text)) base = line;
    else if (separator === undefined && SEPARATOR.test(text)) separator = line;
    else if (separator !== undefined && END.test(text)) return { start, base, separator, end: line };
  }
  return { start };
}

/**
 * The text as the first side of every conflict has it, the markers, the ancestor and the
 * second side blanked: lines keep their numbers, so what is found there is on the right line.
 */
export function firstSide(lines: readonly string[], regions: readonly ConflictRegion[]): string[] {
  const result = [...lines];
  for (const region of regions) {
    result[region.start] = '';
    if (region.end === undefined) continue;
    for (let line = region.base ?? region.separator!; line <= region.end; line++) result[line] = '';
  }
  return result;
}
