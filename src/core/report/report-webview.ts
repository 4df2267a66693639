import { REPORT_LIMITS, type PortfolioReport } from './portfolio-report';
import { clientListHtml, pageCount, reportPage, type ListLayout } from './report-html';

/**
 * The report in a webview: the same page as the file (reportPage), with the client list one
 * page at a time and a client's detail on demand. The webview's one script sends the messages
 * below and puts the HTML it gets back in place; the extension computes what is asked for.
 * Nothing else runs: no inline handler, no remote content, style and script by nonce.
 */

/** What the webview asks of the extension. */
export type WebviewRequest =
  /** The page of the client list to show, from 0. */
  | { readonly type: 'page'; readonly page: number }
  /** The detail of one client record (`data-record` of its row: the record's path as the report names it). */
  | { readonly type: 'detail'; readonly record: string }
  /** Open a record: by its path when the click was in a client's detail, else by client id (a record that cannot be read). */
  | { readonly type: 'open'; readonly client: string; readonly record?: string };

/** What the extension sends the webview: HTML built by the report's renderers, every ledger text escaped. */
export type WebviewUpdate =
  /** The list section (#report-clients), for a page or after a change. */
  | { readonly type: 'list'; readonly html: string; readonly page: number }
  /** The summary (#report-summary), after a change. */
  | { readonly type: 'summary'; readonly html: string }
  /** One client's detail (an article), shown under its row; undefined html: the record is gone. */
  | { readonly type: 'detail'; readonly record: string; readonly html?: string };

/** The list as the webview shows it: one page of REPORT_LIMITS.page rows that open their detail. */
export function webviewList(page: number): ListLayout {
  return { page, pageSize: REPORT_LIMITS.page, interactive: true };
}

/** The webview's policy: nothing but the nonce'd style and script, images only as data: URLs (there are none). */
export function webviewCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:`;
}

/** The webview's HTML: the report page with the given page of the list, the clickable styles and the script. */
export function webviewPage(report: PortfolioReport, nonce: string, page = 0): string {
  return reportPage(report, { csp: webviewCsp(nonce), nonce, css: WEBVIEW_CSS, script: WEBVIEW_SCRIPT, list: webviewList(page) });
}

/** The page of the list to show when asked for `page`: within the pages there are. */
export function webviewPageOf(report: PortfolioReport, page: number): number {
  return Math.min(Math.max(0, Math.floor(page)), pageCount(report, webviewList(0)) - 1);
}

/** The list section for one page, as the webview replaces it. */
export function webviewListHtml(report: PortfolioReport, page: number): string {
  return clientListHtml(report, webviewList(page));
}

/** Whether a message from the webview is one of its requests (it is data from a page: checked, not trusted). */
export function isWebviewRequest(message: unknown): message is WebviewRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, page, record, client } = message as Record<string, unknown>;
  if (type === 'page') return typeof page === 'number' && Number.isInteger(page);
  if (type === 'detail') return typeof record === 'string';
  if (type === 'open') return typeof client === 'string' && (record === undefined || typeof record === 'string');
  return false;
}

const WEBVIEW_CSS = `
.ledger-report tr.client-row { cursor: pointer; }
.ledger-report tr.client-row:hover { background: var(--vscode-list-hoverBackground, #eaeef2); }
.ledger-report tr.client-row:focus { outline: 1px solid var(--vscode-focusBorder, #0969da); outline-offset: -1px; }
.ledger-report tr.client-row[aria-expanded="true"] { background: var(--vscode-list-inactiveSelectionBackground, #ddf4ff); }
.ledger-report article.client h3 { cursor: pointer; }
.ledger-report article.client h3:hover { text-decoration: underline; }
.ledger-report .pager button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0969da); border: none; border-radius: 2px; padding: 2px 12px; cursor: pointer; }
.ledger-report .pager button:disabled { opacity: 0.4; cursor: default; }
`;

/**
 * The webview's script. A click on a row (or Enter on it) asks for that client's detail and
 * shows it in a row under it, a second click closes it; a click on a name in a detail (or on a
 * record that cannot be read) opens the record; the pager asks for another page. The HTML that
 * comes back replaces #report-summary, #report-clients or fills the detail row; open details are
 * asked for again after the list is replaced.
 */
const WEBVIEW_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const open = new Set();
  const rows = () => [...document.querySelectorAll('#report-clients tr.client-row')];
  const detailOf = (row) => {
    const next = row.nextElementSibling;
    return next && next.classList.contains('detail-row') ? next : undefined;
  };
  const toggle = (row) => {
    const record = row.dataset.record;
    const shown = detailOf(row);
    if (shown) {
      shown.remove();
      open.delete(record);
      row.setAttribute('aria-expanded', 'false');
      return;
    }
    open.add(record);
    row.setAttribute('aria-expanded', 'true');
    vscode.postMessage({ type: 'detail', record });
  };
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : undefined;
    if (!target) return;
    const heading = target.closest('article.client h3');
    if (heading) {
      const article = heading.closest('article.client');
      const detail = article.closest('tr.detail-row');
      const row = detail && detail.previousElementSibling;
      vscode.postMessage({ type: 'open', client: article.dataset.client, record: row ? row.dataset.record : undefined });
      return;
    }
    const button = target.closest('.pager button');
    if (button) {
      if (!button.disabled) vscode.postMessage({ type: 'page', page: Number(button.dataset.page) });
      return;
    }
    if (target.closest('tr.detail-row')) return;
    const row = target.closest('tr.client-row');
    if (row) toggle(row);
  });
  document.addEventListener('keydown', (event) => {
    const row = event.target instanceof Element && event.target.matches('tr.client-row') ? event.target : undefined;
    if (row && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      toggle(row);
    }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.type !== 'string') return;
    if (message.type === 'summary') {
      const summary = document.getElementById('report-summary');
      if (summary) summary.outerHTML = message.html;
    } else if (message.type === 'list') {
      const list = document.getElementById('report-clients');
      if (!list) return;
      const samePage = list.dataset.page === String(message.page);
      list.outerHTML = message.html;
      const shown = new Set(rows().map((row) => row.dataset.record));
      for (const record of [...open]) {
        if (shown.has(record)) vscode.postMessage({ type: 'detail', record });
        else open.delete(record);
      }
      if (!samePage) document.getElementById('report-clients').scrollIntoView();
    } else if (message.type === 'detail') {
      const row = rows().find((candidate) => candidate.dataset.record === message.record);
      if (!row || !open.has(message.record)) return;
      const old = detailOf(row);
      if (old) old.remove();
      if (message.html === undefined) {
        open.delete(message.record);
        row.setAttribute('aria-expanded', 'false');
        return;
      }
      row.setAttribute('aria-expanded', 'true');
      const detail = document.createElement('tr');
      detail.className = 'detail-row';
      const cell = document.createElement('td');
      cell.colSpan = row.children.length;
      cell.innerHTML = message.html;
      detail.appendChild(cell);
      row.after(detail);
    }
  });
})();`;
