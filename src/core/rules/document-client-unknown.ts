import type { DocumentRef, Finding } from '../model';
import { FILE_START } from '../parse/source-text';
import { finding } from './rule';

export const documentClientUnknown = {
  id: 'document-client-unknown' as const,
  severity: 'warning' as const,
  summary: 'A document (`document:` frontmatter) names a client id that no client record has.',
  check(document: DocumentRef): Finding {
    const message = `Document names client "${document.clientId}", but no client record has that id (the file name without .md)`;
    return finding(this, document.clientRange ?? FILE_START, message);
  },
};
