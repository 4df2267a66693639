import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, applyAndUndo, clientUri, quickFixes, waitFor } from './host-helpers';

const GREENLEAF = 'greenleaf-coaching.md';
const USE = '10h 30m of 12h used this month · 1h 30m left';

/** The hovers' markdown as plain text (appendText escapes punctuation and spaces). */
async function hoverAt(uri: vscode.Uri, needle: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const line = document.getText().split('\n').findIndex((text) => text.includes(needle));
  assert.ok(line >= 0, needle);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 4));
  const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}


/** Puts a record's text in place through an edit of the open document, and saves it. */
async function replaceText(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await document.save();
}

describe('retainer hours in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('a CodeLens on the retainer_hours key says the hours used this month and what is left', async () => {
    const uri = clientUri(GREENLEAF);
    const document = await vscode.workspace.openTextDocument(uri);
    const keyLine = document.getText().split('\n').findIndex((text) => text.startsWith('retainer_hours:'));
    const lenses = await waitFor('the retainer lens', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
      return found.some((lens) => lens.range.start.line === keyLine) ? found : undefined;
    });
    assert.equal(lenses.find((lens) => lens.range.start.line === keyLine)!.command?.title, USE);
  });

  it('the hover on the key and on a work entry of this month says the same; an October entry has none', async () => {
    const uri = clientUri(GREENLEAF);
    assert.equal(await hoverAt(uri, 'retainer_hours:'), `**Retainer** ${USE}`);
    assert.equal(await hoverAt(uri, '2026-11-17 work 2h'), `**Retainer** ${USE}`);
    assert.doesNotMatch(await hoverAt(uri, '2026-10-27 work 5h'), /Retainer/);
  });

  it('the Clients view shows the use in the row and in the tooltip', async () => {
    const { tree } = await api();
    const node = tree.clientNode(clientUri(GREENLEAF))!;
    const item = tree.getTreeItem(node);
    assert.match(String(item.description), /10h 30m of 12h this month/);
    const tip = (tree.resolveTreeItem(item, node).tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(tip, new RegExp(`Retainer: ${USE}`));
  });

  it('retainer-nearly-used logs an email to the contact saying how much is used, undoable', async () => {
    const uri = clientUri(GREENLEAF);
    const fixes = await quickFixes(uri, 'retainer-nearly-used');
    const email = fixes.find((action) => action.title === 'Log an email to Jordan Blake about the retainer hours');
    assert.ok(email, fixes.map((action) => action.title).join(', '));
    await applyAndUndo(uri, email, (after) => {
      assert.ok(after.endsWith('- 2026-11-17 work 2h: follow-ups\n- 2026-11-20 email to Jordan Blake: 10h 30m of the 12h retainer used this month, 1h 30m left\n'), after.slice(-200));
    });
  });

  it('over the retainer, logs an overage invoice and drafts the overage note', async () => {
    const uri = clientUri(GREENLEAF);
    const original = (await vscode.workspace.openTextDocument(uri)).getText();
    const note = clientUri('greenleaf-coaching', '2026-11-20-overage-note.md');
    await replaceText(uri, `${original}- 2026-11-19 work 3h: launch week\n`);
    try {
      const fixes = await quickFixes(uri, 'retainer-exceeded');
      const invoice = fixes.find((action) => action.title === 'Log an overage invoice (GC-001, $57.00)');
      assert.ok(invoice, fixes.map((action) => action.title).join(', '));
      await applyAndUndo(uri, invoice, (after) => {
        assert.ok(after.endsWith('- 2026-11-19 work 3h: launch week\n- 2026-11-20 invoice GC-001 $57.00: overage of 1h 30m over the 12h retainer, November 2026\n'), after.slice(-200));
      });
      const { codeActions } = await api();
      const document = await vscode.workspace.openTextDocument(uri);
      const diagnostic = vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'retainer-exceeded')!;
      const context = { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke };
      const actions = await codeActions.provideCodeActions(document, diagnostic.range, context);
      const draft = actions.find((action) => action.title === 'Draft the overage note');
      assert.ok(draft, actions.map((action) => action.title).join(', '));
      const resolved = await codeActions.resolveCodeAction(draft);
      assert.ok(await vscode.workspace.applyEdit(resolved.edit!));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(note));
      assert.match(text, /^---\ndocument: overage-note\nclient: greenleaf-coaching\ncreated: 2026-11-20\n---\n\n# Retainer hours: November 2026\n/);
      assert.match(text, /so far this month, 13h 30m of work is logged: 1h 30m more than it covers\./);
      assert.match(text, /- 2026-11-19: 3h, launch week\n/);
      assert.match(text, /At the agreed rate of 38\/h, the 1h 30m beyond the retainer come to \$57\.00\./);
    } finally {
      await vscode.workspace.fs.delete(note).then(undefined, () => undefined);
      await replaceText(uri, original);
    }
  });
});
