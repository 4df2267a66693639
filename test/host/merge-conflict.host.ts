import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, rulesOf, waitFor } from './host-helpers';

describe('merge conflict markers in a real VS Code', () => {
  const uri = clientUri('conflicted.md');
  const text = [
    '---', 'client: Conflicted Co', '<<<<<<< HEAD', 'terms: net 7', '=======', 'terms: net 30', '>>>>>>> feature', 'deposit: none', '---', '',
    '## Log', '', '- 2026-11-19 email from Jo', '',
  ].join('\n');

  before(async () => {
    await api();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  });

  after(async () => {
    await vscode.workspace.fs.delete(uri);
    const { tree } = await api();
    await waitFor('the record to leave the tree', () => (tree.nodeOf(uri) === undefined ? true : undefined));
  });

  it('shows the conflict as an error on its <<<<<<< line, the separator and end as related lines', async () => {
    await waitFor('the merge-conflict diagnostic', () => (rulesOf(uri).includes('merge-conflict') ? true : undefined));
    const diagnostic = vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'merge-conflict')!;
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(diagnostic.range.start.line + 1, 3);
    assert.deepEqual(diagnostic.relatedInformation?.map((info) => info.location.range.start.line + 1), [5, 7]);
    assert.equal((diagnostic.code as { target: vscode.Uri }).target.fragment, 'merge-conflict');
    assert.ok(!rulesOf(uri).includes('frontmatter-invalid'), 'the record is read as its first side');
  });

  it('keeps the record in the Clients view, saying it is in conflict', async () => {
    const { tree } = await api();
    const node = await waitFor('the record in the tree', () => tree.clientNode(uri));
    assert.equal(node.standing.client.termsDays, 7, 'the first side\'s terms');
    assert.match(String(tree.getTreeItem(node).description), /merge conflict/);
  });
});
