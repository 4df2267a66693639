import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptFirstPick, api, clientUri, EXTENSION_ID, waitFor } from './host-helpers';

describe('commands in a real VS Code', () => {
  it('registers every contributed command under the Client Ledger category', async () => {
    await api();
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; category: string }[];
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed.length >= 4);
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} is not registered`);
      assert.equal(category, 'Client Ledger');
    }
  });

  it('refresh re-reads the ledger', async () => {
    const { queries } = await api();
    await vscode.commands.executeCommand('clientLedger.refresh');
    assert.ok(queries.all[0].ledger.clients.length >= 8);
  });

  it('new client writes a well-formed record, opens it, and never overwrites one', async () => {
    const uri = (await vscode.commands.executeCommand<vscode.Uri>('clientLedger.newClient', 'Café *Acme* [Inc]'))!;
    assert.equal(uri.toString(), clientUri('cafe-acme-inc.md').toString());
    const editor = await waitFor('the new record to open', () => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined));
    assert.match(editor.document.getText(), /^---\nclient: "Café \*Acme\* \[Inc\]"\nstatus: prospect\n/);
    const { queries } = await api();
    await waitFor('the new client in the ledger', () => queries.client(uri));
    assert.equal(queries.client(uri)!.name, 'Café *Acme* [Inc]');
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('clientLedger.newClient', 'Cafe Acme Inc');
    assert.equal(again, undefined, 'an existing record is never overwritten');
    await vscode.workspace.fs.delete(uri);
  });

  it('reveals the current file in the tree', async () => {
    await vscode.window.showTextDocument(clientUri('nova-startups.md'));
    await vscode.commands.executeCommand('clientLedger.revealInTree');
    const { tree } = await api();
    assert.ok(tree.clientNode(clientUri('nova-startups.md')));
  });
});

describe('open client in a real VS Code', () => {
  it('lists the clients in a quick pick and opens the one picked', async () => {
    await api();
    await acceptFirstPick(vscode.commands.executeCommand('clientLedger.openClient'), 'Open Client to pick the first client');
    const editor = await waitFor('a client record to open', () => vscode.window.activeTextEditor);
    assert.match(editor.document.uri.path, /\/clients\/nova-startups\.md$/, 'the first pick is the at-risk client');
    assert.equal(editor.selection.active.line, 1, 'at the client key');
  });
});
