import * as vscode from 'vscode';
import { markdownPathsIn } from '../core/navigation/written-paths';
import { agreementTarget, clientOf, ledgerFileTarget } from './ledger-navigation';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';

/**
 * Links in ledger files: a record's `agreement:` path to the file (when it is a file inside the
 * workspace folder), a document's `client:` value to the client's record, and the path of a
 * record or document of the ledger wherever a file names one (a note in the log, a checklist).
 */
export class LedgerLinkProvider implements vscode.DocumentLinkProvider {
  constructor(private readonly queries: LedgerQueries) {}

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    if (!this.queries.isLedgerFile(document.uri)) return [];
    const file = this.queries.parseDocument(document);
    const links: vscode.DocumentLink[] = [];
    if (file?.type === 'client') {
      const value = file.places.get('agreement')?.value;
      const target = value && (await agreementTarget(this.queries, file, document.uri));
      if (value && target) links.push(linkTo(toVsRange(value), target, 'Open the agreement'));
    }
    if (file?.type === 'document') {
      const value = file.places.get('client')?.value;
      const record = value && clientOf(this.queries, document.uri, file);
      if (value && record) links.push(linkTo(toVsRange(value), vscode.Uri.parse(record.file), `Open the record of ${record.name}`));
    }
    if (file?.type === 'client' || file?.type === 'document') {
      for (const written of markdownPathsIn(document.getText())) {
        const target = ledgerFileTarget(this.queries, document.uri, written.path);
        if (target) links.push(linkTo(toVsRange(written.range), target, `Open ${vscode.workspace.asRelativePath(target)}`));
      }
    }
    return links;
  }
}

function linkTo(range: vscode.Range, target: vscode.Uri, tooltip: string): vscode.DocumentLink {
  const link = new vscode.DocumentLink(range, target);
  link.tooltip = tooltip;
  return link;
}
