import { formatDay } from '../values/calendar-day';
import { formatWhen, isAfter } from '../derive/entry-time';
import type { Finding, LogEntry } from '../model';
import { finding, type Rule } from './rule';
import { sorted } from '../edits/record-actions';

export const logOutOfOrder: Rule = {
  id: 'log-out-of-order',
  severity: 'info',
  scope: 'every-client',
  summary: 'An entry is dated before the one above it.',
  fixes: (_finding, client, text) => [sorted(client, text)],
  check(client) {
    const findings: Finding[] = [];
    client.entries.forEach((entry, index) => {
      const above = earlierThan(client.entries, index);
      if (!above) return;
      const message = entry.date === above.date
        ? `Entry at ${formatWhen(entry)} comes after one at ${formatWhen(above)}: keep the log in time order`
        : `Entry dated ${formatDay(entry.date)} comes after one dated ${formatDay(above.date)}: keep the log in date order`;
      findings.push(finding(this, entry.range, message, { related: [{ range: above.range, message: 'The entry above' }] }));
    });
    return findings;
  },
};

/**
 * The entry above that this one should have come before: the one directly above, or on the same
 * day, past the entries without a time right above, the last one with a time (`10:00 A`, `B`,
 * `09:00 C`: C belongs above A, as the sort quick fix puts it).
 */
function earlierThan(entries: readonly LogEntry[], index: number): LogEntry | undefined {
  const entry = entries[index];
  for (let up = index - 1; up >= 0; up--) {
    const above = entries[up];
    if (isAfter(above, entry)) return above;
    if (above.date !== entry.date || above.time !== undefined || entry.time === undefined) return undefined;
  }
  return undefined;
}
