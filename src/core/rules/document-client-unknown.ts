import type { DocumentRecord, Finding } from '../model';
import { FILE_START } from '../parse/source-text';
import { finding } from './rule';

export const documentClientUnknown = {
  id: 'document-client-unknown',
  severity: 'warning' as const,
  summary: 'A document (`document:` frontmatter) names a client id that no client record has.',
  check(document: DocumentRecord): Finding {
    const place = document.places.get('client');
    const message = `Document names client "${document.clientId}", but no client record has that id (the file name without .md)`;
    return finding(this, place?.value ?? FILE_START, message);
  },
};
