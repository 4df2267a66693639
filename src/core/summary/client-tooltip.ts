import { markdown, text, type MarkdownPiece } from '../markdown/markdown-pieces';
import { formatDay, type Day } from '../values/calendar-day';
import { formatDuration } from '../values/duration';
import { formatMoney } from '../values/money';
import type { ClientStanding } from './client-standing';
import { retainerSummary } from './retainer-summary';

/**
 * A client's summary as the Clients view's tooltip and the hover on its `client:` line show it:
 * terms, balance, last contact and findings, the record's own words kept as text.
 */
export function clientTooltip(standing: ClientStanding, today: Day): MarkdownPiece[] {
  const { client } = standing;
  const pieces = [markdown('**'), text(client.name), markdown(`** — ${client.status}\n\n`)];
  const policy = [`terms net ${client.termsDays}`, `notice ${formatDuration(client.notice)}`];
  if (client.deposit) policy.push(`deposit ${client.deposit === 'none' ? 'none' : formatMoney(client.deposit)}`);
  if (client.retainer) policy.push(`retainer ${client.retainer === 'none' ? 'none' : formatMoney(client.retainer)}`);
  if (client.rate) policy.push(`rate ${client.rate}`);
  pieces.push(text(`${policy.join(' · ')}\n\n`));
  const balance = standing.balances.map(formatMoney).join(' + ') || 'nothing open';
  pieces.push(text(`Open balance: ${balance}${standing.openInvoices.length ? ` (${standing.openInvoices.length} open invoices)` : ''}\n\n`));
  const last = standing.lastContact;
  pieces.push(text(`Last contact: ${last ? `${formatDay(last.date)}, ${today - last.date} days ago (${last.source})` : 'none logged'}\n\n`));
  const retainer = retainerSummary(client, today);
  if (retainer) pieces.push(text(`Retainer: ${retainer}\n\n`));
  if (standing.findings.length > 0) {
    pieces.push(markdown('---\n\n'));
    for (const finding of standing.findings) pieces.push(markdown('- '), text(`${finding.severity}: ${finding.message}`), markdown('\n'));
  }
  return pieces;
}
