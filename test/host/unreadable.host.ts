import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LedgerNode } from '../../src/extension/tree/tree-nodes';
import { api, applyAndUndo, clientUri, quickFixes, waitFor } from './host-helpers';

// A record whose frontmatter does not parse stays in view: the Clients tree, the badge, the
// status bar and the report list it, and the lightbulb repairs the usual YAML slips.

const SAMPLE_ATTENTION = 7;

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function itemOf(node: LedgerNode): Promise<vscode.TreeItem> {
  return (await api()).tree.getTreeItem(node);
}


describe('a record that cannot be read, in a real VS Code', () => {
  const broken = clientUri('broken-record.md');
  const text = '---\nclient: Broken Record\nstatus: active\nterms: net 14\nstatus: on-hold\n---\n\n## Log\n\n- 2026-11-19 email from Bo\n';

  before(async () => {
    await api();
    await write(broken, text);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(broken);
    const { tree } = await api();
    await waitFor('the record to leave the tree', () => (tree.nodeOf(broken) === undefined && tree.attentionCount() === SAMPLE_ATTENTION ? true : undefined));
  });

  it('is listed first, under its file name, "fix the record", with an error icon', async () => {
    const { tree } = await api();
    const node = await waitFor('the unreadable record in the tree', () => tree.nodeOf(broken));
    assert.equal(node.kind, 'unreadable');
    const [first] = await tree.getChildren();
    assert.equal((await itemOf(first)).label, 'Cannot be read (1)');
    const item = await itemOf(node);
    assert.equal(item.label, 'broken-record.md');
    assert.equal(item.description, 'fix the record');
    assert.equal((item.iconPath as vscode.ThemeIcon).id, 'error');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
  });

  it('opens at the first problem when clicked', async () => {
    const { tree } = await api();
    const command = (await itemOf(tree.nodeOf(broken)!)).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the record to open', () => (vscode.window.activeTextEditor?.document.uri.toString() === broken.toString() ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.selection.active.line + 1, 5, 'the second status: line');
  });

  it('counts in the badge and the status bar', async () => {
    const { tree, clientsView, statusBar } = await api();
    await waitFor('the count to include it', () => (tree.attentionCount() === SAMPLE_ATTENTION + 1 ? true : undefined));
    await waitFor('the badge', () => (clientsView.badge?.value === SAMPLE_ATTENTION + 1 ? true : undefined));
    assert.equal(statusBar.text, `$(warning) ${SAMPLE_ATTENTION + 1} clients`);
    assert.match(String(statusBar.tooltip), new RegExp(`^${SAMPLE_ATTENTION + 1} of 9 clients need attention`));
  });

  it('is listed as unreadable in the report webview', async () => {
    const { report } = await api();
    await vscode.commands.executeCommand('clientLedger.openReport');
    const html = await waitFor('the report with it', () => (report.html?.includes('data-metric="unreadable"') ? report.html : undefined));
    assert.match(html, /<article class="client unreadable" data-client="broken-record" data-metric="unreadable">/);
    assert.match(html, /1 unreadable/);
    assert.match(html, /clients\/broken-record\.md/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the panel to close', () => (report.html === undefined ? true : undefined));
  });

  it('offers to remove or rename the duplicate key, each one undoable edit', async () => {
    const fixes = await quickFixes(broken, 'frontmatter-invalid');
    assert.deepEqual(fixes.map((action) => action.title), ['Remove line 5, the second status (status: on-hold)', 'Rename the second status to status_2']);
    const { tree } = await api();
    await applyAndUndo(broken, fixes[0], (after) => assert.equal(after, text.replace('status: on-hold\n', '')));
    await applyAndUndo(broken, fixes[1], (after) => assert.equal(after, text.replace('status: on-hold', 'status_2: on-hold')));
    await waitFor('it to be unreadable again after undo', () => (tree.nodeOf(broken)?.kind === 'unreadable' ? true : undefined));
  });

  it('offers spaces for a tab in the indentation and closes a quote left open', async () => {
    const tabbed = clientUri('tabbed-record.md');
    const tabText = '---\nclient: Tabbed\ncontact:\n\tname: Jo\n---\n';
    const quoted = clientUri('quoted-record.md');
    const quoteText = '---\nclient: "Quoted Co\nstatus: active\n---\n';
    await write(tabbed, tabText);
    await write(quoted, quoteText);
    try {
      const [spaces] = await quickFixes(tabbed, 'frontmatter-invalid');
      assert.equal(spaces.title, 'Indent line 4 with spaces instead of tabs');
      assert.equal(spaces.isPreferred, true);
      await applyAndUndo(tabbed, spaces, (after) => assert.equal(after, tabText.replace('\tname', '  name')));
      const [close] = await quickFixes(quoted, 'frontmatter-invalid');
      assert.equal(close.title, 'Close the quote at the end of line 2');
      await applyAndUndo(quoted, close, (after) => assert.equal(after, quoteText.replace('"Quoted Co', '"Quoted Co"')));
      const diagnostic = vscode.languages.getDiagnostics(quoted).find((item) => item.source === 'Client Ledger')!;
      assert.equal(diagnostic.range.start.line + 1, 2, 'the unclosed quote is shown where it opens');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(tabbed);
      await vscode.workspace.fs.delete(quoted);
    }
  });
});

describe('quick fixes the messages name, in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('replaces an unknown kind with the one the message suggests', async () => {
    const uri = clientUri('orchard-events.md');
    const fix = (await quickFixes(uri, 'entry-malformed')).find((action) => action.title === 'Replace "emial" with "email"');
    assert.ok(fix, 'the kind\'s fix');
    assert.equal(fix.isPreferred, true);
    const before = (await vscode.workspace.openTextDocument(uri)).getText();
    await applyAndUndo(uri, fix, (after) => assert.equal(after, before.replace('- 2026-11-03 emial from Ava', '- 2026-11-03 email from Ava')));
  });

  it('renames a mistyped key to the one the hint suggests', async () => {
    const uri = clientUri('orchard-events.md');
    const [rename] = await quickFixes(uri, 'key-unknown');
    assert.equal(rename.title, 'Rename notice_givn to notice_given');
    await applyAndUndo(uri, rename, (after) => assert.match(after, /\nnotice_given: /));
  });
});
