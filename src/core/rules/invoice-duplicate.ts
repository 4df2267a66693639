import { byTime } from '../derive/entry-time';
import { finding, type Rule } from './rule';

export const invoiceDuplicate: Rule = {
  id: 'invoice-duplicate',
  severity: 'error',
  scope: 'every-client',
  summary: 'Two invoices share an ID.',
  check(client) {
    const first = new Map<string, (typeof client.entries)[number]>();
    const findings = [];
    // In time order, as the account reads them: the earliest invoice with an ID counts, whatever its line.
    for (const entry of byTime(client.entries)) {
      if (entry.kind !== 'invoice') continue;
      const key = entry.id.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, entry);
        continue;
      }
      const message = `Invoice ${entry.id} is already logged on line ${earlier.range.start.line}: give this invoice its own ID (only the first counts)`;
      findings.push(finding(this, entry.range, message, { related: [{ range: earlier.range, message: `First invoice ${entry.id}` }] }));
    }
    return findings;
  },
};
