import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptFirstPick, api, clientUri, EXTENSION_ID, waitFor } from './host-helpers';

const COMMAND = 'clientLedger.draftStatement';

async function text(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function activeEditorOn(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return waitFor(`${uri.path} to open`, () => {
    const editor = vscode.window.visibleTextEditors.find((visible) => visible.document.uri.toString() === uri.toString());
    return editor && vscode.window.activeTextEditor === editor ? editor : undefined;
  });
}

/** Deletes a drafted client folder and waits until the ledger no longer lists the statement in it. */
async function removeDraft(folder: vscode.Uri, draft: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  const { queries } = await api();
  await waitFor('the draft to leave the ledger', () => (queries.ledgerOf(draft)?.ledger.get(draft.toString()) === undefined ? true : undefined));
}

describe('the statement of account in a real VS Code', () => {
  it('drafts clients/<id>/<today>-statement.md for a client of the Clients view, opens it, and never writes over it', async () => {
    const { tree, queries } = await api();
    const record = clientUri('brightside-dental.md');
    const node = await waitFor('Brightside Dental in the tree', () => tree.clientNode(record));
    const expected = clientUri('brightside-dental', '2026-11-20-statement.md');
    try {
      const drafted = await vscode.commands.executeCommand<vscode.Uri>(COMMAND, node);
      assert.equal(drafted?.toString(), expected.toString());
      const editor = await activeEditorOn(expected);
      const written = editor.document.getText();
      assert.match(written, /^---\ndocument: statement\nclient: brightside-dental\ncreated: 2026-11-20\n---\n\n# Statement of account as of 2026-11-20\n/);
      assert.match(written, /^\| 2026-10-30 \| Payment, BD-024 +\| +\| +\$500\.00 \| \$2,018\.75 \|$/m);
      assert.match(written, /^\| 2026-10-16 \| Late fee, BD-023 +\| +\$18\.75 \| +\| \$2,518\.75 \|$/m, 'the late fee charged is on the statement');
      assert.match(written, /^- \*\*Total due: \$3,268\.75\*\*$/m);
      const document = await waitFor('the statement in the ledger', () => {
        const file = queries.ledgerOf(expected)?.ledger.get(expected.toString());
        return file?.type === 'document' ? file : undefined;
      });
      assert.deepEqual([document.kind, document.clientId], ['statement', 'brightside-dental']);

      // The assistant edits the draft; a second run the same day opens it as it is.
      const edited = `${written}\nEdited by hand.\n`;
      await vscode.workspace.fs.writeFile(expected, new TextEncoder().encode(edited));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const again = await vscode.commands.executeCommand<vscode.Uri>(COMMAND, record);
      assert.equal(again?.toString(), expected.toString());
      await activeEditorOn(expected);
      assert.equal(await text(expected), edited, 'an existing statement is never written over');
    } finally {
      await removeDraft(clientUri('brightside-dental'), expected);
    }
  });

  it('asks for the client when run from the palette', async () => {
    await api();
    const expected = clientUri('nova-startups', '2026-11-20-statement.md');
    try {
      const drafted = await acceptFirstPick(vscode.commands.executeCommand<vscode.Uri>(COMMAND), 'the client quick pick');
      assert.equal(drafted?.toString(), expected.toString(), 'the first pick is the at-risk client');
      await activeEditorOn(expected);
      assert.match(await text(expected), /^---\ndocument: statement\nclient: nova-startups\n/);
    } finally {
      await removeDraft(clientUri('nova-startups'), expected);
    }
  });

  it('is on the context menu of client items in the Clients view', async () => {
    const { tree } = await api();
    const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['view/item/context'] as { command: string; when: string }[];
    const entry = menus.find((item) => item.command === COMMAND);
    assert.ok(entry, 'a view/item/context entry for the command');
    assert.equal(entry.when, 'view == clientLedger.clients && viewItem == client');
    const node = await waitFor('Brightside Dental in the tree', () => tree.clientNode(clientUri('brightside-dental.md')));
    assert.equal(tree.getTreeItem(node).contextValue, 'client', 'client items carry the viewItem the menu names');
    assert.ok((await vscode.commands.getCommands(true)).includes(COMMAND));
  });
});
