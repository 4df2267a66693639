import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgendaNode } from '../../src/extension/tree/next-steps-provider';
import { api, clientUri, quickFixes, rulesOf, waitFor } from './host-helpers';

// The Next Steps view on the sample ledger, checked as of 2026-11-20 (a Friday).

async function view(): Promise<{ group: string; items: string[] }[]> {
  const { agenda } = await api();
  const groups = await agenda.getChildren();
  return Promise.all(groups.map(async (group) => ({
    group: String(agenda.getTreeItem(group).label),
    items: (await agenda.getChildren(group)).map((node) => {
      const item = agenda.getTreeItem(node);
      return `${String(item.label)} | ${String(item.description)}`;
    }),
  })));
}

async function stepNode(title: string): Promise<AgendaNode | undefined> {
  const { agenda } = await api();
  for (const group of await agenda.getChildren()) {
    for (const node of await agenda.getChildren(group)) if (agenda.getTreeItem(node).label === title) return node;
  }
  return undefined;
}

describe('the Next Steps view in a real VS Code', () => {
  it('groups every next step Overdue / Today / This week / Later, with the day each is due', async () => {
    const groups = await view();
    assert.deepEqual(groups.map((group) => `${group.group} ${group.items.length}`), ['Overdue 12', 'This week 1', 'Later 2']);
    assert.deepEqual(groups[0].items.slice(0, 3), [
      'Final payment received | 37 days overdue · Peak Consulting Group',
      'Send Dr. Priya Nair a formal notice for BD-023 | 21 days overdue · Brightside Dental',
      'Hold ends: get in touch to resume, or extend it | 10 days overdue · Lakeside Bakery',
    ]);
    assert.ok(groups[0].items.includes('Send Tom Reyes a postcard naming a time to talk | 5 days overdue · Harbor Realty'));
    assert.deepEqual(groups[1].items, ['Call Maya Chen | tomorrow · Sunrise Yoga Studio']);
    assert.equal(groups[2].items[0], 'Check in with Ava Brooks | in 3 days · Orchard Events Co.');
    assert.ok(groups[0].items.includes("Answer Dr. Priya Nair's email of 2026-11-18 | 1 day overdue · Brightside Dental"), 'she is waiting for an answer: no check-in');
    assert.ok(groups[0].items.includes('Confirm in writing what the meeting of 2026-11-10 agreed | 9 days overdue · Orchard Events Co.'));
  });

  it('the lightbulb on a meeting not yet confirmed in writing logs the summary, and the step goes', async () => {
    const uri = clientUri('orchard-events.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('- 2026-11-10 meeting with Ava'));
    const summary = await waitFor('the summary on the meeting\'s line', async () => {
      const actions = await vscode.commands
        .executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(line, 3, line, 3), vscode.CodeActionKind.QuickFix.value)
        .then(undefined, () => []);
      return actions.find((action) => action.title === 'Log the written summary: email to Ava Brooks');
    });
    assert.ok(summary.edit);
    try {
      assert.ok(await vscode.workspace.applyEdit(summary.edit));
      assert.match(document.getText(), /\n- 2026-11-20 email to Ava Brooks: summary of the meeting of 2026-11-10: \n/);
      await waitFor('the confirm step to go', async () => ((await stepNode('Confirm in writing what the meeting of 2026-11-10 agreed')) ? undefined : true));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('opens the record at the step\'s line', async () => {
    const { agenda } = await api();
    const node = await stepNode('Remind Dr. Priya Nair about BD-024');
    assert.ok(node);
    const command = agenda.getTreeItem(node).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), clientUri('brightside-dental.md').toString());
    assert.match(editor!.document.lineAt(editor!.selection.active.line).text, /^- 2026-10-01 invoice BD-024 /);
  });

  it('moves as soon as a call is logged: the call is done, the postcard is next, 48 hours later', async () => {
    const uri = clientUri('sunrise-yoga.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    try {
      const end = document.lineAt(document.lineCount - 1).range.end;
      await editor.edit((builder) => builder.insert(end, `${document.getText().endsWith('\n') ? '' : '\n'}- 2026-11-20 call to Maya Chen: left a voicemail\n`));
      await waitFor('the agenda to follow the call', async () => {
        const items = (await view()).flatMap((group) => group.items);
        return items.includes('Send Maya Chen a postcard naming a time to talk | in 2 days · Sunrise Yoga Studio') && !items.some((item) => item.startsWith('Call Maya Chen')) ? true : undefined;
      });
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor('the agenda back as it was', async () => ((await view())[1]?.items[0] === 'Call Maya Chen | tomorrow · Sunrise Yoga Studio' ? true : undefined));
  });

  it('a snooze quick fix silences the finding and its step until the day, and one undo brings both back', async () => {
    const uri = clientUri('harbor-realty.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const before = document.getText();
    const snooze = (await quickFixes(uri, 'awaiting-reply')).find((action) => action.title === 'Snooze awaiting-reply for 1 week (until 2026-11-27)');
    assert.ok(snooze?.edit);
    try {
      assert.ok(await vscode.workspace.applyEdit(snooze.edit));
      assert.match(document.getText(), /\nsnooze:\n {2}awaiting-reply: 2026-11-27\n---\n/);
      await waitFor('awaiting-reply to fall silent', () => (rulesOf(uri).includes('awaiting-reply') ? undefined : true));
      await waitFor('the follow-up step to go', async () => ((await stepNode('Send Tom Reyes a postcard naming a time to talk')) ? undefined : true));
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before);
      await waitFor('the follow-up step to come back', async () => stepNode('Send Tom Reyes a postcard naming a time to talk'));
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
