import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, waitFor } from './host-helpers';

/** The hovers' markdown as plain text (appendText escapes punctuation and spaces). */
function hoverText(hovers: vscode.Hover[]): string {
  const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

async function hoverAt(uri: vscode.Uri, needle: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((text) => text.includes(needle));
  assert.ok(line >= 0, needle);
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 4)));
}

describe('hovers and the line above the log in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('an invoice entry shows its paid and open amounts, due day and days overdue', async () => {
    const text = await hoverAt(clientUri('brightside-dental.md'), 'invoice BD-024');
    assert.match(text, /Invoice BD-024 · \$1,250\.00 · issued 2026-10-01 · due 2026-10-15/);
    assert.match(text, /Paid \$500\.00 · open \$750\.00 · 36 days overdue/);
  });

  it('the client: line shows the summary the tree\'s tooltip has', async () => {
    const text = await hoverAt(clientUri('brightside-dental.md'), 'client: ');
    assert.match(text, /Brightside Dental/);
    assert.match(text, /Open balance: \$3,250\.00 \(3 open invoices\)/);
  });

  it('a CodeLens above the log sums up the client, and the setting switches it off', async () => {
    const uri = clientUri('harbor-realty.md');
    await vscode.workspace.openTextDocument(uri);
    const lenses = () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const [lens] = await waitFor('the lens', async () => ((await lenses()).length > 0 ? lenses() : undefined));
    assert.equal(lens.command?.title, '$600.00 open · last contact 29d ago · 2 next steps');
    assert.equal(lens.range.start.line + 1, 21, 'on the ## Log heading');
    const settings = vscode.workspace.getConfiguration('clientLedger');
    await settings.update('codeLens', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no lens', async () => ((await lenses()).length === 0 ? true : undefined));
    } finally {
      await settings.update('codeLens', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
