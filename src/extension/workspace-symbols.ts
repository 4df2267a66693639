import * as vscode from 'vscode';
import { workspaceSymbols } from '../core/navigation/workspace-symbols';
import type { LedgerQueries } from './ledger-queries';
import { toVsRange } from './source-range';

/**
 * Go to Symbol in Workspace (Ctrl+T): every client by name or id and every invoice as
 * `BD-023 · Brightside Dental`, with where it stands beside it, across every workspace folder's
 * ledger. Answered from what the index keeps of each record, no log read again; the symbols
 * carry their places, so there is nothing to resolve later.
 */
export class LedgerWorkspaceSymbols implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly queries: LedgerQueries) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.queries.ready;
    if (token.isCancellationRequested) return [];
    return workspaceSymbols(this.queries.symbols(), query).map((symbol) => new vscode.SymbolInformation(
      symbol.name,
      symbol.kind === 'client' ? vscode.SymbolKind.Class : vscode.SymbolKind.Number,
      symbol.containerName,
      new vscode.Location(vscode.Uri.parse(symbol.file), toVsRange(symbol.range)),
    ));
  }
}
