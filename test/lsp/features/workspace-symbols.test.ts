import assert from 'node:assert/strict';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { workspaceSymbolsFeature } from '../../../src/lsp/features/workspace-symbols';
import { EXAMPLES, FakeFiles, handlersOf, positionOf, request, textAt, uriOf } from './lsp-fakes';

describe('language server: workspace symbols', () => {
  const files = new FakeFiles();
  const symbols = (query: string) => request<SymbolInformation[]>(workspaceSymbolsFeature, files, 'onWorkspaceSymbol', { query });

  it('finds an invoice by its ID, where its ID is written, with where it stands', async () => {
    const uri = uriOf(EXAMPLES, 'clients/brightside-dental.md');
    const found = (await symbols('BD-023')).filter((symbol) => symbol.kind === SymbolKind.Number);
    const invoice = found.find((symbol) => symbol.name === 'BD-023 · Brightside Dental');
    assert.ok(invoice, found.map((symbol) => symbol.name).join(', '));
    assert.equal(invoice.location.uri, uri);
    assert.equal(textAt(files.text(uri), invoice.location.range), 'BD-023');
    assert.equal(invoice.location.range.start.line, positionOf(files.text(uri), 'invoice BD-023').line);
    assert.match(invoice.containerName!, /open/);
  });

  it('lists every client of the ledger on an empty query', async () => {
    const clients = await symbols('');
    assert.deepEqual(clients.map((symbol) => symbol.location.uri).sort(), files.folder.ledger.clients.map((client) => client.file).sort());
    assert.ok(clients.every((symbol) => symbol.kind === SymbolKind.Class));
  });

  it('answers anew once a record changes', async () => {
    const uri = uriOf(EXAMPLES, 'clients/brightside-dental.md');
    const local = new FakeFiles();
    const handler = handlersOf(workspaceSymbolsFeature, local).get('onWorkspaceSymbol')!;
    const names = async (query: string) => ((await handler({ query })) as SymbolInformation[]).map((symbol) => symbol.name);
    assert.ok((await names('BD-023')).includes('BD-023 · Brightside Dental'));
    local.open(uri, local.text(uri).replace(/BD-023/g, 'BD-123'));
    assert.ok(!(await names('BD-023')).includes('BD-023 · Brightside Dental'));
    assert.ok((await names('BD-123')).includes('BD-123 · Brightside Dental'));
  });
});
