import * as vscode from 'vscode';
import type { ClientStanding, OpenInvoice, UnreadableStanding } from '../../core/summary/client-standing';
import { formatDay, type Day } from '../../core/values/calendar-day';
import { formatMoney } from '../../core/values/money';
import { toVsRange } from '../source-range';
import type { CommunicationEntry, DocumentRecord, Finding, Severity, SourceRange } from '../../core/model';

/** A group with more rows than this starts collapsed: the view would otherwise fetch every row at once. */
export const LARGE_GROUP = 100;

/** The tree's elements; each knows its parent so the view can reveal a client. */
export type LedgerNode = GroupNode | ClientNode | UnreadableNode | SectionNode | LeafNode;

export interface GroupNode {
  readonly kind: 'group';
  /** `status:<status>` or `owner:<owner>`, as the setting clientLedger.groupBy has it. */
  readonly key: string;
  readonly label: string;
  readonly clients: (ClientNode | UnreadableNode)[];
}

export interface ClientNode {
  readonly kind: 'client';
  readonly parent: GroupNode;
  readonly uri: vscode.Uri;
  readonly standing: ClientStanding;
  readonly documents: readonly DocumentRecord[];
  /** Shown when several workspace folders hold a ledger. */
  readonly folderName?: string;
}

/** A file that looks like a client record but cannot be read: a click opens it at the first problem. */
export interface UnreadableNode {
  readonly kind: 'unreadable';
  readonly parent: GroupNode;
  readonly uri: vscode.Uri;
  readonly standing: UnreadableStanding;
  readonly folderName?: string;
}

export type SectionKind = 'invoices' | 'unanswered' | 'findings' | 'documents';

export interface SectionNode {
  readonly kind: 'section';
  readonly parent: ClientNode;
  readonly section: SectionKind;
}

export interface LeafNode {
  readonly kind: 'leaf';
  readonly parent: SectionNode;
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly tooltip?: string;
  readonly icon: vscode.ThemeIcon;
  readonly target: vscode.Uri;
  readonly range?: SourceRange;
}

export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  error: 'list.errorForeground',
  warning: 'list.warningForeground',
  info: 'editorInfo.foreground',
  hint: 'descriptionForeground',
};

export function severityIcon(severity: Severity | undefined): vscode.ThemeIcon {
  if (!severity) return new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
  const icon = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : severity === 'info' ? 'info' : 'lightbulb';
  return new vscode.ThemeIcon(icon, new vscode.ThemeColor(SEVERITY_COLORS[severity]));
}

/** A command that opens a file with the cursor on a 1-based range. */
export function openAt(uri: vscode.Uri, range?: SourceRange): vscode.Command {
  const selection = range ? toVsRange({ start: range.start, end: range.start }) : undefined;
  return { title: 'Open', command: 'vscode.open', arguments: [uri, selection ? { selection } : {}] };
}

export function sectionsOf(client: ClientNode): SectionNode[] {
  const { standing } = client;
  const present: [SectionKind, number][] = [
    ['invoices', standing.openInvoices.length],
    ['unanswered', standing.unanswered.length],
    ['findings', standing.findings.length],
    ['documents', client.documents.length],
  ];
  return present.filter(([, count]) => count > 0).map(([section]) => ({ kind: 'section', parent: client, section }));
}

export function leavesOf(node: SectionNode, daysSince: (day: Day) => number): LeafNode[] {
  const client = node.parent;
  const leaf = (id: string, rest: Omit<LeafNode, 'kind' | 'parent' | 'id' | 'target'> & { target?: vscode.Uri }): LeafNode => ({
    kind: 'leaf', parent: node, id: `${client.uri.toString()}#${node.section}:${id}`, target: rest.target ?? client.uri, ...rest,
  });
  switch (node.section) {
    case 'invoices':
      return client.standing.openInvoices.map((open) => leaf(open.invoice.entry.id, invoiceLeaf(open)));
    case 'unanswered':
      return client.standing.unanswered.map((entry, index) => leaf(String(index), messageLeaf(entry, daysSince(entry.date))));
    case 'findings':
      return client.standing.findings.map((finding, index) => leaf(`${finding.rule}:${index}`, findingLeaf(finding)));
    case 'documents':
      return client.documents.map((document) => leaf(document.file, {
        label: document.kind || 'document',
        description: document.places.has('created') ? createdOf(document) : undefined,
        icon: new vscode.ThemeIcon('file-text'),
        target: vscode.Uri.parse(document.file),
      }));
  }
}

function invoiceLeaf(open: OpenInvoice) {
  const { invoice, daysOverdue } = open;
  const due = daysOverdue > 0 ? `${daysOverdue}d overdue` : daysOverdue === 0 ? 'due today' : `due in ${-daysOverdue}d`;
  return {
    label: `${invoice.entry.id} ${formatMoney(open.balance)}`,
    description: open.lateFee ? `${due} + ${formatMoney(open.lateFee)} late fee` : due,
    icon: new vscode.ThemeIcon('credit-card', daysOverdue > 0 ? new vscode.ThemeColor(SEVERITY_COLORS.warning) : undefined),
    range: invoice.entry.range,
  };
}

function messageLeaf(entry: CommunicationEntry, days: number) {
  return {
    label: `${entry.kind} to ${entry.who ?? 'client'}`,
    description: `${formatDay(entry.date)} · ${days}d ago${entry.tags.includes('no-answer') ? ' · no answer' : ''}`,
    icon: new vscode.ThemeIcon(entry.kind === 'call' ? 'call-outgoing' : 'mail'),
    range: entry.range,
  };
}

function findingLeaf(finding: Finding) {
  return { label: finding.message, description: finding.rule, tooltip: `${finding.rule}: ${finding.message}`, icon: severityIcon(finding.severity), range: finding.range };
}

function createdOf(document: DocumentRecord): string | undefined {
  return document.created === undefined ? undefined : formatDay(document.created);
}

