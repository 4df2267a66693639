import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LedgerNode } from '../../src/extension/tree/tree-nodes';
import { api, clientUri, lineStarting, waitFor } from './host-helpers';

async function labels(nodes: LedgerNode[]): Promise<string[]> {
  const { tree } = await api();
  return nodes.map((node) => {
    const item = tree.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label;
    return item.description ? `${label} — ${item.description}` : String(label);
  });
}

describe('the Clients tree in a real VS Code', () => {
  it('builds a client\'s tooltip only when VS Code asks for it, not for every row', async () => {
    const { tree } = await api();
    const [, active] = await tree.getChildren();
    const [brightside] = await tree.getChildren(active);
    const item = tree.getTreeItem(brightside);
    assert.equal(item.tooltip, undefined);
    const resolved = tree.resolveTreeItem(item, brightside);
    const shown = (resolved.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(shown, /Open balance: \$3,250\.00 \(3 open invoices\)/);
  });

  it('groups clients by status, trouble first, with counts', async () => {
    const { tree } = await api();
    const groups = await tree.getChildren();
    assert.deepEqual(await labels(groups), ['At risk (1)', 'Active (5)', 'On hold (1)', 'Terminating (1)']);
  });

  it('orders the active clients by their worst finding and says where each stands', async () => {
    const { tree } = await api();
    const [, active] = await tree.getChildren();
    assert.deepEqual(await labels(await tree.getChildren(active)), [
      'Brightside Dental — $3,250 overdue 66d · you owe a reply 2d · slow payer',
      'Orchard Events Co. — fix the record · check invoices · fix the log',
      'Greenleaf Coaching — deposit missing · 10h 30m of 12h this month',
      'Harbor Realty — $600 overdue 5d · no reply 17d · no contact 29d',
      'Sunrise Yoga Studio — all good',
    ]);
  });

  it('shows a client\'s open invoices, unanswered messages, findings and documents', async () => {
    const { tree } = await api();
    const harbor = tree.clientNode(clientUri('harbor-realty.md'))!;
    const sections = await tree.getChildren(harbor);
    assert.deepEqual(await labels(sections), ['Open invoices — 1', 'Awaiting reply — 4', 'Findings — 5']);
    assert.deepEqual(await labels(await tree.getChildren(sections[0])), ['HR-012 $600.00 — 5d overdue']);
    const peak = tree.clientNode(clientUri('peak-consulting.md'))!;
    const documents = (await tree.getChildren(peak)).find((node) => node.kind === 'section' && node.section === 'documents')!;
    assert.deepEqual(await labels(await tree.getChildren(documents)), ['termination — 2026-10-14']);
  });

  it('opens the file at the line when a node is clicked', async () => {
    const { tree } = await api();
    const harbor = tree.clientNode(clientUri('harbor-realty.md'))!;
    const [invoices] = await tree.getChildren(harbor);
    const [invoice] = await tree.getChildren(invoices);
    const command = tree.getTreeItem(invoice).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the record to open', () => vscode.window.activeTextEditor?.document.uri.path.endsWith('harbor-realty.md') ? vscode.window.activeTextEditor : undefined);
    assert.equal(editor.selection.active.line + 1, await lineStarting(clientUri('harbor-realty.md'), '- 2026-11-01 invoice HR-012'));
  });

  it('counts the clients needing attention', async () => {
    const { tree } = await api();
    assert.equal(tree.attentionCount(), 7);
  });
});
