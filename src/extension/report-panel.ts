import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { portfolioReport, type PortfolioReport } from '../core/report/portfolio-report';
import { reportPage } from '../core/report/report-html';
import { addAging } from '../core/report/aging';
import { addDso } from '../core/report/days-sales-outstanding';
import type { LedgerWorkspace } from './ledger-workspace';

export const OPEN_REPORT_COMMAND = 'clientLedger.openReport';
const VIEW_TYPE = 'clientLedger.report';
const REFRESH_MS = 300;

/**
 * The portfolio report in a webview: the same body as `check --report`, under a strict
 * Content-Security-Policy (no remote content, one nonce'd script that only reports clicks),
 * in the theme's colours. Clicking a client opens its record; the report follows the ledger.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: PortfolioReport | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly workspace: LedgerWorkspace) {
    this.subscriptions.push(workspace.onDidChange(() => this.scheduleRender()));
  }

  /** The HTML the panel shows now (for tests); undefined when it is closed. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  async open(): Promise<void> {
    await this.workspace.ready;
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Portfolio Report', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.openClient(message), undefined, this.subscriptions);
    }
    this.render();
  }

  private scheduleRender(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), REFRESH_MS);
  }

  private render(): void {
    if (!this.panel) return;
    const today = this.workspace.today();
    const reports = this.workspace.all.map((entry) => portfolioReport(entry.ledger, today, { thresholds: entry.config.thresholds }));
    this.report = reports.length === 1 ? reports[0] : merge(reports, today);
    // Records by their workspace path, as the CLI's report names them (the URI opens them).
    const relative = <T extends { file: string }>(item: T): T => ({ ...item, file: vscode.workspace.asRelativePath(vscode.Uri.parse(item.file)) });
    const shown = { ...this.report, clients: this.report.clients.map(relative), unreadable: this.report.unreadable.map(relative) };
    this.panel.webview.html = page(shown);
  }

  private async openClient(message: unknown): Promise<void> {
    const id = typeof message === 'object' && message !== null ? (message as { openClient?: unknown }).openClient : undefined;
    const client = this.report?.clients.find((candidate) => candidate.id === id) ?? this.report?.unreadable.find((candidate) => candidate.id === id);
    if (client) await vscode.window.showTextDocument(vscode.Uri.parse(client.file), { viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** Several workspace folders: one list of clients, and the totals added up currency by currency. */
function merge(reports: readonly PortfolioReport[], today: PortfolioReport['today']): PortfolioReport {
  const health = { green: 0, amber: 0, red: 0, notCounted: 0, unreadable: 0 };
  if (reports.length === 0) return { today, clients: [], unreadable: [], aging: [], dso: [], health };
  const clients = reports.flatMap((report) => report.clients).sort((a, b) => a.name.localeCompare(b.name));
  const unreadable = reports.flatMap((report) => report.unreadable);
  for (const report of reports) for (const key of Object.keys(health) as (keyof typeof health)[]) health[key] += report.health[key];
  return { today, clients, unreadable, aging: addAging(reports.flatMap((report) => report.aging)), dso: addDso(reports.flatMap((report) => report.dso)), health };
}

/** Clicking a client's heading asks the extension to open its record; nothing else runs. */
const CLICK_SCRIPT = [
  'const vscode = acquireVsCodeApi();',
  "document.addEventListener('click', (event) => {",
  "  const client = event.target.closest && event.target.closest('article.client h3') && event.target.closest('article.client');",
  "  if (client) vscode.postMessage({ openClient: client.dataset.client });",
  '});',
].join('\n');

const CLICKABLE_CSS = '\n.ledger-report article.client h3 { cursor: pointer; }\n.ledger-report article.client h3:hover { text-decoration: underline; }';

function page(report: PortfolioReport): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:`;
  return reportPage(report, { csp, nonce, css: CLICKABLE_CSS, script: CLICK_SCRIPT });
}
