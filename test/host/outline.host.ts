import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addWorkspaceFolder, api, clientUri, lineStarting, removeWorkspaceFolder, waitFor } from './host-helpers';
import { MemoryFileSystem } from './memory-file-system';

/** What vscode.executeDocumentSymbolProvider gives: document symbols that are symbol information too. */
type OutlineSymbol = vscode.DocumentSymbol & vscode.SymbolInformation;

/** The merged outline of a file once ours is in it (the markdown extension's headings may come beside it). */
async function outlineOf(uri: vscode.Uri): Promise<OutlineSymbol[]> {
  await vscode.workspace.openTextDocument(uri);
  return waitFor(`the outline of ${uri.path}`, async () => {
    const symbols = await vscode.commands.executeCommand<OutlineSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols?.some((symbol) => symbol.kind === vscode.SymbolKind.Class) ? symbols : undefined;
  });
}

function named<T extends vscode.DocumentSymbol>(symbols: readonly T[], name: string, kind?: vscode.SymbolKind): T {
  const found = symbols.find((symbol) => symbol.name === name && (kind === undefined || symbol.kind === kind));
  assert.ok(found, `no symbol "${name}" among ${symbols.map((symbol) => `"${symbol.name}"`).join(', ')}`);
  return found;
}

/** The text a range covers in the file. */
async function textAt(uri: vscode.Uri, range: vscode.Range): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText(range);
}

async function foldsOf(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
  await vscode.workspace.openTextDocument(uri);
  return vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
}

/** Folds as `start-end`, 1-based lines as the tests name them. */
function spans(folds: readonly vscode.FoldingRange[]): string[] {
  return folds.map((fold) => `${fold.start + 1}-${fold.end + 1}`);
}

async function workspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

const SCHEME = 'clientledger-outline';
const OTHER_FOLDER = vscode.Uri.from({ scheme: SCHEME, path: '/second' });

describe('the outline, symbols and folding in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('outlines a client record: its frontmatter keys, then its log month by month, invoices with where they stand', async () => {
    const uri = clientUri('harbor-realty.md');
    const symbols = await outlineOf(uri);
    const record = named(symbols, 'Harbor Realty', vscode.SymbolKind.Class);
    assert.equal(record.detail, 'harbor-realty · active');
    assert.equal(record.selectionRange.start.line + 1, await lineStarting(uri, 'client:'));
    assert.equal(await textAt(uri, record.selectionRange), 'Harbor Realty');
    const contact = named(record.children, 'contact', vscode.SymbolKind.Property);
    assert.deepEqual(contact.children.map((key) => [key.name, key.detail]), [['name', 'Tom Reyes'], ['email', 'tom@harborrealty.example'], ['phone', '"+1 555 0142"']]);

    const log = named(symbols, 'Log', vscode.SymbolKind.Namespace);
    assert.equal(log.detail, '15 entries');
    assert.deepEqual(log.children.map((month) => month.name), ['November 2025', 'July 2026', 'August 2026', 'September 2026', 'October 2026', 'November 2026']);
    assert.ok(log.children.every((month) => month.kind === vscode.SymbolKind.Module));
    assert.deepEqual(named(log.children, 'October 2026').children.map((entry) => entry.name), ['HR-011', 'payment HR-011 $600', 'call with Tom']);
    const november = named(log.children, 'November 2026');
    assert.equal(november.detail, '5 entries');
    assert.equal(november.range.start.line + 1, await lineStarting(uri, '- 2026-11-01 invoice HR-012'));
    assert.equal(november.range.end.line + 1, await lineStarting(uri, '- 2026-11-13 message to Tom'), 'to its last entry');
    const [invoice] = november.children;
    assert.deepEqual([invoice.name, invoice.detail, invoice.kind], ['HR-012', '$600.00 · $600.00 open · 5d overdue', vscode.SymbolKind.Number]);
    assert.equal(november.children.length, 1, 'the messages to Tom are left to the month');
    assert.equal(await textAt(uri, invoice.selectionRange), 'HR-012');
  });

  it('outlines a drafted document: its frontmatter, its headings holding its steps', async () => {
    const uri = clientUri('peak-consulting', '2026-10-14-termination.md');
    const symbols = await outlineOf(uri);
    assert.equal(named(symbols, 'termination', vscode.SymbolKind.Class).detail, 'peak-consulting · 2026-10-14');
    const heading = named(symbols, 'Ending our work together', vscode.SymbolKind.String);
    assert.deepEqual(heading.children.map((step) => [step.name, step.detail, step.kind]), [
      ['Follow-up phone call', 'done', vscode.SymbolKind.Boolean],
      ['Final payment received', 'to do', vscode.SymbolKind.Boolean],
    ]);
    assert.equal(heading.children[1].range.start.line + 1, await lineStarting(uri, '- [ ] Final payment received'));
  });

  it('gives markdown outside the ledger no outline and no folds', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\nclient: Stranger Co\n---\n\n## Log\n\n- 2026-11-01 invoice ST-1 $5\n- 2026-11-02 payment ST-1 $5\n' });
    const symbols = (await vscode.commands.executeCommand<OutlineSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri)) ?? [];
    assert.ok(!symbols.some((symbol) => symbol.kind === vscode.SymbolKind.Class || symbol.name === 'Stranger Co'), symbols.map((symbol) => symbol.name).join(', '));
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    assert.ok(!spans(folds).includes('1-3'), 'no frontmatter fold');
    assert.ok(!spans(folds).includes('7-8'), 'no month fold');
  });

  it('Go to Symbol in Workspace lists invoices by ID or client name, and clients by name or id', async () => {
    const brightside = clientUri('brightside-dental.md');
    const [invoice] = (await workspaceSymbols('BD-023')).filter((symbol) => symbol.name.startsWith('BD-023'));
    assert.deepEqual([invoice.name, invoice.containerName, invoice.kind], ['BD-023 · Brightside Dental', '$1,250.00 · $1,250.00 open · 66d overdue', vscode.SymbolKind.Number]);
    assert.equal(invoice.location.uri.toString(), brightside.toString());
    assert.equal(invoice.location.range.start.line + 1, await lineStarting(brightside, '- 2026-09-01 invoice BD-023'));
    assert.equal(await textAt(brightside, invoice.location.range), 'BD-023');

    const harbor = (await workspaceSymbols('harbor')).filter((symbol) => symbol.location.uri.toString() === clientUri('harbor-realty.md').toString());
    const client = harbor.find((symbol) => symbol.kind === vscode.SymbolKind.Class);
    assert.equal(client?.name, 'Harbor Realty');
    assert.match(client?.containerName ?? '', /^\$600 overdue 5d/, 'where the client stands, as the Clients view says it');
    assert.deepEqual(harbor.filter((symbol) => symbol.kind === vscode.SymbolKind.Number).map((symbol) => symbol.name).sort(), ['HR-008', 'HR-009', 'HR-010', 'HR-011', 'HR-012'].map((id) => `${id} · Harbor Realty`));

    const [byId] = (await workspaceSymbols('peak-consulting')).filter((symbol) => symbol.kind === vscode.SymbolKind.Class);
    assert.deepEqual([byId.name, byId.containerName.startsWith('Peak Consulting Group · ')], ['peak-consulting', true]);
  });

  it('Go to Symbol in Workspace reaches the ledger of every workspace folder', async () => {
    const provider = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFileSystem(), { isCaseSensitive: true });
    const record = vscode.Uri.joinPath(OTHER_FOLDER, 'clients', 'far-away.md');
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(OTHER_FOLDER, 'clients'));
      await vscode.workspace.fs.writeFile(record, new TextEncoder().encode('---\nclient: Far Away Co\n---\n\n## Log\n\n- 2026-11-02 invoice FA-001 $75\n'));
      await addWorkspaceFolder(OTHER_FOLDER, 'Second ledger');
      const found = await waitFor('FA-001 in the second folder', async () => (await workspaceSymbols('FA-001')).find((symbol) => symbol.name === 'FA-001 · Far Away Co'));
      assert.equal(found.location.uri.toString(), record.toString());
      assert.equal(found.containerName, '$75.00 · $75.00 open · 4d overdue');
      assert.ok((await workspaceSymbols('BD-023')).some((symbol) => symbol.name === 'BD-023 · Brightside Dental'), 'and the first folder\'s still');
    } finally {
      await removeWorkspaceFolder(OTHER_FOLDER, 'Second ledger');
      provider.dispose();
    }
  });

  it('folds the frontmatter, its block keys and each month of the log', async () => {
    const uri = clientUri('harbor-realty.md');
    const folds = spans(await foldsOf(uri));
    const line = (prefix: string) => lineStarting(uri, prefix);
    const expected = [
      `1-${await line('hours:') + 1}`,
      `${await line('contact:')}-${await line('phone:')}`,
      `${await line('- 2026-07-01 invoice HR-008')}-${await line('- 2026-07-10 payment HR-008')}`,
      `${await line('- 2026-10-01 invoice HR-011')}-${await line('- 2026-10-22 call with Tom')}`,
      `${await line('- 2026-11-01 invoice HR-012')}-${await line('- 2026-11-13 message to Tom')}`,
    ];
    for (const fold of expected) assert.ok(folds.includes(fold), `${fold} among ${folds.join(', ')}`);
    assert.ok(!folds.includes(`${await line('- 2025-11-01 deposit')}-${await line('- 2025-11-01 deposit')}`), 'a month of one line does not fold');
  });

  it('keeps the markdown extension\'s folds beside ours, one fold per first line, ours first', async () => {
    const uri = clientUri('sunrise-yoga.md');
    const line = (prefix: string) => lineStarting(uri, prefix);
    // The markdown extension folds each heading's section; once its folds are in, both are merged.
    const section = `${await line('## Log')}-${await line('- 2026-11-19 email to Maya')}`;
    const folds = await waitFor('the markdown extension\'s fold of the log\'s section', async () => {
      const found = spans(await foldsOf(uri));
      return found.includes(section) ? found : undefined;
    });
    assert.ok(folds.includes(`${await line('- 2026-11-02 invoice SY-033')}-${await line('- 2026-11-19 email to Maya')}`), 'our month');
    const call = await line('- 2026-11-16 10:30 call with Maya');
    assert.deepEqual(folds.filter((fold) => fold.startsWith(`${call}-`)), [`${call}-${call + 1}`], 'an entry and its note, folded once though both fold it');

    // A month whose first entry has a note: the month and the markdown list item start on one line; the month stays.
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const first = await line('- 2026-09-01 invoice SY-031');
    const before = document.getText();
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(first, 0), '  - paid by card\n')));
    try {
      const grown = `${await line('## Log')}-${await line('- 2026-11-19 email to Maya')}`;
      const merged = await waitFor('the markdown extension\'s folds of the edited text', async () => {
        const found = spans(await foldsOf(uri));
        return found.includes(grown) ? found : undefined;
      });
      assert.deepEqual(merged.filter((fold) => fold.startsWith(`${first}-`)), [`${first}-${await line('- 2026-09-10 payment SY-031')}`], 'the month, not the list item');
    } finally {
      await vscode.commands.executeCommand('undo');
      const undone = document.getText();
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(undone, before, 'one undo restores the exact text');
    }
  });
});
