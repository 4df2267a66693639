import type { ClientRecord, InvoiceEntry } from '../model';
import { invoiceStateText, invoiceSummaries, type InvoiceSummary } from '../summary/invoice-summary';
import type { Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';

/**
 * An invoice's amount and where it stands, after its ID in the outline and in Go to Symbol in
 * Workspace: `$1,250.00 · $250.00 open · 66d overdue`, `$450.00 · paid 2026-10-09`.
 */
export function invoiceDetail(entry: InvoiceEntry, summary: InvoiceSummary | undefined): string {
  const amount = formatMoney(entry.amount);
  if (summary === undefined) return `${amount} · dated after today`;
  if (summary.duplicateOf !== undefined) return `${amount} · repeats the ID of line ${summary.duplicateOf}`;
  return `${amount} · ${invoiceStateText(summary)}`;
}

/** Every invoice entry of the record with its detail, in file order, from one pass over the account. */
export function invoiceDetails(client: ClientRecord, today: Day): Map<InvoiceEntry, string> {
  const summaries = new Map(invoiceSummaries(client, today).map(({ entry, summary }) => [entry, summary]));
  const details = new Map<InvoiceEntry, string>();
  for (const entry of client.entries) if (entry.kind === 'invoice') details.set(entry, invoiceDetail(entry, summaries.get(entry)));
  return details;
}
