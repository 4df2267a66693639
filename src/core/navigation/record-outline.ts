import { COMMUNICATION_KINDS, type ClientRecord, type CommunicationEntry, type InvoiceEntry, type LogEntry } from '../model';
import { formatWhen } from '../derive/entry-time';
import { lineRange } from '../parse/source-text';
import { monthName, type Day } from '../values/calendar-day';
import { plural } from '../values/plural';
import { entryHead } from './entry-head';
import { headingSpan } from './heading-span';
import { invoiceDetails } from './invoice-detail';
import { keyOutline } from './key-outline';
import { logMonths } from './log-months';
import { lineEnd, wholeLines, type LineText, type OutlineSymbol } from './outline-symbol';

const COMMUNICATION: ReadonlySet<string> = new Set(COMMUNICATION_KINDS);
/** `YYYY-MM-DD`: a month is selected by the date of its first entry. */
const DATE_LENGTH = 10;

/**
 * The entries the outline names one by one: the money (invoices, payments, deposits, late
 * fees), the turns of the relationship (hold, resume, notice, issue, feedback), what came from
 * the client (messages from or with them, requests) and notes. Left to their month, which counts
 * them: your own messages to the client and the hours worked, the bulk of a long log (a record of
 * 10,000 entries is mostly those), so that its outline stays a list a person can read.
 */
export function isNotable(entry: LogEntry): boolean {
  if (entry.kind === 'work') return false;
  return !COMMUNICATION.has(entry.kind) || (entry as CommunicationEntry).direction !== 'to';
}

/**
 * A client record's outline: its frontmatter (named after the client, its keys inside), then
 * the log under its heading, month by month in file order, each month holding its notable
 * entries; an invoice is named by its ID, with its amount and where it stands. One pass over the
 * log and one over the account.
 */
export function recordOutline(client: ClientRecord, today: Day, lineAt: LineText): OutlineSymbol[] {
  const { layout } = client;
  const name = client.places.get('client')?.value;
  const frontmatter: OutlineSymbol = {
    name: client.name || client.id || 'client',
    detail: `${client.id} · ${client.status}`,
    kind: 'record',
    range: wholeLines(lineAt, 1, layout.frontmatterEnd),
    selectionRange: name ?? lineRange(0, 0, lineAt(1).length),
    children: keyOutline(client.places, lineAt),
  };
  if (layout.headingLine === undefined) return [frontmatter];
  return [frontmatter, logSymbol(client, layout.headingLine, today, lineAt)];
}

function logSymbol(client: ClientRecord, heading: number, today: Day, lineAt: LineText): OutlineSymbol {
  const words = headingSpan(lineAt(heading), heading);
  const last = client.layout.items.at(-1)?.endLine ?? heading;
  return {
    name: lineAt(heading).slice(words.start.column - 1, words.end.column - 1) || 'Log',
    detail: plural(client.entries.length, 'entry', 'entries'),
    kind: 'log',
    range: wholeLines(lineAt, heading, Math.max(last, heading)),
    selectionRange: words,
    children: monthSymbols(client, today, lineAt),
  };
}

/** The log's months in file order, each holding its notable entries. */
function monthSymbols(client: ClientRecord, today: Day, lineAt: LineText): OutlineSymbol[] {
  const details = invoiceDetails(client, today);
  return logMonths(client).map((month) => {
    const { date, range } = month.entries[0].entry;
    return {
      name: monthName(date),
      detail: plural(month.entries.length, 'entry', 'entries'),
      kind: 'month',
      range: wholeLines(lineAt, month.line, month.endLine),
      selectionRange: lineRange(range.start.line - 1, range.start.column - 1, range.start.column - 1 + DATE_LENGTH),
      children: month.entries.filter(({ entry }) => isNotable(entry)).map(({ entry, endLine }) => entrySymbol(entry, endLine, details, lineAt)),
    };
  });
}

function entrySymbol(entry: LogEntry, endLine: number, details: ReadonlyMap<InvoiceEntry, string>, lineAt: LineText): OutlineSymbol {
  const head = entryHead(entry);
  const written = entry.range;
  const { line } = written.start;
  const range = { start: { line, column: 1 }, end: endLine === line ? written.end : lineEnd(lineAt, endLine) };
  if (entry.kind === 'invoice') {
    return { name: entry.id, detail: details.get(entry) ?? '', kind: 'invoice', range, selectionRange: head.idRange ?? head.range, children: [] };
  }
  const text = entry.text;
  return { name: head.text, detail: text === '' ? formatWhen(entry) : `${formatWhen(entry)} · ${text}`, kind: 'entry', range, selectionRange: head.range, children: [] };
}
