import { markdown, summaryPieces, text, type MarkdownPiece } from '../markdown/markdown-pieces';
import type { ClientRecord, Finding } from '../model';
import type { Day } from '../values/calendar-day';
import { standingOf } from './client-standing';
import { clientTooltip } from './client-tooltip';
import { invoiceAtLine, invoiceSummaryLines } from './invoice-summary';
import { retainerHoverAt } from './retainer-summary';

/**
 * The hover on a 1-based line of a client record: an invoice entry's paid and open amounts and
 * days overdue; the retainer's use on its key and this period's work; the client's summary on
 * the `client:` line (its findings asked for only there). Undefined on any other line.
 */
export function recordHover(client: ClientRecord, line: number, today: Day, findings: () => readonly Finding[]): MarkdownPiece[] | undefined {
  const invoice = invoiceAtLine(client, line, today);
  if (invoice) return summaryPieces(invoiceSummaryLines(invoice));
  const retainer = retainerHoverAt(client, line, today);
  if (retainer) return [markdown('**Retainer** '), text(retainer)];
  if (client.places.get('client')?.key.start.line !== line) return undefined;
  return clientTooltip(standingOf(client, findings(), today), today);
}
