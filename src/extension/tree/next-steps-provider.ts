import * as vscode from 'vscode';
import { groupSteps, type AgendaGroup, type NextStep } from '../../core/agenda/next-step';
import { daysBetween, formatDay, type Day } from '../../core/values/calendar-day';
import type { LedgerQueries } from '../ledger-queries';
import { LARGE_GROUP, openAt } from './tree-nodes';

export type AgendaNode = AgendaGroupNode | StepNode;

export interface AgendaGroupNode {
  readonly kind: 'group';
  readonly group: AgendaGroup;
  readonly label: string;
  readonly steps: StepNode[];
}

export interface StepNode {
  readonly kind: 'step';
  readonly parent: AgendaGroupNode;
  readonly step: NextStep;
  readonly uri: vscode.Uri;
}

/** Step labels are coloured like their group through this URI scheme and a decoration provider. */
export const STEP_SCHEME = 'client-ledger-step';

const GROUP_ICONS: Readonly<Record<AgendaGroup, vscode.ThemeIcon>> = {
  overdue: new vscode.ThemeIcon('flame', new vscode.ThemeColor('list.errorForeground')),
  today: new vscode.ThemeIcon('bell', new vscode.ThemeColor('list.warningForeground')),
  'this-week': new vscode.ThemeIcon('calendar'),
  later: new vscode.ThemeIcon('history'),
};

const GROUP_COLORS: Partial<Record<AgendaGroup, vscode.ThemeColor>> = {
  overdue: new vscode.ThemeColor('list.errorForeground'),
  today: new vscode.ThemeColor('list.warningForeground'),
};

/** The Next Steps view: every next action of the ledger, grouped Overdue / Today / This week / Later. */
export class NextStepsProvider implements vscode.TreeDataProvider<AgendaNode>, vscode.FileDecorationProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AgendaNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private groups: AgendaGroupNode[] | undefined;

  constructor(private readonly queries: LedgerQueries) {}

  refresh(): void {
    this.groups = undefined;
    this.changed.fire(undefined);
  }

  /** The groups that have steps, computed once per refresh. */
  snapshot(): AgendaGroupNode[] {
    this.groups ??= buildGroups(this.queries.agenda(), this.queries.today());
    return this.groups;
  }

  async getChildren(node?: AgendaNode): Promise<AgendaNode[]> {
    if (node) return node.kind === 'group' ? node.steps : [];
    if (this.queries.all.every((entry) => entry.ledger.files.length === 0)) await this.queries.ready;
    return this.snapshot();
  }

  getParent(node: AgendaNode): AgendaNode | undefined {
    return node.kind === 'step' ? node.parent : undefined;
  }

  getTreeItem(node: AgendaNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const collapsed = node.group === 'later' || node.steps.length > LARGE_GROUP;
      const item = new vscode.TreeItem(node.label, collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `agenda:${node.group}`;
      item.description = String(node.steps.length);
      item.iconPath = GROUP_ICONS[node.group];
      item.contextValue = 'stepGroup';
      return item;
    }
    return stepItem(node, this.queries.today());
  }

  /** A step's tooltip is built when the mouse rests on it, not for every row the view fetches. */
  resolveTreeItem(item: vscode.TreeItem, node: AgendaNode): vscode.TreeItem {
    if (node.kind === 'step') item.tooltip = stepTooltip(node.step, this.queries.today());
    return item;
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== STEP_SCHEME) return undefined;
    const color = GROUP_COLORS[uri.path.split('/')[1] as AgendaGroup];
    return color && new vscode.FileDecoration(undefined, undefined, color);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function buildGroups(steps: readonly NextStep[], today: Day): AgendaGroupNode[] {
  return groupSteps(steps, today).map((grouped) => {
    const parent: AgendaGroupNode = { kind: 'group', group: grouped.group, label: grouped.label, steps: [] };
    for (const step of grouped.steps) parent.steps.push({ kind: 'step', parent, step, uri: vscode.Uri.parse(step.file) });
    return parent;
  });
}

function stepItem(node: StepNode, today: Day): vscode.TreeItem {
  const { step } = node;
  const item = new vscode.TreeItem(step.title, vscode.TreeItemCollapsibleState.None);
  item.id = `step:${step.file}:${step.line}:${step.kind}:${step.invoiceId ?? ''}`;
  item.description = `${whenDue(step.due, today)} · ${step.clientName}`;
  item.resourceUri = vscode.Uri.from({ scheme: STEP_SCHEME, path: `/${node.parent.group}/${encodeURIComponent(item.id)}` });
  item.iconPath = new vscode.ThemeIcon(STEP_ICONS[step.kind]);
  item.command = openAt(node.uri, { start: { line: step.line, column: 1 }, end: { line: step.line, column: 1 } });
  item.contextValue = 'step';
  return item;
}

function stepTooltip(step: NextStep, today: Day): vscode.MarkdownString {
  return new vscode.MarkdownString().appendText(`${step.title}\n\n${step.clientName}: ${step.detail}\n\nDue ${formatDay(step.due)} (${whenDue(step.due, today)})`);
}

const STEP_ICONS: Readonly<Record<NextStep['kind'], string>> = {
  reply: 'reply',
  'confirm-in-writing': 'edit',
  decide: 'question',
  'look-back': 'history',
  'follow-up': 'call-outgoing',
  'check-in': 'mail',
  'payment-reminder': 'credit-card',
  'formal-notice': 'law',
  'hold-end': 'debug-pause',
  'notice-end': 'sign-out',
  'plan-review': 'checklist',
  'document-step': 'tasklist',
};

function whenDue(due: Day, today: Day): string {
  const days = daysBetween(today, due);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return '1 day overdue';
  return days < 0 ? `${-days} days overdue` : `in ${days} days`;
}
