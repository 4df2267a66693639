import { conflictLines, type MergedLines } from './conflict-markers';
import { comparePlaces, entryPlaces, THEIRS_FIRST, type EntryPlace } from './entry-order';
import { changesBetween } from './line-diff';

/** What one side did to a base entry; `at` is the entry's index on that side. */
type Fate = { kind: 'kept'; at: number } | { kind: 'deleted' } | { kind: 'edited'; at: number };

/** How one side changed the base log. */
interface SideChanges {
  readonly entries: readonly string[];
  readonly places: EntryPlace[];
  /** One per base entry. */
  readonly fates: Fate[];
  /** Indexes of entries new on this side that are not edits of a base entry. */
  readonly added: number[];
}

interface PlacedLines {
  readonly lines: string[];
  readonly place: EntryPlace;
}

/**
 * Merges the log as a set of entries, each identified by its exact text (item line plus nested
 * notes). Each side is diffed against base entry by entry (LCS); inside each changed region the
 * k-th removed base entry pairs with the k-th new entry as an edit, the rest are deletions or
 * additions. Per base entry: kept by both, kept; deleted by either and not edited by the other,
 * gone; edited on one side, the edit; edited differently on both (or edited on one, deleted on
 * the other), a conflict on that entry alone. Additions of both sides are kept (an addition made
 * on both appears once). The result is sorted by date and time, ours' order first.
 */
export function mergeLog(base: readonly string[], ours: readonly string[], theirs: readonly string[]): MergedLines {
  const sides = { ours: sideChanges(base, ours, 0), theirs: sideChanges(base, theirs, THEIRS_FIRST) };
  const placed: PlacedLines[] = [];
  const taken = { ours: [] as number[], theirs: [] as number[] };
  let conflicts = 0;
  base.forEach((_, index) => {
    const outcome = mergeFates(sides.ours, sides.theirs, index);
    if (outcome === 'conflict') {
      placed.push(conflictEntry(sides.ours, sides.theirs, index));
      conflicts++;
    } else if (outcome === 'ours-edit') taken.ours.push((sides.ours.fates[index] as { at: number }).at);
    else if (outcome === 'theirs-edit') taken.theirs.push((sides.theirs.fates[index] as { at: number }).at);
    else if (outcome === 'kept') placed.push(keptEntry(sides.ours, index));
  });
  placed.push(...newEntries(sides.ours, sides.theirs, [...taken.ours, ...sides.ours.added], [...taken.theirs, ...sides.theirs.added]));
  placed.sort((a, b) => comparePlaces(a.place, b.place));
  return { lines: placed.flatMap((entry) => entry.lines), conflicts };
}

/** Entries new on either side (edits and additions); one made on both sides appears once. */
function newEntries(ours: SideChanges, theirs: SideChanges, oursNew: number[], theirsNew: number[]): PlacedLines[] {
  const unmatched = new Map<string, number>();
  for (const at of oursNew) unmatched.set(ours.entries[at], (unmatched.get(ours.entries[at]) ?? 0) + 1);
  const fromTheirs = theirsNew.filter((at) => {
    const count = unmatched.get(theirs.entries[at]) ?? 0;
    if (count > 0) unmatched.set(theirs.entries[at], count - 1);
    return count === 0;
  });
  return [
    ...oursNew.map((at) => ({ lines: ours.entries[at].split('\n'), place: ours.places[at] })),
    ...fromTheirs.map((at) => ({ lines: theirs.entries[at].split('\n'), place: theirs.places[at] })),
  ];
}

type Outcome = 'kept' | 'gone' | 'ours-edit' | 'theirs-edit' | 'conflict';

function mergeFates(ours: SideChanges, theirs: SideChanges, index: number): Outcome {
  const mine = ours.fates[index];
  const other = theirs.fates[index];
  if (mine.kind === 'kept' && other.kind === 'kept') return 'kept';
  if (mine.kind === 'edited' && other.kind === 'edited') {
    return ours.entries[mine.at] === theirs.entries[other.at] ? 'ours-edit' : 'conflict';
  }
  if (mine.kind === 'edited') return other.kind === 'kept' ? 'ours-edit' : 'conflict';
  if (other.kind === 'edited') return mine.kind === 'kept' ? 'theirs-edit' : 'conflict';
  return 'gone';
}

function keptEntry(ours: SideChanges, index: number): PlacedLines {
  const at = (ours.fates[index] as { at: number }).at;
  return { lines: ours.entries[at].split('\n'), place: ours.places[at] };
}

/** Both sides' versions of one base entry in conflict markers, placed where ours has it (or theirs, when ours deleted it). */
function conflictEntry(ours: SideChanges, theirs: SideChanges, index: number): PlacedLines {
  const mine = ours.fates[index];
  const other = theirs.fates[index];
  const oursLines = mine.kind === 'deleted' ? [] : ours.entries[mine.at].split('\n');
  const theirsLines = other.kind === 'deleted' ? [] : theirs.entries[other.at].split('\n');
  const place = mine.kind === 'deleted' ? theirs.places[(other as { at: number }).at] : ours.places[mine.at];
  return { lines: conflictLines(oursLines, theirsLines), place };
}

/** Each base entry's fate on one side, and that side's additions, from an entry-wise diff. */
function sideChanges(base: readonly string[], entries: readonly string[], firstOrdinal: number): SideChanges {
  const fates: Fate[] = [];
  const added: number[] = [];
  let baseIndex = 0;
  for (const change of [...changesBetween(base, entries), { baseStart: base.length, baseEnd: base.length, sideStart: entries.length, sideEnd: entries.length }]) {
    for (; baseIndex < change.baseStart; baseIndex++) fates.push({ kind: 'kept', at: change.sideStart - (change.baseStart - baseIndex) });
    const removed = change.baseEnd - change.baseStart;
    const inserted = change.sideEnd - change.sideStart;
    for (let k = 0; k < removed; k++) fates.push(k < inserted ? { kind: 'edited', at: change.sideStart + k } : { kind: 'deleted' });
    for (let k = removed; k < inserted; k++) added.push(change.sideStart + k);
    baseIndex = change.baseEnd;
  }
  return { entries, places: entryPlaces(entries, firstOrdinal), fates, added };
}
