import type { ClientRef, Finding } from '../model';
import { relativePath } from '../values/file-path';
import { finding } from './rule';

export const clientIdDuplicate = {
  id: 'client-id-duplicate' as const,
  severity: 'error' as const,
  summary: 'Two client records have the same id (file name), ignoring case.',
  /** The finding for a record whose id an earlier one (in path order) already has. */
  check(client: ClientRef, first: ClientRef): Finding {
    const message = `Client id "${client.id}" is also the id of ${relativePath(client.file, first.file)}: rename one of the files (ids are unique, ignoring case)`;
    return finding(this, client.keyRange, message, { related: [{ range: first.keyRange, message: `The other ${client.id}` }] });
  },
};
