import type { ClientRecord, LogEntry } from '../model';
import type { Day } from '../values/calendar-day';
import type { Money } from '../values/money';
import type { RecordEdit, TextEdit } from '../edits/text-edit';
import { isEditable } from '../edits/record-actions';
import { isInvoiceId, parseEntry } from '../parse/log-entry';
import { documentMentions, invoiceMentions, type InvoiceNames } from './invoice-mentions';

export type RenameResult = { readonly edit: RecordEdit } | { readonly refused: string };

/**
 * Renames an invoice ID in a record: its definition, every later invoice entry repeating it,
 * and every mention (payments, late fees, messages, notes), each ID word replaced and every
 * other character kept. Refused when the new name is no valid ID, when another invoice of the
 * record has it already (in any case), when the record has merge conflicts, or when an entry
 * would read differently with it (`payment EUR 450` would become a payment in euros without an
 * invoice; a tag `#INV-1` renamed to `#A.1` would stop being a tag).
 */
export function renameInvoice(client: ClientRecord, id: string, newName: string): RenameResult {
  const mentions = invoiceMentions(client);
  const names = mentions.of(id);
  if (!names) return { refused: `${id} is not an invoice ID of this record` };
  const refusal = nameRefusal(newName) ?? takenBy(mentions.of(newName), names, newName);
  if (refusal) return { refused: refusal };
  if (!isEditable(client)) return { refused: 'This record has merge conflict markers: resolve them before renaming' };
  const byEntry = new Map<LogEntry, number[]>([[names.invoice, [names.definition.start.column]]]);
  for (const mention of names.mentions) {
    const columns = byEntry.get(mention.entry);
    if (columns) columns.push(mention.range.start.column);
    else byEntry.set(mention.entry, [mention.range.start.column]);
  }
  const width = names.id.length;
  const edits: TextEdit[] = [];
  for (const [entry, columns] of byEntry) {
    const changed = changedReading(client, entry, columns, width, names, newName);
    if (changed) return { refused: changed };
    const { line } = entry.range.start;
    for (const column of columns) edits.push({ range: { start: { line, column }, end: { line, column: column + width } }, newText: newName });
  }
  edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  return { edit: { edits } };
}

/** The edits renaming an ID where a document's body names it (its frontmatter is the tool's: document, client, created). */
export function renameInDocument(text: string, id: string, newName: string): TextEdit[] {
  return documentMentions(text, id).map((range) => ({ range, newText: newName }));
}

/** Why a word cannot be an invoice's ID, or undefined. */
export function nameRefusal(newName: string): string | undefined {
  if (isInvoiceId(newName)) return undefined;
  return `"${newName}" is not an invoice ID: use letters, digits, "-", "_" and ".", starting with a letter or a digit (e.g. INV-042)`;
}

function takenBy(other: InvoiceNames | undefined, names: InvoiceNames, newName: string): string | undefined {
  if (!other || other === names) return undefined;
  return `Invoice ${other.id} on line ${other.definition.start.line} already has the ID ${newName}: invoice IDs are unique in a record, ignoring case`;
}

/**
 * Why an entry would read differently with the ID words (at these 1-based columns) renamed:
 * the entry read again must be the same but for the renamed ID. Undefined when it is.
 */
function changedReading(client: ClientRecord, entry: LogEntry, columns: readonly number[], width: number, names: InvoiceNames, newName: string): string | undefined {
  const { line, column } = entry.range.start;
  let source = entry.source;
  for (const at of [...columns].sort((a, b) => b - a)) source = source.slice(0, at - column) + newName + source.slice(at - column + width);
  const again = parseEntry(source, line, column, client.currency);
  const renamed = (id: string | undefined) => (id !== undefined && id.toLowerCase() === names.id.toLowerCase() ? newName : id);
  if (Array.isArray(again) || reading(again, (id) => id) !== reading(entry, renamed)) {
    return `Renaming ${names.id} to ${newName} would change what line ${line} says ("${source}"): choose another name`;
  }
  return undefined;
}

/** What an entry says, but for the words that are not its grammar's (who, notes, free text); its IDs through `id`. */
function reading(entry: LogEntry, id: (value: string | undefined) => string | undefined): string {
  const fields = entry as LogEntry & Partial<{ direction: string; amount: Money; minutes: number; due: Day; until: Day; end: Day; id: string; invoiceId: string }>;
  const { kind, date, time, tags, direction, amount, minutes, due, until, end } = fields;
  return JSON.stringify([kind, date, time, tags.length, direction, amount?.minor, amount?.currency, minutes, due, until, end, id(fields.id), id(fields.invoiceId)]);
}
