import { conflictLines, type MergedLines } from './conflict-markers';
import { matchSequences } from './line-diff';

/**
 * A line-based three-way merge (diff3): base is matched with each side by a longest common
 * subsequence; lines matched in all three are stable, and each region between stable lines
 * takes the side that changed it, or both sides' text inside conflict markers when both
 * changed it differently.
 */
export function mergeLines(base: readonly string[], ours: readonly string[], theirs: readonly string[]): MergedLines {
  const toOurs = matchSequences(base, ours);
  const toTheirs = matchSequences(base, theirs);
  const lines: string[] = [];
  let conflicts = 0;
  let b = 0;
  let o = 0;
  let t = 0;
  while (b <= base.length) {
    const next = nextStableLine(toOurs, toTheirs, b);
    const oursEnd = next === base.length ? ours.length : toOurs[next];
    const theirsEnd = next === base.length ? theirs.length : toTheirs[next];
    const region = mergeRegion(base.slice(b, next), ours.slice(o, oursEnd), theirs.slice(t, theirsEnd));
    lines.push(...region.lines);
    conflicts += region.conflicts;
    if (next === base.length) break;
    lines.push(ours[oursEnd]);
    b = next + 1;
    o = oursEnd + 1;
    t = theirsEnd + 1;
  }
  return { lines, conflicts };
}

/** The first base index at or after `from` matched on both sides, or base.length. */
function nextStableLine(toOurs: Int32Array, toTheirs: Int32Array, from: number): number {
  let index = from;
  while (index < toOurs.length && (toOurs[index] === -1 || toTheirs[index] === -1)) index++;
  return index;
}

function mergeRegion(base: readonly string[], ours: string[], theirs: string[]): MergedLines {
  if (sameLines(ours, theirs) || sameLines(theirs, base)) return { lines: ours, conflicts: 0 };
  if (sameLines(ours, base)) return { lines: theirs, conflicts: 0 };
  return { lines: conflictLines(ours, theirs), conflicts: 1 };
}

export function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, index) => line === b[index]);
}
