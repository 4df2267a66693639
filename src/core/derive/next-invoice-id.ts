import type { ClientRecord, InvoiceEntry } from '../model';
import { byTime } from './entry-time';

const NUMBERED = /^(.*?)(\d+)$/;

/**
 * The ID after the record's latest numbered invoice (`GC-007` -> `GC-008`, `INV-99` -> `INV-100`),
 * skipping IDs already used; with no numbered invoice yet, the initials of the client id and
 * `-001` (`greenleaf-coaching` -> `GC-001`).
 */
export function nextInvoiceId(client: ClientRecord): string {
  const invoices = byTime(client.entries).filter((entry): entry is InvoiceEntry => entry.kind === 'invoice');
  const used = new Set(invoices.map((invoice) => invoice.id.toLowerCase()));
  const latest = invoices.map((invoice) => NUMBERED.exec(invoice.id)).filter((match) => match !== null).pop();
  const [prefix, digits] = latest ? [latest[1], latest[2]] : [`${initials(client.id)}-`, '000'];
  let number = Number(digits);
  let id: string;
  do id = `${prefix}${String(++number).padStart(digits.length, '0')}`;
  while (used.has(id.toLowerCase()));
  return id;
}

function initials(id: string): string {
  const letters = id.split(/[^A-Za-z0-9]+/).filter((word) => word !== '').map((word) => word[0].toUpperCase()).join('');
  return letters === '' ? 'INV' : letters;
}
