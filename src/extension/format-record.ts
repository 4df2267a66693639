import * as vscode from 'vscode';
import { formatRecord, type FormatLines } from '../core/navigation/format-record';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';

/**
 * Format Document on a client record: the log in order, each entry written one way
 * (core/navigation/format-record.ts). Format Selection writes the entries of the selected lines
 * one way and moves nothing (a selection cannot say where the other entries go); so does format
 * on save with `editor.formatOnSaveMode` set to format only the modified lines.
 */
export class RecordFormatter implements vscode.DocumentFormattingEditProvider, vscode.DocumentRangeFormattingEditProvider {
  constructor(private readonly queries: LedgerQueries) {}

  provideDocumentFormattingEdits(document: vscode.TextDocument): vscode.TextEdit[] {
    return this.edits(document);
  }

  provideDocumentRangeFormattingEdits(document: vscode.TextDocument, range: vscode.Range): vscode.TextEdit[] {
    // A selection that ends at the start of a line does not take that line.
    const last = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
    return this.edits(document, { from: range.start.line + 1, to: last + 1 });
  }

  private edits(document: vscode.TextDocument, lines?: FormatLines): vscode.TextEdit[] {
    if (!this.queries.isLedgerFile(document.uri)) return [];
    const record = this.queries.parseDocument(document);
    if (record?.type !== 'client') return [];
    return formatRecord(record, document.getText(), lines).map((edit) => new vscode.TextEdit(toVsRange(edit.range), edit.newText));
  }
}

/**
 * Registers the formatter for the files of the ledger folders only, registered again when the
 * folders change (settings, workspace folders). Not for every markdown file: VS Code would then
 * count it as a markdown formatter everywhere, and ask anyone with another one (Prettier) to pick
 * a default for their README too. The built-in markdown support has no formatter, so in a ledger
 * folder this one is the default; other markdown files never get an edit from it.
 */
export function registerRecordFormatter(queries: LedgerQueries): vscode.Disposable {
  const formatter = new RecordFormatter(queries);
  let registered: vscode.Disposable | undefined;
  let roots: string | undefined;
  const update = () => {
    const folders = queries.all.map((entry) => entry.root);
    const key = folders.map((root) => root.toString()).join('\n');
    if (key === roots) return;
    roots = key;
    registered?.dispose();
    const selector = folders.map((root): vscode.DocumentFilter => ({ scheme: root.scheme, pattern: new vscode.RelativePattern(root, '**/*.{md,MD,Md,mD}') }));
    registered = vscode.Disposable.from(
      vscode.languages.registerDocumentFormattingEditProvider(selector, formatter),
      vscode.languages.registerDocumentRangeFormattingEditProvider(selector, formatter),
    );
  };
  update();
  const listener = queries.onDidChange(update);
  return new vscode.Disposable(() => {
    listener.dispose();
    registered?.dispose();
  });
}
