import * as vscode from 'vscode';
import { documentFolds, recordFolds } from '../core/navigation/folding';
import { splitLines } from '../core/parse/source-text';
import type { LedgerQueries } from './ledger-queries';

/**
 * Folding in a ledger file: the frontmatter and its block keys, each month of the log and each
 * entry with nested notes. VS Code merges these with the markdown extension's folds (its
 * headings' sections, multi-line list items): sorted by first line, one fold per first line,
 * ours first (an extension's provider comes before a built-in one), so a month wins over the
 * list item that starts on the same line.
 */
export class LedgerFoldingRanges implements vscode.FoldingRangeProvider {
  constructor(private readonly queries: LedgerQueries) {}

  provideFoldingRanges(document: vscode.TextDocument): vscode.FoldingRange[] {
    if (!this.queries.isLedgerFile(document.uri)) return [];
    const file = this.queries.parseDocument(document);
    const folds = file?.type === 'client' ? recordFolds(file) : file?.type === 'document' ? documentFolds(splitLines(document.getText()), file.places) : [];
    return folds.map((fold) => new vscode.FoldingRange(fold.start - 1, fold.end - 1));
  }
}
