import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import { documentFolds, recordFolds } from '../../core/navigation/folding';
import { splitLines } from '../../core/parse/source-text';
import type { LspFeature, LspFiles } from '../lsp-files';

/** Folding, as the extension's folding.ts: the frontmatter and its block keys, each month of the log, each entry with nested notes. */
export const foldingRangesFeature: LspFeature = {
  capabilities: { foldingRangeProvider: true },
  register(connection, files) {
    connection.onFoldingRanges((params) => foldsOf(files, params));
  },
};

function foldsOf(files: LspFiles, { textDocument }: FoldingRangeParams): FoldingRange[] {
  const file = files.file(textDocument.uri);
  if (!file) return [];
  const { record } = file;
  const folds = record.type === 'client' ? recordFolds(record) : record.type === 'document' ? documentFolds(splitLines(file.text), record.places) : [];
  return folds.map((fold) => ({ startLine: fold.start - 1, endLine: fold.end - 1 }));
}
