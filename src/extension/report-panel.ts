import * as vscode from 'vscode';
import { clientReport, mergeReports, portfolioReport, type PortfolioReport } from '../core/report/portfolio-report';
import { clientDetailHtml, summaryHtml } from '../core/report/report-html';
import { isWebviewRequest, webviewListHtml, webviewPage, webviewPageOf, type WebviewRequest, type WebviewUpdate } from '../core/report/report-webview';
import type { LedgerQueries } from './ledger-queries';

export const OPEN_REPORT_COMMAND = 'clientLedger.openReport';
const VIEW_TYPE = 'clientLedger.report';
const REFRESH_MS = 300;

/**
 * The portfolio report in a webview: the page `check --report` writes, with the client list
 * one page at a time and a client's detail computed when its row is opened (core/report/
 * report-webview.ts), under a strict Content-Security-Policy, in the theme's colours. The
 * health comes from the findings the editor already keeps, so opening the report checks
 * nothing again. The report follows the ledger: the summary and the page shown are sent again
 * after a change, and the details that are open asked for again.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private report: PortfolioReport | undefined;
  private page = 0;
  /** The report changed while the panel was hidden: its page is built again when it shows. */
  private stale = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly queries: LedgerQueries) {
    this.subscriptions.push(queries.onDidChange(() => this.scheduleUpdate()));
  }

  /** The HTML the panel was last given whole (for tests); undefined when it is closed. Updates after a change arrive as messages. */
  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  async open(): Promise<void> {
    await this.queries.ready;
    if (this.panel) {
      this.panel.reveal();
    } else {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Portfolio Report', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.subscriptions);
      this.panel.onDidChangeViewState(() => this.panel?.visible && this.stale && this.render(), undefined, this.subscriptions);
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message), undefined, this.subscriptions);
      this.page = 0;
    }
    this.render();
  }

  /**
   * Answers a message from the webview, and returns what it sent back (for tests): a page of
   * the list, a client's detail; opening a record sends nothing.
   */
  async handle(message: unknown): Promise<WebviewUpdate | undefined> {
    if (!isWebviewRequest(message) || !this.report) return undefined;
    const reply = await this.answer(message, this.report);
    if (reply) await this.panel?.webview.postMessage(reply);
    return reply;
  }

  private async answer(message: WebviewRequest, report: PortfolioReport): Promise<WebviewUpdate | undefined> {
    switch (message.type) {
      case 'page':
        this.page = webviewPageOf(report, message.page);
        return { type: 'list', html: webviewListHtml(report, this.page), page: this.page };
      case 'detail':
        return { type: 'detail', record: message.record, html: this.detail(message.record) };
      case 'open': {
        const known = (file: string) => report.clients.some((client) => client.file === file) || report.unreadable.some((record) => record.file === file);
        const file = message.record !== undefined && known(message.record)
          ? message.record
          : (report.clients.find((client) => client.id === message.client) ?? report.unreadable.find((record) => record.id === message.client))?.file;
        if (file !== undefined) await vscode.window.showTextDocument(vscode.Uri.parse(file), { viewColumn: vscode.ViewColumn.Beside });
        return undefined;
      }
    }
  }

  /** One client's detail, computed now from its record and its findings; undefined when the record is gone. */
  private detail(record: string): string | undefined {
    const uri = vscode.Uri.parse(record);
    const client = this.queries.client(uri);
    const entry = this.queries.ledgerOf(uri);
    if (!client || !entry) return undefined;
    const report = clientReport(client, this.queries.findings(uri), this.queries.today(), { thresholds: entry.config.thresholds });
    // The record by its workspace path, as the CLI's report names it.
    return clientDetailHtml({ ...report, file: vscode.workspace.asRelativePath(uri) });
  }

  private scheduleUpdate(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), REFRESH_MS);
  }

  /** Every folder's report as one; the findings from the editor's cache, no detail (computed on demand). */
  private compute(): PortfolioReport {
    const today = this.queries.today();
    // Each client's summary is kept with its findings: a change costs the records it touches.
    const sources = { findings: (path: string) => this.queries.findings(vscode.Uri.parse(path)), summaries: this.queries.reportSummaries };
    const reports = this.queries.all.map((entry) => portfolioReport(entry.ledger, today, { thresholds: entry.config.thresholds, details: 0 }, sources));
    return mergeReports(reports, today);
  }

  /** The whole page, from the current page of the list (opening, or showing again after changes while hidden). */
  private render(): void {
    if (!this.panel) return;
    this.report = this.compute();
    this.page = webviewPageOf(this.report, this.page);
    this.stale = false;
    this.panel.webview.html = webviewPage(this.report, nonce(), this.page);
  }

  /** After a change: the summary and the page shown sent again, in place (the webview asks for its open details again). */
  private update(): void {
    if (!this.panel) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    this.report = this.compute();
    this.page = webviewPageOf(this.report, this.page);
    void this.panel.webview.postMessage({ type: 'summary', html: summaryHtml(this.report) } satisfies WebviewUpdate);
    void this.panel.webview.postMessage({ type: 'list', html: webviewListHtml(this.report, this.page), page: this.page } satisfies WebviewUpdate);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/** A fresh nonce for the page's Content-Security-Policy, from the Web Crypto API (Node 20 has it too). */
function nonce(): string {
  return Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
