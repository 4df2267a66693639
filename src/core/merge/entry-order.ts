/** Where an entry sorts: its date and time, and its place on the side it comes from. */
export interface EntryPlace {
  readonly date: string;
  readonly time: string;
  /** Ours' entries count from 0, theirs' from THEIRS_FIRST: on the same date and time ours come first. */
  readonly ordinal: number;
}

export const THEIRS_FIRST = 1_000_000_000;

const DATE_AND_TIME = /^[ \t]*[-*+][ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(\d{1,2}:\d{2})(?![\d:]))?/;

/**
 * The date and time of each entry of one side, in that side's order. An entry without a date
 * (a malformed one) takes the previous entry's date and time, and an entry without a time the
 * previous entry's time on the same day, so they stay where that side put them.
 */
export function entryPlaces(entries: readonly string[], firstOrdinal: number): EntryPlace[] {
  let date = '';
  let time = '';
  return entries.map((entry, index) => {
    const match = DATE_AND_TIME.exec(entry);
    if (match) {
      time = match[2] !== undefined ? match[2].padStart(5, '0') : match[1] === date ? time : '';
      date = match[1];
    }
    return { date, time, ordinal: firstOrdinal + index };
  });
}

export function comparePlaces(a: EntryPlace, b: EntryPlace): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.ordinal - b.ordinal;
}
