import type { ClientRecord, SourceRange } from '../model';
import { lineRange } from '../parse/source-text';
import type { Day } from '../values/calendar-day';
import { idColumn } from './entry-head';
import { invoiceDetails } from './invoice-detail';

/** An invoice as Go to Symbol in Workspace lists it: its ID, where it stands, and where its ID is written. */
export interface InvoiceSymbol {
  readonly id: string;
  /** `$1,250.00 · $250.00 open · 66d overdue` (see invoiceDetail). */
  readonly detail: string;
  /** 1-based line and column of the ID word. */
  readonly line: number;
  readonly column: number;
}

/**
 * What Go to Symbol in Workspace lists of one client record: small, so the editor keeps it for
 * every record between changes (derived while the record's log is parsed for its findings) and
 * a query reads no log. Plain fields and short strings, a hundred bytes or so an invoice.
 */
export interface ClientSymbols {
  readonly id: string;
  readonly name: string;
  readonly file: string;
  /** Where the client's name is written: the `client:` value. */
  readonly nameRange: SourceRange;
  /** Where the client stands in a few words, as the Clients view says it. */
  readonly standing: string;
  readonly invoices: readonly InvoiceSymbol[];
}

export function clientSymbols(client: ClientRecord, today: Day, standing: string): ClientSymbols {
  const invoices: InvoiceSymbol[] = [];
  for (const [entry, detail] of invoiceDetails(client, today)) {
    const { line, column } = entry.range.start;
    invoices.push({ id: detached(entry.id), detail, line, column: idColumn(entry) ?? column });
  }
  const nameRange = client.places.get('client')?.value ?? lineRange(0, 0, 0);
  return { id: client.id, name: client.name || client.id || 'client', file: client.file, nameRange, standing, invoices };
}

/** A string cut from a line keeps the line alive; a long one is copied (short ones are copies already). */
function detached(text: string): string {
  return text.length < 13 ? text : `${text} `.slice(0, -1);
}

/** A symbol of Go to Symbol in Workspace. */
export interface WorkspaceSymbol {
  readonly kind: 'client' | 'invoice';
  /** What VS Code matches the query against: `BD-023 · Brightside Dental`, `Brightside Dental`. */
  readonly name: string;
  /** Shown beside the name: where the invoice or the client stands. */
  readonly containerName: string;
  readonly file: string;
  readonly range: SourceRange;
}

/** The most symbols one query returns: a one-letter query over an agency's ledger matches nearly every invoice. */
export const MAX_WORKSPACE_SYMBOLS = 1000;

/**
 * Every client by name (by its id when only the id matches the query) and every invoice by
 * `ID · client name`, whose characters hold the query's in order, case aside (the relaxed
 * matching VS Code asks of a provider: it scores and filters the list itself). An empty query
 * lists the clients alone. Over `limit`, the clients come first, then the invoices whose ID
 * starts with the query. Linear in the invoices, with no string built per invoice but the
 * ones returned.
 */
export function workspaceSymbols(clients: readonly ClientSymbols[], query: string, limit = MAX_WORKSPACE_SYMBOLS): WorkspaceSymbol[] {
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  const found: WorkspaceSymbol[] = [];
  for (const client of clients) {
    const symbol = clientSymbol(client, wanted);
    if (symbol) found.push(symbol);
  }
  if (wanted === '') return found.slice(0, limit);
  const later: WorkspaceSymbol[] = [];
  for (const client of clients) {
    // The invoices' names end with ` · client name`: the query's tail that it holds, once per client.
    const tail = tailHeld(wanted, ` · ${client.name}`.toLowerCase());
    for (const invoice of client.invoices) {
      const consumed = idMatch(wanted, invoice.id);
      if (consumed < tail) continue;
      if (startsWith(invoice.id, wanted)) {
        if (found.length < limit) found.push(invoiceSymbol(client, invoice));
      } else if (later.length < limit) {
        later.push(invoiceSymbol(client, invoice));
      }
    }
  }
  return found.concat(later).slice(0, limit);
}

function clientSymbol(client: ClientSymbols, wanted: string): WorkspaceSymbol | undefined {
  const range = client.nameRange;
  if (tailHeld(wanted, client.name.toLowerCase()) === 0) return { kind: 'client', name: client.name, containerName: client.standing, file: client.file, range };
  if (tailHeld(wanted, client.id.toLowerCase()) === 0) return { kind: 'client', name: client.id, containerName: `${client.name} · ${client.standing}`, file: client.file, range };
  return undefined;
}

function invoiceSymbol(client: ClientSymbols, invoice: InvoiceSymbol): WorkspaceSymbol {
  const range = lineRange(invoice.line - 1, invoice.column - 1, invoice.column - 1 + invoice.id.length);
  return { kind: 'invoice', name: `${invoice.id} · ${client.name}`, containerName: invoice.detail, file: client.file, range };
}

/** Where the longest tail of `wanted` whose characters `text` holds in order starts (0: all of it; wanted.length: none). */
function tailHeld(wanted: string, text: string): number {
  let at = wanted.length;
  for (let index = text.length - 1; index >= 0 && at > 0; index--) if (text.charCodeAt(index) === wanted.charCodeAt(at - 1)) at--;
  return at;
}

/** How many characters of `wanted` (lower case) an invoice ID holds in order from its start, case aside (IDs are ASCII). */
function idMatch(wanted: string, id: string): number {
  let at = 0;
  for (let index = 0; index < id.length && at < wanted.length; index++) if (lowerAscii(id.charCodeAt(index)) === wanted.charCodeAt(at)) at++;
  return at;
}

function startsWith(id: string, wanted: string): boolean {
  if (id.length < wanted.length) return false;
  for (let index = 0; index < wanted.length; index++) if (lowerAscii(id.charCodeAt(index)) !== wanted.charCodeAt(index)) return false;
  return true;
}

function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}
