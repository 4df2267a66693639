import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, quickFixes, waitFor } from './host-helpers';

// Quick fixes write into years of records: each works on the text as it is now, several in a
// row all apply, and undo gives back the exact text, byte for byte.

async function open(name: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const uri = clientUri(name);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  return { uri, document, editor };
}

async function revert(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Every line of `before` is in `after`, in order (lines only added, none changed or lost). */
function keepsEveryLine(before: string, after: string): boolean {
  const lines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at++ >= lines.length) return false;
  }
  return true;
}

describe('safe writes in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('two quick fixes in a row both apply, every line is kept, and two undos give back the exact text', async () => {
    const { uri, document } = await open('orchard-events.md');
    const original = document.getText();
    try {
      const deposit = (await quickFixes(uri, 'no-deposit-policy')).find((action) => action.title === 'Add a deposit policy (deposit:)');
      assert.ok(deposit?.edit);
      assert.ok(await vscode.workspace.applyEdit(deposit.edit));
      const agreement = await waitFor('the agreement fix, asked for on the new text', async () =>
        (await quickFixes(uri, 'no-agreement')).find((action) => action.title === 'Add the written agreement (agreement:)'));
      assert.ok(agreement.edit);
      assert.ok(await vscode.workspace.applyEdit(agreement.edit));
      const after = document.getText();
      assert.match(after, /\ndeposit: none\n/);
      assert.match(after, /\nagreement: agreements\/orchard-events\.pdf\n/);
      assert.ok(keepsEveryLine(original, after), 'no line of the record lost or changed');
      assert.equal(after.split('\n').length, original.split('\n').length + 2);
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), original);
    } finally {
      await revert();
    }
  });

  it('a quick fix asked for on a diagnostic the text has moved away from is not offered; on the new place it is', async () => {
    const { codeActions } = await api();
    const { uri, document, editor } = await open('brightside-dental.md');
    const original = document.getText();
    const payment = (actions: vscode.CodeAction[]) => actions.find((action) => action.title.startsWith('Record payment'));
    const diagnosticOf = () => vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'invoice-overdue');
    const ask = (diagnostic: vscode.Diagnostic) =>
      codeActions.provideCodeActions(document, diagnostic.range, { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke });
    try {
      const stale = await waitFor('the invoice-overdue diagnostic', diagnosticOf);
      assert.ok(payment(await ask(stale)), 'offered while the diagnostic is current');
      // Two lines typed above the invoice, and the lightbulb asked before the diagnostics caught up.
      await editor.edit((builder) => builder.insert(new vscode.Position(1, 0), '# a note typed in the frontmatter\n# and another\n'));
      assert.equal(payment(await ask(stale)), undefined, 'nothing offered for a line that no longer holds the finding');
      const moved = await waitFor('the diagnostic on its new line', () => {
        const now = diagnosticOf();
        return now && now.range.start.line === stale.range.start.line + 2 ? now : undefined;
      });
      const fix = payment(await ask(moved));
      assert.ok(fix?.edit);
      const edited = document.getText();
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(keepsEveryLine(edited, document.getText()), 'the lines typed meanwhile are kept');
      assert.match(document.getText(), /\n- 2026-11-20 payment BD-023 \$1250\.00\n$/);
    } finally {
      await revert();
    }
    assert.equal(document.getText(), original);
  });

  it('a draft never writes over an existing file of the same name', async () => {
    const { codeActions } = await api();
    const uri = clientUri('nova-startups.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostic = await waitFor('relationship-at-risk', () =>
      vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'relationship-at-risk'));
    const context = { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke };
    const [draft] = (await codeActions.provideCodeActions(document, diagnostic.range, context)).filter((action) => action.title === 'Create a salvage plan (record unchanged)');
    assert.ok(draft, 'the salvage plan is offered while no draft exists');
    const resolved = await codeActions.resolveCodeAction(draft);
    // Someone saves a file at that path between the lightbulb and the pick.
    const target = clientUri('nova-startups', '2026-11-20-salvage-plan.md');
    const mine = 'my own notes, not a draft\n';
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(mine));
    try {
      await vscode.workspace.applyEdit(resolved.edit!);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), mine);
    } finally {
      await vscode.workspace.fs.delete(target);
    }
  });
});
