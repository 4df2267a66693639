import type { Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';

/**
 * Remembers what `compute` derives from a client for a day, for as long as the record lives:
 * several rules (and the tree) ask for the same account or contact history.
 */
export function memoByDay<T>(compute: (client: ClientRecord, today: Day) => T): (client: ClientRecord, today: Day) => T {
  const cache = new WeakMap<ClientRecord, Map<Day, T>>();
  return (client, today) => {
    let byDay = cache.get(client);
    if (!byDay) cache.set(client, (byDay = new Map()));
    if (!byDay.has(today)) byDay.set(today, compute(client, today));
    return byDay.get(today) as T;
  };
}
