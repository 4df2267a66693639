import * as vscode from 'vscode';
import type { ClientsTreeProvider } from './tree/clients-provider';

/** A compact count of the clients needing attention; clicking it focuses the Clients view. */
export function registerStatusBar(context: vscode.ExtensionContext, tree: ClientsTreeProvider, view: vscode.TreeView<unknown>): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('clientLedger.attention', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Client Ledger';
  item.command = 'clientLedger.clients.focus';
  const update = () => {
    const groups = tree.snapshot();
    const clients = groups.reduce((sum, group) => sum + group.clients.length, 0);
    const attention = tree.attentionCount();
    view.badge = attention > 0 ? { value: attention, tooltip: `${attention} client${attention === 1 ? '' : 's'} need${attention === 1 ? 's' : ''} attention` } : undefined;
    if (clients === 0) return item.hide();
    item.text = attention > 0 ? `$(warning) ${attention} client${attention === 1 ? '' : 's'}` : '$(pass) Clients';
    item.tooltip = attention > 0 ? `${attention} of ${clients} clients need attention: show them` : `All ${clients} clients are fine`;
    item.show();
  };
  context.subscriptions.push(item, tree.onDidChangeTreeData(update));
  update();
  return item;
}
