import { formatDay } from '../values/calendar-day';
import { AGING_BUCKETS, type AgingRow } from './aging';
import { REPORT_LIMITS, type ClientReport, type ClientSummary, type PortfolioReport, type UnreadableReport } from './portfolio-report';
import {
  BUCKET_LABELS, bucketMoney, countText, daysLateText, daysToPayText, detailsText, dsoText, healthSummary, hoursText, latenessText, LIST_ORDER_TEXT,
  LATE_FEES_LABEL, lateFeesMoney, lateFeesText, LIST_TITLE, listRangeText, showsLateFees, moreUnreadableText, notListedText, openBalanceText, receivablesText, REPORT_TITLE, responseText, showsHours,
  SIGNAL_LABELS, totalMoney, UNREADABLE_TEXT, UNREADABLE_TITLE,
} from './report-text';

/**
 * The report as static markdown, bounded as the HTML file is: a summary, the aging table by
 * currency, the clients by what needs attention (the first REPORT_LIMITS.list, one table row a
 * client: name, health, open balance, the worst finding), then a table per client of
 * `report.details` with its figures, health, aging and the reasons behind it. Every text that
 * comes from the ledger is escaped, so a client called `*Acme* | <b>` stays text and cannot
 * break a table.
 */
export function reportMarkdown(report: PortfolioReport): string {
  const lines = [
    `# ${REPORT_TITLE}, ${formatDay(report.today)}`,
    '',
    '## Summary',
    '',
    `- ${healthSummary(report.health)}.`,
    `- Open receivables: ${md(receivablesText(report.aging))}.`,
    `- Days sales outstanding: ${md(dsoText(report.dso))}.`,
    '',
    '## Receivables aging',
    '',
    ...agingTable(report.aging),
    '',
    ...unreadableSection(report.unreadable),
    ...clientList(report),
    ...(report.details.length > 0 ? ['## Clients in detail', '', detailsText(report.details.length, report.clients.length), '', ...report.details.flatMap(clientSection)] : []),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function agingTable(rows: readonly AgingRow[]): string[] {
  if (rows.length === 0) return ['Nothing is open.'];
  const fees = showsLateFees(rows);
  return [
    row(['Currency', ...AGING_BUCKETS.map((bucket) => BUCKET_LABELS[bucket]), 'Total', ...(fees ? [LATE_FEES_LABEL] : [])]),
    row(['---', ...AGING_BUCKETS.map(() => '---:'), '---:', ...(fees ? ['---:'] : [])]),
    ...rows.map((aging) => row([aging.currency, ...AGING_BUCKETS.map((bucket) => md(bucketMoney(aging, bucket))), `**${md(totalMoney(aging))}**`, ...(fees ? [md(lateFeesMoney(aging))] : [])])),
  ];
}

function clientList(report: PortfolioReport): string[] {
  const rows = report.clients.slice(0, REPORT_LIMITS.list);
  const left = report.clients.slice(rows.length);
  return [
    `## ${LIST_TITLE}`,
    '',
    `${listRangeText(0, rows.length, report.clients.length)}, ${LIST_ORDER_TEXT}.`,
    '',
    ...(rows.length > 0 ? [row(['Client', 'Health', 'Open balance', 'What needs attention']), row(['---', '---', '---:', '---']), ...rows.map(clientRow)] : []),
    '',
    ...(left.length > 0 ? [`${md(notListedText(left))}.`, ''] : []),
  ];
}

function clientRow(client: ClientSummary): string {
  const worst = client.health.reasons[0];
  const more = client.health.reasons.length - 1;
  const finding = worst === undefined ? '' : `\`${worst.rule}\` ${md(worst.message)}${more > 0 ? ` (+${countText(more)} more)` : ''}`;
  const health = `${SIGNAL_LABELS[client.health.signal]}${client.countsForHealth ? '' : ' (former)'}`;
  return row([md(client.name), health, md(openBalanceText(client)), finding]);
}

function clientAging(client: ClientReport): string[] {
  if (client.aging.length === 0) return [];
  const fees = showsLateFees(client.aging);
  return [
    row(['Currency', ...AGING_BUCKETS.map((bucket) => BUCKET_LABELS[bucket]), 'Total', ...(fees ? [LATE_FEES_LABEL] : [])]),
    row(['---', ...AGING_BUCKETS.map(() => '---:'), '---:', ...(fees ? ['---:'] : [])]),
    ...client.aging.map((aging) => row([aging.currency, ...AGING_BUCKETS.map((bucket) => md(bucketMoney(aging, bucket))), md(totalMoney(aging)), ...(fees ? [md(lateFeesMoney(aging))] : [])])),
    '',
  ];
}

function clientSection(client: ClientReport): string[] {
  const health = `**${SIGNAL_LABELS[client.health.signal]}**${client.countsForHealth ? '' : ' (former client, not counted)'}`;
  const figures: [string, string][] = [
    ['Health', health],
    ['Status', client.status],
    ['Open balance', md(openBalanceText(client))],
    ...(showsLateFees(client.aging) ? [['Late fees accrued on open invoices', md(lateFeesText(client.aging))] as [string, string]] : []),
    ['Average days to pay', md(daysToPayText(client))],
    ['Average days late', md(daysLateText(client))],
    ['Days sales outstanding', md(dsoText(client.dso))],
    ['Days late per invoice', md(latenessText(client.lateness))],
    ['Reply time', md(responseText(client.responseTimes))],
  ];
  if (showsHours(client.hours)) figures.push(['Hours per week', md(hoursText(client.hours))]);
  const reasons = client.health.reasons.map((reason) => `- \`${reason.rule}\` (${reason.severity}, line ${reason.line}): ${md(reason.message)}`);
  return [
    `### ${md(client.name)}`,
    '',
    `Record: ${md(client.file)}`,
    '',
    row(['Figure', 'Value']),
    row(['---', '---']),
    ...figures.map(([label, value]) => row([label, value])),
    '',
    ...(reasons.length > 0 ? ['Reasons:', '', ...reasons, ''] : []),
    ...clientAging(client),
  ];
}

function unreadableSection(records: readonly UnreadableReport[]): string[] {
  if (records.length === 0) return [];
  return [
    `## ${UNREADABLE_TITLE}`,
    '',
    UNREADABLE_TEXT,
    '',
    ...records.slice(0, REPORT_LIMITS.unreadable).flatMap((record) => [
      `### ${md(record.id)}`,
      '',
      `Record: ${md(record.file)}`,
      '',
      ...record.problems.map((problem) => `- \`${problem.rule}\` (${problem.severity}, line ${problem.line}): ${md(problem.message)}`),
      '',
    ]),
    ...(records.length > REPORT_LIMITS.unreadable ? [md(moreUnreadableText(records.length - REPORT_LIMITS.unreadable)), ''] : []),
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Ledger text as inert markdown: markup characters escaped, line breaks as spaces. */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, (character) => `\\${character}`);
}
