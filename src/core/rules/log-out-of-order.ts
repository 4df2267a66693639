import { formatDay } from '../values/calendar-day';
import { formatWhen, isAfter } from '../derive/entry-time';
import type { Finding } from '../model';
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
      const above = client.entries[index - 1];
      if (!above || !isAfter(above, entry)) return;
      const message = entry.date === above.date
        ? `Entry at ${formatWhen(entry)} comes after one at ${formatWhen(above)}: keep the log in time order`
        : `Entry dated ${formatDay(entry.date)} comes after one dated ${formatDay(above.date)}: keep the log in date order`;
      findings.push(finding(this, entry.range, message, { related: [{ range: above.range, message: 'The entry above' }] }));
    });
    return findings;
  },
};
