import { chronologicalOrder } from '../derive/entry-time';
import { accountOf, balanceOf, isOpen } from '../derive/account';
import { contactHistory } from '../derive/contact-history';
import { formatDay, type Day } from '../values/calendar-day';
import { decimalText, readMoney, type Money } from '../values/money';
import type { ClientRecord, LateFeeEntry } from '../model';
import { followUpStep } from '../derive/follow-up';
import { at, editableText, insertAt, type EditableText, type RecordEdit } from './text-edit';

/**
 * Appends an entry at the end of the log (after the last item and its notes), creating the
 * `## Log` section when there is none; the cursor goes to the end of the new line.
 */
export function appendEntry(client: ClientRecord, text: string, entry: string): RecordEdit {
  const doc = editableText(text);
  // One entry is one line, whatever a name from the frontmatter holds.
  const item = `- ${entry.replace(/[ \t]*[\r\n\u2028\u2029]+[ \t]*/g, ' ')}`;
  const cursorColumn = item.length + 1;
  const last = client.layout.items[client.layout.items.length - 1];
  if (last) return insertLines(doc, last.endLine, [item], { line: 1, column: cursorColumn });
  const heading = client.layout.headingLine;
  if (heading !== undefined) {
    const next = doc.lines[heading];
    const gap = next !== undefined && next.trim() !== '' ? [''] : [];
    return insertLines(doc, heading, ['', item, ...gap], { line: 2, column: cursorColumn });
  }
  const blank = doc.lines.length > 0 && doc.lines[doc.lines.length - 1].trim() !== '' ? [''] : [];
  return insertLines(doc, doc.lines.length, [...blank, '## Log', '', item], { line: blank.length + 3, column: cursorColumn });
}

/** Inserts whole lines after 1-based line `after`; `cursor.line` counts the new lines from 1. */
function insertLines(doc: EditableText, after: number, lines: readonly string[], cursor: { line: number; column: number }): RecordEdit {
  const position = at(after + cursor.line, cursor.column);
  const selection = { start: position, end: position };
  if (after < doc.lines.length || doc.finalNewline) {
    return { edits: [insertAt(at(after + 1, 1), lines.map((line) => `${line}${doc.eol}`).join(''))], selection };
  }
  // The last line has no line break: the new lines go after one.
  const end = at(after, (doc.lines[after - 1] ?? '').length + 1);
  return { edits: [insertAt(end, lines.map((line) => `${doc.eol}${line}`).join(''))], selection };
}

/** The next rung of the follow-up ladder as a dated entry: `2026-11-23 call to Tom: `. */
export function logFollowUp(client: ClientRecord, text: string, today: Day): RecordEdit {
  const step = followUpStep(client, contactHistory(client, today).unanswered, today);
  return appendEntry(client, text, `${formatDay(today)} ${step.entry}: `);
}

/** `- <today> payment <ID> <open balance>` for an open invoice; undefined when it is paid. */
export function recordPayment(client: ClientRecord, text: string, invoiceId: string, today: Day): RecordEdit | undefined {
  const invoice = accountOf(client, today).invoices.find((candidate) => candidate.entry.id === invoiceId);
  if (!invoice || !isOpen(invoice)) return undefined;
  return appendEntry(client, text, `${formatDay(today)} payment ${invoice.entry.id} ${amountForLog(balanceOf(invoice))}`);
}

/** An amount as the log reads it back: `$250.00`, `€12.50`, `1200 JPY`. */
export function amountForLog(money: Money): string {
  const decimal = decimalText(money);
  const symbol = { USD: '$', EUR: '€', GBP: '£' }[money.currency];
  return symbol ? `${symbol}${decimal}` : `${decimal} ${money.currency}`;
}

/**
 * Sorts the log's items by date and time (chronologicalOrder: an entry without a time stays
 * below the entries of its day above it), stably, each item moving with its nested notes;
 * undefined when the log is already in order.
 */
export function sortLog(client: ClientRecord, text: string): RecordEdit | undefined {
  const doc = editableText(text);
  const { items } = client.layout;
  if (items.length < 2) return undefined;
  const byLine = new Map(client.entries.map((entry) => [entry.range.start.line, entry]));
  const blocks = items.map((item, index) => {
    const next = items[index + 1];
    const lines = doc.lines.slice(item.line - 1, next ? next.line - 1 : item.endLine);
    while (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    return { lines, index };
  });
  const loose = items.some((item, index) => index < items.length - 1 && items[index + 1].line - 1 > item.endLine);
  // An item that is not a valid entry sorts with the item above it (chronologicalOrder).
  const sorted = chronologicalOrder(items.map((item) => byLine.get(item.line))).map((index) => blocks[index]);
  if (sorted.every((block, index) => block.index === index)) return undefined;
  const separator = loose ? [''] : [];
  const newLines = sorted.flatMap((block, index) => (index === 0 ? block.lines : [...separator, ...block.lines]));
  const first = items[0].line;
  const last = items[items.length - 1].endLine;
  const range = { start: at(first, 1), end: at(last, doc.lines[last - 1].length + 1) };
  return { edits: [{ range, newText: newLines.join(doc.eol) }] };
}

/** Replaces the amount of a `late-fee` entry in place (undefined when its line does not read back as that amount). */
export function replaceFeeAmount(entry: LateFeeEntry, currency: string, amount: Money): RecordEdit | undefined {
  const match = /^(\S+[ \t]+(?:\d{1,2}:\d{2}[ \t]+)?\S+[ \t]+\S+[ \t]+)(\S.*?)(?=[ \t]*(?::(?:[ \t]|$)|[ \t]#|$))/.exec(entry.source);
  const written = match && readMoney(match[2], currency);
  if (!match || !written || written.minor !== entry.amount.minor || written.currency !== entry.amount.currency) return undefined;
  const { line, column } = entry.range.start;
  const start = column + match[1].length;
  return { edits: [{ range: { start: at(line, start), end: at(line, start + match[2].length) }, newText: amountForLog(amount) }] };
}
