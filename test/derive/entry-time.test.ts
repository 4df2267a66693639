import assert from 'node:assert/strict';
import { byTime, chronologicalOrder, logPlaces, type DatedEntry } from '../../src/core/derive/entry-time';
import { parseClient, recordText } from '../helpers/ledger-text';

/** The entries of a log, by their free text, in the order byTime gives. */
function orderOf(log: readonly string[]): string[] {
  return byTime(parseClient(recordText([], log)).entries).map((entry) => entry.text);
}

/** A dated item: `date` as a day number, `time` in minutes. */
const at = (date: number, time?: number): DatedEntry => ({ date: date as DatedEntry['date'], time });

describe('the order of the log (derive/entry-time)', () => {
  it('keeps a log in order as it is, entries without a time among the timed ones', () => {
    const log = ['2026-11-02 email to A: a', '2026-11-03 09:00 call to A: b', '2026-11-03 email to A: c', '2026-11-03 10:00 call to A: d', '2026-11-04 note: e'];
    assert.deepEqual(orderOf(log), ['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts by date, stably for the same day', () => {
    assert.deepEqual(orderOf(['2026-11-05 note: c', '2026-11-03 note: a', '2026-11-05 note: d', '2026-11-03 note: b']), ['a', 'b', 'c', 'd']);
  });

  it('keeps an entry without a time below the entries of its day that were above it', () => {
    // b was written after the 10:00 call; the 09:00 email below it moves up past both.
    const log = ['2026-11-03 10:00 call to A: a', '2026-11-03 email to A: b', '2026-11-03 09:00 email to A: c'];
    assert.deepEqual(orderOf(log), ['c', 'a', 'b']);
  });

  it('puts an entry without a time first on its day when nothing of its day is above it, even far above in the file', () => {
    const log = ['2026-11-04 09:00 note: x', '2026-11-03 email to A: a', '2026-11-03 08:00 call to A: b'];
    assert.deepEqual(orderOf(log), ['a', 'b', 'x']);
    const scattered = ['2026-11-03 11:00 call to A: a', '2026-11-04 note: x', '2026-11-03 email to A: b', '2026-11-03 10:00 email to A: c'];
    assert.deepEqual(orderOf(scattered), ['c', 'a', 'b', 'x'], 'b stays below the 11:00 call of its day, above it in the file');
  });

  it('is a total order: sorting its own result changes nothing', () => {
    const log = ['2026-11-03 10:00 call to A: a', '2026-11-03 email to A: b', '2026-11-03 09:00 email to A: c', '2026-11-03 note: d', '2026-11-02 note: e'];
    const once = byTime(parseClient(recordText([], log)).entries);
    assert.deepEqual(byTime(once), once);
    assert.deepEqual(once.map((entry) => entry.text), ['e', 'c', 'a', 'b', 'd']);
  });

  it('sorts an item that is no entry with the item above it, and the first ones first', () => {
    assert.deepEqual(chronologicalOrder([undefined, at(5), undefined, at(3), undefined, at(4)]), [0, 3, 4, 5, 1, 2]);
  });

  it('gives each item its day and the time it sorts at', () => {
    assert.deepEqual(logPlaces([at(3, 600), at(3), at(3, 540), at(3), undefined, at(4)]), [
      { date: 3, time: 600 }, { date: 3, time: 600 }, { date: 3, time: 540 }, { date: 3, time: 600 }, { date: 3, time: 600 }, { date: 4, time: -1 },
    ]);
  });
});
