import type { MergedLines } from './conflict-markers';
import { mergeFrontmatter } from './frontmatter-merge';
import { mergeLog } from './log-merge';
import { recordParts, type RecordParts } from './record-parts';
import { mergeLines } from './text-merge';
import { readShape, writeShape } from './text-shape';

export interface MergeResult {
  readonly text: string;
  /** Regions left in conflict markers; 0 for a clean merge. */
  readonly conflicts: number;
}

/**
 * Three-way merge of a client record: the frontmatter key by key, the log as a set of dated
 * entries, the prose line by line. When any of the three texts is not a client record, the whole
 * text is merged line by line. The result has ours' line endings and final newline.
 */
export function mergeRecord(base: string, ours: string, theirs: string): MergeResult {
  const shapes = { base: readShape(base), ours: readShape(ours), theirs: readShape(theirs) };
  if (theirs === base || ours === theirs) return { text: ours, conflicts: 0 };
  const parts = [shapes.base, shapes.ours, shapes.theirs].map((shape) => recordParts(shape.lines));
  const merged = parts.every((part) => part !== undefined)
    ? mergeParts(parts[0]!, parts[1]!, parts[2]!)
    : mergeLines(shapes.base.lines, shapes.ours.lines, shapes.theirs.lines);
  return { text: writeShape(merged.lines, shapes.ours), conflicts: merged.conflicts };
}

function mergeParts(base: RecordParts, ours: RecordParts, theirs: RecordParts): MergedLines {
  const merged = [
    mergeFrontmatter(base.frontmatter, ours.frontmatter, theirs.frontmatter),
    mergeLines(base.beforeLog, ours.beforeLog, theirs.beforeLog),
    mergeLog(base.entries, ours.entries, theirs.entries),
    mergeLines(base.afterLog, ours.afterLog, theirs.afterLog),
  ];
  const [frontmatter, beforeLog, log, afterLog] = merged.map((part) => part.lines);
  const gap = ours.entries.length === 0 && log.length > 0 && (beforeLog.at(-1) ?? '').trim() !== '' ? [''] : [];
  return {
    lines: [ours.opening, ...frontmatter, ours.closing, ...beforeLog, ...gap, ...log, ...afterLog],
    conflicts: merged.reduce((sum, part) => sum + part.conflicts, 0),
  };
}
