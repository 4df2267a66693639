import type { ClientRecord, Finding } from '../model';
import { finding, keyRange } from './rule';

export const clientIdDuplicate = {
  id: 'client-id-duplicate',
  severity: 'error' as const,
  summary: 'Two client records have the same id (file name), ignoring case.',
  /** Findings for every record whose id an earlier one (in path order) already has. */
  check(clients: readonly ClientRecord[]): Map<ClientRecord, Finding> {
    const seen = new Map<string, ClientRecord>();
    const found = new Map<ClientRecord, Finding>();
    for (const client of clients) {
      const key = client.id.toLowerCase();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, client);
        continue;
      }
      const message = `Client id "${client.id}" is also the id of ${first.file}: rename one of the files (ids are unique, ignoring case)`;
      found.set(client, finding(this, keyRange(client, 'client'), message));
    }
    return found;
  },
};
