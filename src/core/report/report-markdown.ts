import { formatDay } from '../values/calendar-day';
import { AGING_BUCKETS, type AgingRow } from './aging';
import type { ClientReport, PortfolioReport, UnreadableReport } from './portfolio-report';
import {
  BUCKET_LABELS, bucketMoney, daysLateText, daysToPayText, dsoText, healthSummary, hoursText, latenessText,
  openBalanceText, receivablesText, REPORT_TITLE, responseText, showsHours, SIGNAL_LABELS, totalMoney, UNREADABLE_TEXT, UNREADABLE_TITLE,
} from './report-text';

/**
 * The report as static markdown: a summary, the aging table by currency (and by client), then
 * a table per client with its figures, health and the reasons behind it. Every text that comes
 * from the ledger is escaped, so a client called `*Acme* | <b>` stays text and cannot break a
 * table.
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
    ...clientAging(report.clients),
    ...unreadableSection(report.unreadable),
    '## Clients',
    '',
    ...report.clients.flatMap(clientSection),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function agingTable(rows: readonly AgingRow[]): string[] {
  if (rows.length === 0) return ['Nothing is open.'];
  return [
    row(['Currency', ...AGING_BUCKETS.map((bucket) => BUCKET_LABELS[bucket]), 'Total']),
    row(['---', ...AGING_BUCKETS.map(() => '---:'), '---:']),
    ...rows.map((aging) => row([aging.currency, ...AGING_BUCKETS.map((bucket) => md(bucketMoney(aging, bucket))), `**${md(totalMoney(aging))}**`])),
  ];
}

function clientAging(clients: readonly ClientReport[]): string[] {
  const owing = clients.filter((client) => client.aging.length > 0);
  if (owing.length === 0) return [];
  return [
    'By client:',
    '',
    row(['Client', 'Currency', ...AGING_BUCKETS.map((bucket) => BUCKET_LABELS[bucket]), 'Total']),
    row(['---', '---', ...AGING_BUCKETS.map(() => '---:'), '---:']),
    ...owing.flatMap((client) =>
      client.aging.map((aging) => row([md(client.name), aging.currency, ...AGING_BUCKETS.map((bucket) => md(bucketMoney(aging, bucket))), md(totalMoney(aging))])),
    ),
    '',
  ];
}

function clientSection(client: ClientReport): string[] {
  const health = `**${SIGNAL_LABELS[client.health.signal]}**${client.countsForHealth ? '' : ' (former client, not counted)'}`;
  const figures: [string, string][] = [
    ['Health', health],
    ['Status', client.status],
    ['Open balance', md(openBalanceText(client))],
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
  ];
}

function unreadableSection(records: readonly UnreadableReport[]): string[] {
  if (records.length === 0) return [];
  return [
    `## ${UNREADABLE_TITLE}`,
    '',
    UNREADABLE_TEXT,
    '',
    ...records.flatMap((record) => [
      `### ${md(record.id)}`,
      '',
      `Record: ${md(record.file)}`,
      '',
      ...record.problems.map((problem) => `- \`${problem.rule}\` (${problem.severity}, line ${problem.line}): ${md(problem.message)}`),
      '',
    ]),
  ];
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Ledger text as inert markdown: markup characters escaped, line breaks as spaces. */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, (character) => `\\${character}`);
}
