import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LedgerNode } from '../../src/extension/tree/tree-nodes';
import { api, clientUri, waitFor } from './host-helpers';

/** Brightside Dental, `late_fee: 1.5% monthly after 30 days, max 10%`, $18.75 charged on BD-023 on 2026-10-16. */
const BRIGHTSIDE = 'brightside-dental.md';

function hoverText(hovers: vscode.Hover[]): string {
  const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : 'value' in content ? content.value : ''))).join('\n');
  return markdown.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

function lineIndex(document: vscode.TextDocument, needle: string): number {
  const line = document.getText().split('\n').findIndex((text) => text.includes(needle));
  assert.ok(line >= 0, needle);
  return line;
}

function lateFeeDiagnostic(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'late-fee-not-allowed');
}

describe('late fees in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('the hover on BD-023 gives the late fee the agreement allows and what is charged', async () => {
    const uri = clientUri(BRIGHTSIDE);
    const document = await vscode.workspace.openTextDocument(uri);
    const position = new vscode.Position(lineIndex(document, 'invoice BD-023'), 4);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
    assert.match(text, /Late fee under the agreement: \$37\.50 \(1\.5% a month after 30 days, max \$125\.00\); charged so far: \$18\.75/);
  });

  it('the Clients tree adds the late fee to the open invoice', async () => {
    const { tree } = await api();
    const brightside = tree.clientNode(clientUri(BRIGHTSIDE))!;
    const [invoices] = await tree.getChildren(brightside);
    const described = (await tree.getChildren(invoices)).map((node: LedgerNode) => {
      const item = tree.getTreeItem(node);
      return `${typeof item.label === 'string' ? item.label : item.label?.label} — ${item.description}`;
    });
    assert.deepEqual(described, [
      'BD-023 $1,250.00 — 66d overdue + $37.50 late fee',
      'BD-024 $750.00 — 36d overdue + $11.25 late fee',
      'BD-025 $1,250.00 — 4d overdue',
    ]);
  });

  it('a payment reminder drafted for BD-023 states the late fee', async () => {
    const { codeActions } = await api();
    const uri = clientUri(BRIGHTSIDE);
    const document = await vscode.workspace.openTextDocument(uri);
    const diagnostic = await waitFor('the invoice-overdue diagnostic on BD-023', () =>
      vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === 'invoice-overdue' && item.range.start.line === lineIndex(document, 'invoice BD-023')));
    const context = { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke };
    const actions = await codeActions.provideCodeActions(document, diagnostic.range, context);
    const offered = actions.find((action) => action.title === 'Draft a payment reminder for BD-023');
    assert.ok(offered, actions.map((action) => action.title).join(', '));
    const draft = await codeActions.resolveCodeAction(offered);
    const reminder = clientUri('brightside-dental', '2026-11-20-payment-reminder-BD-023.md');
    try {
      assert.ok(await vscode.workspace.applyEdit(draft.edit!));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(reminder));
      assert.match(text, /A late fee of \$37\.50 applies under our agreement \(1\.5% of the open amount for each month from 2026-10-16, at most \$125\.00\)\./);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(reminder);
    }
  });

  it('a fee above what the agreement allows gets late-fee-not-allowed; its quick fix charges the allowed amount, and one undo restores it', async () => {
    const uri = clientUri(BRIGHTSIDE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const original = document.getText();
    const line = lineIndex(document, 'late-fee BD-023');
    try {
      // A temporary typo: $30.00 where the agreement allows $18.75 on 2026-10-16.
      const typo = new vscode.WorkspaceEdit();
      const amount = document.lineAt(line).text.indexOf('$18.75');
      typo.replace(uri, new vscode.Range(line, amount, line, amount + '$18.75'.length), '$30.00');
      assert.ok(await vscode.workspace.applyEdit(typo));
      const diagnostic = await waitFor('the late-fee-not-allowed diagnostic', () => lateFeeDiagnostic(uri));
      assert.equal(diagnostic.range.start.line, line);
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      const fixes = await waitFor('its quick fix', async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 10);
        const found = actions.filter((action) => action.title.startsWith('Charge the'));
        return found.length > 0 ? found : undefined;
      });
      assert.equal(fixes[0].title, 'Charge the $18.75 the agreement still allows on BD-023');
      const before = document.getText();
      assert.ok(await vscode.workspace.applyEdit(fixes[0].edit!));
      assert.equal(document.lineAt(line).text, "- 2026-10-16 late-fee BD-023 $18.75: first month's late fee under our agreement");
      await waitFor('the diagnostic to clear', () => (lateFeeDiagnostic(uri) ? undefined : true));
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before, 'one undo restores the exact text');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
    assert.equal(document.getText(), original);
  });
});
