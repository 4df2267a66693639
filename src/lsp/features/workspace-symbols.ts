import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { ClientRecord, Finding } from '../../core/model';
import { clientSymbols, workspaceSymbols, type ClientSymbols } from '../../core/navigation/workspace-symbols';
import { standingOf } from '../../core/summary/client-standing';
import type { Day } from '../../core/values/calendar-day';
import type { LspFeature, LspFiles } from '../lsp-files';
import { toLspRange } from '../lsp-range';

/** What a record's symbols were derived from, beside the record itself: the day and its findings. */
interface Derived {
  readonly today: Day;
  readonly findings: readonly Finding[];
  readonly symbols: ClientSymbols;
}

/**
 * Workspace symbols, as the extension's workspace-symbols.ts: every client by name or id and
 * every invoice as `BD-023 · Brightside Dental`, with where it stands, across every folder's
 * ledger. Each record's are kept until its parse, the day or its findings change.
 */
export const workspaceSymbolsFeature: LspFeature = {
  capabilities: { workspaceSymbolProvider: true },
  register(connection, files) {
    const derived = new WeakMap<ClientRecord, Derived>();
    connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(symbolsOf(files, derived), query).map((symbol): SymbolInformation => ({
      name: symbol.name,
      kind: symbol.kind === 'client' ? SymbolKind.Class : SymbolKind.Number,
      containerName: symbol.containerName,
      location: { uri: symbol.file, range: toLspRange(symbol.range) },
    })));
  },
};

function symbolsOf(files: LspFiles, derived: WeakMap<ClientRecord, Derived>): ClientSymbols[] {
  const today = files.today();
  return files.folders.flatMap((folder) => folder.ledger.clients.map((client) => {
    const findings = files.findings(client.file);
    const kept = derived.get(client);
    if (kept?.today === today && kept.findings === findings) return kept.symbols;
    const symbols = clientSymbols(client, today, standingOf(client, findings, today).description);
    derived.set(client, { today, findings, symbols });
    return symbols;
  }));
}
