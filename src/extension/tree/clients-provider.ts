import * as vscode from 'vscode';
import { compareStandings, STATUS_LABELS, STATUS_ORDER, type ClientStanding } from '../../core/summary/client-standing';
import { clientTooltip } from '../../core/summary/client-tooltip';
import type { LedgerQueries } from '../ledger-queries';
import { toMarkdownString } from '../markdown-string';
import { groupBy } from '../config';
import { LARGE_GROUP, leavesOf, openAt, sectionsOf, severityIcon, type ClientNode, type GroupNode, type LedgerNode, type SectionNode, type UnreadableNode } from './tree-nodes';

const SECTION_LABELS = { invoices: 'Open invoices', unanswered: 'Awaiting reply', findings: 'Findings', documents: 'Documents' } as const;
const SECTION_ICONS = { invoices: 'credit-card', unanswered: 'mail', findings: 'list-unordered', documents: 'files' } as const;

/** The Clients view: status groups (trouble first), clients, then what each one's standing rests on. */
export class ClientsTreeProvider implements vscode.TreeDataProvider<LedgerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<LedgerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: GroupNode[] | undefined;

  constructor(private readonly queries: LedgerQueries) {}

  /** Drops the snapshot at once (readers see fresh data); the view repaints on refresh(). */
  invalidate(): void {
    this.groups = undefined;
  }

  refresh(): void {
    this.invalidate();
    this.changed.fire(undefined);
  }

  /** The current groups, computed once per refresh. */
  snapshot(): GroupNode[] {
    this.groups ??= buildGroups(this.queries);
    return this.groups;
  }

  clientNode(uri: vscode.Uri): ClientNode | undefined {
    const node = this.nodeOf(uri);
    return node?.kind === 'client' ? node : undefined;
  }

  /** The node of a client record, readable or not. */
  nodeOf(uri: vscode.Uri): ClientNode | UnreadableNode | undefined {
    const key = uri.toString();
    for (const group of this.snapshot()) for (const client of group.clients) if (client.uri.toString() === key) return client;
    return undefined;
  }

  /** How many clients have an error or a warning; a record that cannot be read always needs attention. */
  attentionCount(): number {
    return this.snapshot().reduce((sum, group) => sum + group.clients.filter((client) => client.kind === 'unreadable' || client.standing.needsAttention).length, 0);
  }

  async getChildren(node?: LedgerNode): Promise<LedgerNode[]> {
    if (!node) {
      // Wait for the first files only; later batches refresh the view as they arrive.
      if (this.queries.all.every((entry) => entry.ledger.files.length === 0)) await this.queries.ready;
      return this.snapshot();
    }
    switch (node.kind) {
      case 'group': return node.clients;
      case 'client': return sectionsOf(node);
      case 'unreadable': return [];
      case 'section': return leavesOf(node, (day) => this.queries.today() - day);
      case 'leaf': return [];
    }
  }

  getParent(node: LedgerNode): LedgerNode | undefined {
    return node.kind === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: LedgerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const state = node.clients.length > LARGE_GROUP ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded;
        const item = new vscode.TreeItem(`${node.label} (${node.clients.length})`, state);
        item.id = `group:${node.key}`;
        item.contextValue = 'group';
        return item;
      }
      case 'client': return clientItem(node);
      case 'unreadable': return unreadableItem(node);
      case 'section': return sectionItem(node);
      case 'leaf': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = node.icon;
        item.command = openAt(node.target, node.range);
        item.contextValue = `leaf.${node.parent.section}`;
        return item;
      }
    }
  }

  /** A client's tooltip is built when the mouse rests on it, not for every row the view fetches. */
  resolveTreeItem(item: vscode.TreeItem, node: LedgerNode): vscode.TreeItem {
    if (node.kind === 'client') item.tooltip = toMarkdownString(clientTooltip(node.standing, this.queries.today()));
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Records that cannot be read come first, in a group of their own: their status is not known. */
const UNREADABLE_GROUP = 'Cannot be read';

function buildGroups(queries: LedgerQueries): GroupNode[] {
  const several = queries.all.filter((entry) => entry.ledger.clients.length + entry.ledger.unreadableClients.length > 0).length > 1;
  const unreadable = unreadableGroup(queries, several);
  return unreadable ? [unreadable, ...standingGroups(queries, several)] : standingGroups(queries, several);
}

function unreadableGroup(queries: LedgerQueries, several: boolean): GroupNode | undefined {
  const standings = queries.unreadable();
  if (standings.length === 0) return undefined;
  const group: GroupNode = { kind: 'group', key: 'unreadable', label: UNREADABLE_GROUP, clients: [] };
  for (const standing of standings.sort((a, b) => a.id.localeCompare(b.id))) {
    const uri = vscode.Uri.parse(standing.file);
    group.clients.push({ kind: 'unreadable', parent: group, uri, standing, folderName: several ? queries.ledgerOf(uri)!.folder.name : undefined });
  }
  return group;
}

function standingGroups(queries: LedgerQueries, several: boolean): GroupNode[] {
  const byOwner = groupBy() === 'owner';
  const groups = new Map<string, { label: string; order: number | string; standings: ClientStanding[] }>();
  for (const standing of queries.standings()) {
    const owner = standing.client.owner?.trim();
    const key = byOwner ? `owner:${owner?.toLowerCase() ?? ''}` : `status:${standing.client.status}`;
    const group = groups.get(key) ?? {
      label: byOwner ? owner ?? 'No owner' : STATUS_LABELS[standing.client.status],
      order: byOwner ? (owner === undefined ? '\uffff' : owner.toLowerCase()) : STATUS_ORDER.indexOf(standing.client.status),
      standings: [],
    };
    group.standings.push(standing);
    groups.set(key, group);
  }
  const ordered = [...groups.entries()].sort(([, a], [, b]) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return ordered.map(([key, { label, standings }]) => {
    const group: GroupNode = { kind: 'group', key, label, clients: [] };
    for (const standing of standings.sort(compareStandings)) {
      const uri = vscode.Uri.parse(standing.client.file);
      const entry = queries.ledgerOf(uri)!;
      group.clients.push({
        kind: 'client', parent: group, uri, standing,
        documents: entry.ledger.documentsOf(standing.client),
        folderName: several ? entry.folder.name : undefined,
      });
    }
    return group;
  });
}

function clientItem(node: ClientNode): vscode.TreeItem {
  const { standing } = node;
  const item = new vscode.TreeItem(standing.client.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `client:${node.uri.toString()}`;
  item.description = node.folderName ? `${standing.description} · ${node.folderName}` : standing.description;
  item.iconPath = severityIcon(standing.worst);
  item.command = openAt(node.uri, standing.clientKey);
  item.contextValue = 'client';
  return item;
}

function unreadableItem(node: UnreadableNode): vscode.TreeItem {
  const { standing } = node;
  const item = new vscode.TreeItem(node.uri.path.slice(node.uri.path.lastIndexOf('/') + 1), vscode.TreeItemCollapsibleState.None);
  item.id = `unreadable:${node.uri.toString()}`;
  item.description = node.folderName ? `${standing.description} · ${node.folderName}` : standing.description;
  item.iconPath = severityIcon('error');
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown('**').appendText(standing.id).appendMarkdown('** — ').appendText(`${vscode.workspace.asRelativePath(node.uri)} cannot be read as a client record:\n\n`);
  for (const finding of standing.findings) tip.appendMarkdown('- ').appendText(`line ${finding.range.start.line}: ${finding.message}`).appendMarkdown('\n');
  item.tooltip = tip;
  item.command = openAt(node.uri, standing.findings[0]?.range);
  item.contextValue = 'unreadable';
  return item;
}

function sectionItem(node: SectionNode): vscode.TreeItem {
  const { standing, documents } = node.parent;
  const counts = { invoices: standing.openInvoices.length, unanswered: standing.unanswered.length, findings: standing.findings.length, documents: documents.length };
  const item = new vscode.TreeItem(SECTION_LABELS[node.section], vscode.TreeItemCollapsibleState.Expanded);
  item.id = `${node.parent.uri.toString()}#${node.section}`;
  item.description = String(counts[node.section]);
  item.iconPath = new vscode.ThemeIcon(SECTION_ICONS[node.section]);
  item.contextValue = `section.${node.section}`;
  return item;
}
