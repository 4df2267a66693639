import { shippedFile } from '../node/shipped-file';
import type { Ledger } from '../core/ledger';
import { plural } from '../core/values/plural';

/** What a ledger folder holds, for saying why a command found no client record in it. */
export interface FileCounts {
  readonly total: number;
  /** Client records, readable or not. */
  readonly records: number;
  readonly documents: number;
  /** Files without frontmatter, or with neither client: nor document:. */
  readonly skipped: number;
}

/** The files of a ledger read in one go, counted as countFiles does. */
export function ledgerFileCounts(ledger: Ledger): FileCounts {
  return countFiles(ledger.files.map((file) => ({ type: file.type, record: file.type === 'client' || (file.type === 'broken' && file.clientId !== undefined) })));
}

export function countFiles(files: readonly { type: string; record: boolean }[]): FileCounts {
  return {
    total: files.length,
    records: files.filter((file) => file.record).length,
    documents: files.filter((file) => file.type === 'document').length,
    skipped: files.filter((file) => file.type === 'ignored').length,
  };
}

/** Why nothing was checked (or listed: documents `read`), what a record is, and where the format is described. */
export function noRecords(folder: string, files: FileCounts, documentsWere = 'checked'): string {
  const format = `The format of a record is described in ${formatDoc()}.`;
  if (files.total === 0) return `no client record in ${folder}: it holds no markdown (.md) file, and a client record is a .md file with a client: key in its frontmatter. ${format}`;
  const unreadable = files.total - files.skipped - files.documents;
  const parts = [
    `${files.skipped} skipped (no frontmatter, or neither client: nor document: in it)`,
    ...(files.documents > 0 ? [`${plural(files.documents, 'document')} ${documentsWere}`] : []),
    ...(unreadable > 0 ? [`${unreadable} with frontmatter that cannot be read`] : []),
  ];
  return `no client record in ${folder}: none of its ${plural(files.total, 'markdown file')} is one (a client: key in the frontmatter, and no document: key); ${parts.join(', ')}. ${format}`;
}

/** The format's page as shipped beside the checker (dist/ or out/src/cli/ below the package), else its path in the repository. */
function formatDoc(): string {
  return shippedFile('docs', 'format.md') ?? 'docs/format.md';
}
