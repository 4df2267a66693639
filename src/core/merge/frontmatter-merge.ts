import { conflictLines, type MergedLines } from './conflict-markers';
import type { FrontmatterKeys, KeyBlock } from './frontmatter-keys';
import { mergeLines, sameLines } from './text-merge';

type Blocks = ReadonlyMap<string, readonly string[]>;

/**
 * Merges the frontmatter key by key. A key changed on one side takes that side; changed the
 * same way on both, that change; deleted on one side and unchanged on the other, deleted; added
 * on one side, added after the key it follows on that side; changed differently on both (or
 * changed on one side and deleted on the other), a conflict around that key's block alone.
 * Ours' key order is kept; comments stay with the key they sit above.
 */
export function mergeFrontmatter(base: FrontmatterKeys, ours: FrontmatterKeys, theirs: FrontmatterKeys): MergedLines {
  const maps = { base: blockMap(base.blocks), ours: blockMap(ours.blocks), theirs: blockMap(theirs.blocks) };
  const order = keyOrder(ours.blocks, theirs.blocks);
  const lines: string[] = [];
  let conflicts = 0;
  for (const key of order) {
    const merged = mergeKey(maps.base.get(key), maps.ours.get(key), maps.theirs.get(key));
    lines.push(...merged.lines);
    conflicts += merged.conflicts;
  }
  const tail = mergeLines(base.tail, ours.tail, theirs.tail);
  return { lines: [...lines, ...tail.lines], conflicts: conflicts + tail.conflicts };
}

function blockMap(blocks: readonly KeyBlock[]): Blocks {
  return new Map(blocks.map((block) => [block.key, block.lines]));
}

/** Ours' keys in ours' order, each key only in theirs placed after the key it follows in theirs. */
function keyOrder(ours: readonly KeyBlock[], theirs: readonly KeyBlock[]): string[] {
  const order = ours.map((block) => block.key);
  let previous: string | undefined;
  for (const { key } of theirs) {
    if (!order.includes(key)) order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
    previous = key;
  }
  return order;
}

function mergeKey(base: readonly string[] | undefined, ours: readonly string[] | undefined, theirs: readonly string[] | undefined): MergedLines {
  if (same(ours, theirs) || same(theirs, base)) return { lines: [...(ours ?? [])], conflicts: 0 };
  if (same(ours, base)) return { lines: [...(theirs ?? [])], conflicts: 0 };
  return { lines: conflictLines(ours ?? [], theirs ?? []), conflicts: 1 };
}

function same(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return sameLines(a, b);
}
