import { formatDay } from '../values/calendar-day';
import { AGING_BUCKETS, type AgingRow } from './aging';
import { escapeHtml } from './html-escape';
import { htmlPage } from './html-page';
import { REPORT_LIMITS, type ClientReport, type ClientSummary, type PortfolioReport, type UnreadableReport } from './portfolio-report';
import {
  BUCKET_LABELS, bucketMoney, countText, daysLateText, daysToPayText, detailsText, dsoText, healthSummary, hoursText, latenessText, LIST_ORDER_TEXT,
  LATE_FEES_LABEL, lateFeesMoney, lateFeesText, LIST_TITLE, listRangeText, showsLateFees, moreUnreadableText, notListedText, openBalanceText, receivablesText, REPORT_TITLE, responseText, showsHours,
  SIGNAL_LABELS, totalMoney, UNREADABLE_TEXT, UNREADABLE_TITLE,
} from './report-text';
import { daysLateChart, responseTimesChart, weeklyHoursChart } from './svg-charts';

/** Nothing may load or run: inline styles only, images only as data: URLs (there are none). */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report's styles. VS Code webview colours when they are there (the same body will be
 * shown in a webview), plain light colours otherwise.
 */
export const REPORT_CSS = `
.ledger-report { font: 14px/1.45 var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--vscode-foreground, #1f2328); max-width: 1100px; margin: 0 auto; padding: 16px 24px 48px; }
.ledger-report h1 { font-size: 1.6em; margin: 0.4em 0 0.1em; }
.ledger-report h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; border-bottom: 1px solid var(--vscode-panel-border, #d0d7de); padding-bottom: 0.2em; }
.ledger-report h3 { font-size: 1.1em; margin: 0; display: flex; gap: 0.6em; align-items: center; flex-wrap: wrap; }
.ledger-report .as-of, .ledger-report .record { color: var(--vscode-descriptionForeground, #59636e); margin: 0.2em 0 0.8em; }
.ledger-report table { border-collapse: collapse; margin: 0.5em 0 1em; }
.ledger-report th, .ledger-report td { border: 1px solid var(--vscode-panel-border, #d0d7de); padding: 4px 10px; text-align: left; vertical-align: top; }
.ledger-report thead th { background: var(--vscode-editorWidget-background, #f6f8fa); }
.ledger-report td.money, .ledger-report th.money { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ledger-report .figures th { font-weight: 600; white-space: nowrap; }
.ledger-report .client { border: 1px solid var(--vscode-panel-border, #d0d7de); border-left-width: 6px; border-radius: 6px; padding: 12px 16px; margin: 16px 0; }
.ledger-report .client.red { border-left-color: #cf222e; }
.ledger-report .client.amber { border-left-color: #bf8700; }
.ledger-report .client.green { border-left-color: #1a7f37; }
.ledger-report .client.unreadable { border-left-color: #6e7781; border-left-style: dashed; }
.ledger-report .signal { display: inline-block; border-radius: 999px; padding: 0 10px; font-size: 0.85em; font-weight: 600; color: #fff; }
.ledger-report .signal.red { background: #cf222e; }
.ledger-report .signal.amber { background: #9a6700; }
.ledger-report .signal.green { background: #1a7f37; }
.ledger-report .signal.unreadable { background: #6e7781; }
.ledger-report .totals { list-style: none; padding: 0; display: flex; gap: 8px; flex-wrap: wrap; }
.ledger-report .reasons { margin: 0.3em 0 0.8em; padding-left: 1.2em; }
.ledger-report .reasons code { font-weight: 600; }
.ledger-report .muted { color: var(--vscode-descriptionForeground, #59636e); }
.ledger-report .charts { display: flex; gap: 24px; flex-wrap: wrap; }
.ledger-report figure { margin: 0; }
.ledger-report figcaption { font-size: 0.85em; color: var(--vscode-descriptionForeground, #59636e); }
.ledger-report svg.chart { overflow: visible; font-size: 10px; }
.ledger-report svg .axis { stroke: currentColor; stroke-opacity: 0.5; }
.ledger-report svg text { fill: currentColor; }
.ledger-report svg .tick, .ledger-report svg .label { fill-opacity: 0.7; }
.ledger-report svg .late rect { fill: #cf222e; }
.ledger-report svg .early rect { fill: #1a7f37; }
.ledger-report svg .open rect { fill: #cf222e; fill-opacity: 0.25; stroke: #cf222e; stroke-dasharray: 3 2; }
.ledger-report svg .hours rect { fill: #0969da; }
.ledger-report svg .short rect { fill: #bf8700; }
.ledger-report svg .minimum { stroke: currentColor; stroke-dasharray: 4 3; }
.ledger-report svg .line { fill: none; stroke: #0969da; stroke-width: 2; }
.ledger-report svg .point { fill: #0969da; }
.ledger-report table.client-list { width: 100%; }
.ledger-report table.client-list th.name { font-weight: 600; }
.ledger-report table.client-list td.worst { width: 100%; }
.ledger-report tr.detail-row > td { padding: 0 0 0 12px; border-top: none; }
.ledger-report tr.detail-row article.client { margin: 8px 8px 12px 0; }
.ledger-report .pager { display: flex; gap: 12px; align-items: center; margin: 0.5em 0; }
`;

/** One self-contained HTML file: no external resources, no scripts, a CSP that forbids both. */
export function reportHtml(report: PortfolioReport): string {
  return reportPage(report, { csp: REPORT_CSP });
}

/**
 * Which rows of the client list a page shows, and how. A file shows the first
 * REPORT_LIMITS.list rows, inert; the webview one page at a time, its rows opening their detail.
 */
export interface ListLayout {
  /** The page shown, from 0 (clamped to the pages there are). */
  readonly page: number;
  /** Rows a page. */
  readonly pageSize: number;
  /**
   * A webview's list: rows carry `data-record` and open their detail on click, previous/next
   * buttons page through the list (the webview's script does both). A file's list is inert.
   */
  readonly interactive: boolean;
}

/** The list of a file: its first REPORT_LIMITS.list rows, the others counted. */
export const FILE_LIST: ListLayout = { page: 0, pageSize: REPORT_LIMITS.list, interactive: false };

export interface PageOptions {
  readonly csp: string;
  /** Set on the style element (and any script) when the CSP allows them by nonce (a webview). */
  readonly nonce?: string;
  /** Styles after the report's own. */
  readonly css?: string;
  /** One inline script at the end of the body. */
  readonly script?: string;
  /** The client list; FILE_LIST by default. */
  readonly list?: ListLayout;
}

/** The report as a whole page under a Content-Security-Policy: the file above, or a webview's HTML. */
export function reportPage(report: PortfolioReport, options: PageOptions): string {
  return htmlPage({
    csp: options.csp,
    title: `${REPORT_TITLE}, ${formatDay(report.today)}`,
    css: `${REPORT_CSS}${options.css ?? ''}`,
    body: reportBody(report, options.list),
    script: options.script,
    nonce: options.nonce,
  });
}

/**
 * The page body (for the file above and for a webview), bounded whatever the size of the
 * ledger: the summary and the aging table by currency (summaryHtml), the clients by what needs
 * attention as a compact list, one row a client (clientListHtml), then the detail (figures,
 * reasons, charts) of the clients in `report.details`. Every text from the ledger is escaped;
 * table rows and charts carry `data-client` (the client id) and `data-metric`.
 */
export function reportBody(report: PortfolioReport, list: ListLayout = FILE_LIST): string {
  return [
    '<main class="ledger-report">',
    `<h1>${REPORT_TITLE}</h1>`,
    `<p class="as-of">As of <time datetime="${formatDay(report.today)}">${formatDay(report.today)}</time></p>`,
    summaryHtml(report),
    clientListHtml(report, list),
    detailsSection(report),
    '</main>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The summary, the aging table by currency and the records that cannot be read: `#report-summary`, replaced whole when the ledger changes. */
export function summaryHtml(report: PortfolioReport): string {
  return [
    '<div id="report-summary">',
    summary(report),
    '<section class="aging-section">',
    '<h2>Receivables aging</h2>',
    agingTable(report.aging),
    '</section>',
    unreadableSection(report.unreadable),
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** The pages of the list there are (at least 1). */
export function pageCount(report: PortfolioReport, list: ListLayout): number {
  return Math.max(1, Math.ceil(report.clients.length / Math.max(1, list.pageSize)));
}

/**
 * One page of the clients by attention, one row a client: name, health, open balance, the
 * worst finding (`#report-clients`, replaced whole by the webview when it pages).
 */
export function clientListHtml(report: PortfolioReport, list: ListLayout): string {
  const size = Math.max(1, list.pageSize);
  const page = Math.min(Math.max(0, Math.floor(list.page)), pageCount(report, list) - 1);
  const from = page * size;
  const rows = report.clients.slice(from, from + size);
  const range = listRangeText(from, rows.length, report.clients.length);
  const parts = [
    `<section class="clients" id="report-clients" data-page="${page}">`,
    `<h2>${LIST_TITLE}</h2>`,
    `<p class="muted" data-metric="client-list">${escapeHtml(range)}, ${LIST_ORDER_TEXT}${list.interactive ? '. Click a client for its figures and charts, its name in them for the record' : ''}.</p>`,
  ];
  const pager = list.interactive && report.clients.length > size ? pagerHtml(page, pageCount(report, list), range) : '';
  if (pager) parts.push(pager);
  if (rows.length > 0) {
    parts.push(
      '<table class="client-list"><thead><tr><th>Client</th><th>Health</th><th class="money">Open balance</th><th>What needs attention</th></tr></thead>',
      `<tbody>${rows.map((client) => clientRow(client, list.interactive)).join('\n')}</tbody></table>`,
    );
  }
  if (pager) parts.push(pager);
  const left = report.clients.slice(from + rows.length);
  if (!list.interactive && left.length > 0) parts.push(`<p class="muted" data-metric="not-listed" data-value="${left.length}">${escapeHtml(notListedText(left))}.</p>`);
  parts.push('</section>');
  return parts.join('\n');
}

function pagerHtml(page: number, pages: number, range: string): string {
  const button = (to: number, label: string, enabled: boolean) => `<button type="button" data-page="${to}"${enabled ? '' : ' disabled'}>${label}</button>`;
  return (
    `<nav class="pager">${button(Math.max(0, page - 1), 'Previous', page > 0)}` +
    `<span class="muted">${escapeHtml(range)} (page ${countText(page + 1)} of ${countText(pages)})</span>` +
    `${button(Math.min(pages - 1, page + 1), 'Next', page < pages - 1)}</nav>`
  );
}

function clientRow(client: ClientSummary, interactive: boolean): string {
  const id = escapeHtml(client.id);
  const signal = client.health.signal;
  const worst = client.health.reasons[0];
  const more = client.health.reasons.length - 1;
  const finding = worst === undefined
    ? ''
    : `<code>${escapeHtml(worst.rule)}</code> ${escapeHtml(worst.message)}${more > 0 ? ` <span class="muted">(+${countText(more)} more)</span>` : ''}`;
  const open = interactive ? ` data-record="${escapeHtml(client.file)}" tabindex="0" aria-expanded="false"` : '';
  return (
    `<tr class="client-row ${signal}" data-client="${id}" data-metric="client-row" data-value="${signal}"${open}>` +
    `<th class="name">${escapeHtml(client.name)}</th>` +
    `<td><span class="signal ${signal}">${SIGNAL_LABELS[signal]}</span>${client.countsForHealth ? '' : ' <span class="muted">former</span>'}</td>` +
    `<td class="money">${escapeHtml(openBalanceText(client))}</td>` +
    `<td class="worst">${finding}</td></tr>`
  );
}

function detailsSection(report: PortfolioReport): string {
  if (report.details.length === 0) return '';
  return [
    '<section class="details">',
    '<h2>Clients in detail</h2>',
    `<p class="muted">${escapeHtml(detailsText(report.details.length, report.clients.length))}</p>`,
    ...report.details.map(clientDetailHtml),
    '</section>',
  ].join('\n');
}

function summary(report: PortfolioReport): string {
  const { health } = report;
  const signals = (['red', 'amber', 'green'] as const).map(
    (signal) => `<li><span class="signal ${signal}" data-metric="health-${signal}" data-value="${health[signal]}">${health[signal]} ${signal}</span></li>`,
  );
  return [
    '<section class="summary">',
    `<p data-metric="health-summary">${escapeHtml(healthSummary(health))}.</p>`,
    `<ul class="totals">${signals.join('')}</ul>`,
    `<p data-metric="receivables">Open receivables: ${escapeHtml(receivablesText(report.aging))}.</p>`,
    `<p data-metric="dso">Days sales outstanding: ${escapeHtml(dsoText(report.dso))}.</p>`,
    '</section>',
  ].join('\n');
}

function agingHead(first: readonly string[], fees: boolean): string {
  const cells = [...first.map((label) => `<th>${label}</th>`), ...AGING_BUCKETS.map((bucket) => `<th class="money">${BUCKET_LABELS[bucket]}</th>`), '<th class="money">Total</th>'];
  if (fees) cells.push(`<th class="money">${LATE_FEES_LABEL}</th>`);
  return `<thead><tr>${cells.join('')}</tr></thead>`;
}

/** The buckets and the total; the late fees in a cell of their own after the total. */
function agingCells(row: AgingRow, fees: boolean): string {
  const buckets = AGING_BUCKETS.map((bucket) => `<td class="money" data-bucket="${bucket}" data-value="${row.buckets[bucket]}">${escapeHtml(bucketMoney(row, bucket))}</td>`);
  const cells = [...buckets, `<td class="money" data-bucket="total" data-value="${row.total}"><strong>${escapeHtml(totalMoney(row))}</strong></td>`];
  if (fees) cells.push(`<td class="money" data-metric="late-fees" data-value="${row.lateFees ?? 0}">${escapeHtml(lateFeesMoney(row))}</td>`);
  return cells.join('');
}

function agingTable(rows: readonly AgingRow[]): string {
  if (rows.length === 0) return '<p class="muted" data-metric="aging">Nothing is open.</p>';
  const fees = showsLateFees(rows);
  const body = rows.map((row) => `<tr data-metric="aging" data-currency="${escapeHtml(row.currency)}"><th>${escapeHtml(row.currency)}</th>${agingCells(row, fees)}</tr>`);
  return `<table class="aging">${agingHead(['Currency'], fees)}<tbody>${body.join('')}</tbody></table>`;
}

/** A client's open balances by age, one row per currency, in its detail. */
function clientAgingTable(client: ClientReport): string {
  if (client.aging.length === 0) return '';
  const fees = showsLateFees(client.aging);
  const rows = client.aging.map(
    (row) => `<tr data-client="${escapeHtml(client.id)}" data-metric="client-aging" data-currency="${escapeHtml(row.currency)}"><th>${escapeHtml(row.currency)}</th>${agingCells(row, fees)}</tr>`,
  );
  return `<table class="aging by-client">${agingHead(['Currency'], fees)}<tbody>${rows.join('')}</tbody></table>`;
}

/**
 * The detail of one client: its figures, health, reasons, aging and charts, as one
 * `<article class="client">` (in a file's details, or sent to the webview when a row is opened).
 */
export function clientDetailHtml(client: ClientReport): string {
  const id = escapeHtml(client.id);
  const signal = client.health.signal;
  const figure = (metric: string, label: string, value: string) =>
    `<tr data-client="${id}" data-metric="${metric}"><th>${label}</th><td>${escapeHtml(value)}</td></tr>`;
  const rows = [
    `<tr data-client="${id}" data-metric="health" data-value="${signal}"><th>Health</th><td><span class="signal ${signal}">${SIGNAL_LABELS[signal]}</span>` +
      `${client.countsForHealth ? '' : ' <span class="muted">former client, not counted</span>'}</td></tr>`,
    figure('status', 'Status', client.status),
    figure('open-balance', 'Open balance', openBalanceText(client)),
    ...(showsLateFees(client.aging) ? [figure('late-fees', 'Late fees accrued on open invoices', lateFeesText(client.aging))] : []),
    figure('average-days-to-pay', 'Average days to pay', daysToPayText(client)),
    figure('average-days-late', 'Average days late', daysLateText(client)),
    figure('dso', 'Days sales outstanding', dsoText(client.dso)),
    figure('days-late', 'Days late per invoice', latenessText(client.lateness)),
    figure('average-response-time', 'Reply time', responseText(client.responseTimes)),
    ...(showsHours(client.hours) ? [figure('hours-per-week', 'Hours per week', hoursText(client.hours))] : []),
  ];
  const reasons = client.health.reasons.map(
    (reason) =>
      `<li class="${reason.severity}" data-rule="${escapeHtml(reason.rule)}"><code>${escapeHtml(reason.rule)}</code> ` +
      `<span class="muted">(${reason.severity}, line ${reason.line})</span> ${escapeHtml(reason.message)}</li>`,
  );
  return [
    `<article class="client ${signal}" data-client="${id}">`,
    `<h3><span class="name">${escapeHtml(client.name)}</span> <span class="signal ${signal}">${SIGNAL_LABELS[signal]}</span></h3>`,
    `<p class="record">${escapeHtml(client.file)}</p>`,
    `<table class="figures"><tbody>${rows.join('')}</tbody></table>`,
    reasons.length > 0 ? `<ul class="reasons" data-client="${id}" data-metric="health-reasons">${reasons.join('')}</ul>` : '',
    clientAgingTable(client),
    charts(client),
    '</article>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function unreadableSection(records: readonly UnreadableReport[]): string {
  if (records.length === 0) return '';
  const blocks = records.slice(0, REPORT_LIMITS.unreadable).map((record) => {
    const problems = record.problems.map(
      (problem) =>
        `<li class="${problem.severity}" data-rule="${escapeHtml(problem.rule)}"><code>${escapeHtml(problem.rule)}</code> ` +
        `<span class="muted">(line ${problem.line})</span> ${escapeHtml(problem.message)}</li>`,
    );
    return [
      `<article class="client unreadable" data-client="${escapeHtml(record.id)}" data-metric="unreadable">`,
      `<h3><span class="name">${escapeHtml(record.id)}</span> <span class="signal unreadable">Unreadable</span></h3>`,
      `<p class="record">${escapeHtml(record.file)}</p>`,
      `<ul class="reasons">${problems.join('')}</ul>`,
      '</article>',
    ].join('\n');
  });
  const more = records.length - blocks.length;
  return [
    '<section class="unreadable-section">',
    `<h2>${UNREADABLE_TITLE}</h2>`,
    `<p>${escapeHtml(UNREADABLE_TEXT)}</p>`,
    ...blocks,
    ...(more > 0 ? [`<p class="muted">${escapeHtml(moreUnreadableText(more))}</p>`] : []),
    '</section>',
  ].join('\n');
}

function charts(client: ClientReport): string {
  const figures: string[] = [];
  if (client.lateness.length > 0) {
    figures.push(`<figure>${daysLateChart(client.id, client.lateness)}<figcaption>Days late per invoice (below zero: paid early; outlined: still open)</figcaption></figure>`);
  }
  if (client.responseTimes.times.length > 0) {
    figures.push(`<figure>${responseTimesChart(client.id, client.responseTimes.times)}<figcaption>Days to the client's reply, per message</figcaption></figure>`);
  }
  if (showsHours(client.hours)) {
    figures.push(`<figure>${weeklyHoursChart(client.id, client.hours)}<figcaption>Hours worked per week${client.hours.minimumMinutes === undefined ? '' : ' (dashed: the weekly minimum)'}</figcaption></figure>`);
  }
  return figures.length > 0 ? `<div class="charts">${figures.join('')}</div>` : '';
}
