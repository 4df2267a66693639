import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, waitFor, workspaceRoot } from './host-helpers';

// Owners, as a team sets them: `owner:` in a record, the Clients view grouped by owner, and the
// Next Steps view limited to "mine".

async function groupLabels(): Promise<string[]> {
  const { tree } = await api();
  tree.refresh();
  return (await tree.getChildren()).map((node) => String(tree.getTreeItem(node).label));
}

async function agendaClients(): Promise<string[]> {
  const { agenda } = await api();
  agenda.refresh();
  const names = new Set<string>();
  for (const group of await agenda.getChildren()) for (const node of await agenda.getChildren(group)) if (node.kind === 'step') names.add(node.step.clientName);
  return [...names].sort();
}

describe('owners in a real VS Code', () => {
  const settings = () => vscode.workspace.getConfiguration('clientLedger');

  it('groups the Clients view by owner and shows only my next steps', async () => {
    const uri = clientUri('brightside-dental.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    try {
      await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), 'owner: Maria Lopez\n'));
      await settings().update('groupBy', 'owner', vscode.ConfigurationTarget.Workspace);
      await waitFor('groups by owner', async () => {
        const labels = await groupLabels();
        return labels.length === 2 && labels[0] === 'Maria Lopez (1)' && labels[1].startsWith('No owner (') ? true : undefined;
      });
      assert.ok((await agendaClients()).includes('Brightside Dental'), 'everyone\'s steps by default');
      await settings().update('me', 'Tom Doe', vscode.ConfigurationTarget.Workspace);
      await settings().update('agenda.show', 'mine', vscode.ConfigurationTarget.Workspace);
      await waitFor('Maria\'s client to leave my agenda', async () => {
        const clients = await agendaClients();
        return !clients.includes('Brightside Dental') && clients.includes('Harbor Realty') ? true : undefined;
      });
      await settings().update('me', 'maria lopez', vscode.ConfigurationTarget.Workspace);
      await waitFor('Maria\'s client back in her agenda', async () => ((await agendaClients()).includes('Brightside Dental') ? true : undefined));
    } finally {
      for (const key of ['groupBy', 'me', 'agenda.show']) await settings().update(key, undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor('groups by status again', async () => ((await groupLabels())[0]?.startsWith('At risk') ? true : undefined));
  });

  it('takes "mine" from the workspace folder\'s .git/config when clientLedger.me is empty', async () => {
    const gitFolder = vscode.Uri.joinPath(workspaceRoot(), '.git');
    const uri = clientUri('brightside-dental.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    try {
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(gitFolder, 'config'), new TextEncoder().encode('[core]\n\tbare = false\n[user]\n\tname = Maria Lopez\n'));
      await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), 'owner: Maria Lopez\n'));
      await settings().update('agenda.show', 'mine', vscode.ConfigurationTarget.Workspace);
      await waitFor('her client in her agenda, read from .git/config', async () => ((await agendaClients()).includes('Brightside Dental') ? true : undefined));
      assert.equal((await api()).queries.mineUnknown(), undefined, 'the view has no "who are you" message');
    } finally {
      await settings().update('agenda.show', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(gitFolder, { recursive: true });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
