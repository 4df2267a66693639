import type { ClientRecord, Finding } from '../model';
import { finding, keyRange } from './rule';
import { relativePath } from '../values/file-path';

export const clientIdDuplicate = {
  id: 'client-id-duplicate',
  severity: 'error' as const,
  summary: 'Two client records have the same id (file name), ignoring case.',
  /** The finding for a record whose id an earlier one (in path order) already has. */
  check(client: ClientRecord, first: ClientRecord): Finding {
    const message = `Client id "${client.id}" is also the id of ${relativePath(client.file, first.file)}: rename one of the files (ids are unique, ignoring case)`;
    return finding(this, keyRange(client, 'client'), message, { related: [{ range: keyRange(first), message: `The other ${client.id}` }] });
  },
};
