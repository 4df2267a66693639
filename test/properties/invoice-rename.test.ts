/**
 * Property tests ("Never lose a line"): renaming an invoice ID keeps every line that is not a log
 * entry's first line byte for byte (prose and sections naming the ID, nested notes, code fences,
 * line ends, a byte-order mark), changes each entry's line exactly where the ID stands as a word
 * (the word rule, written here as the regular expression the agenda used), and the record reads
 * again as the same entries with the ID replaced. A refusal always has its reason. Runs and seed:
 * see arbitraries.ts.
 */
import fc from 'fast-check';
import { applyEdits } from '../../src/core/edits/text-edit';
import { parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord, LogEntry } from '../../src/core/model';
import { invoiceMentions } from '../../src/core/navigation/invoice-mentions';
import { renameInvoice } from '../../src/core/navigation/invoice-rename';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { isInvoiceId } from '../../src/core/parse/log-entry';
import { HANG_GUARD_MS } from '../helpers/budget';
import { amountText, claim, closeDayText, entrySpec, holds, INVOICE_IDS, validRecord } from './arbitraries';

/** How an ID may be written in an entry: as a word (the first five) or inside a longer word (the rest). */
const FORMS: readonly ((id: string) => string)[] = [
  (id) => id, (id) => id.toLowerCase(), (id) => `(${id})`, (id) => `${id}.`, (id) => `${id},`,
  (id) => `x${id}`, (id) => `${id}-2`, (id) => `${id}0`, (id) => `_${id}`,
];
const HEADS = ['email to Jane', 'call to Tom', 'email from Jane', 'note', 'request from Dana', 'issue', 'letter to Lee', 'meeting with Jo'];

/** An entry whose words or free text write an ID, as a word or not, sometimes as a tag. */
const mentionEntry = fc.record({
  date: closeDayText,
  head: fc.constantFrom(...HEADS),
  ids: fc.array(fc.tuple(fc.constantFrom(...INVOICE_IDS), fc.nat({ max: FORMS.length - 1 })), { minLength: 1, maxLength: 3 }),
  where: fc.constantFrom('free text', 'words', 'tag'),
}).map(({ date, head, ids, where }) => {
  const written = ids.map(([id, form]) => FORMS[form](id)).join(' and ');
  if (where === 'tag') return `${date} ${head} #${ids[0][0]}: about ${written}`;
  return where === 'words' ? `${date} ${head} re ${written}` : `${date} ${head}: about ${written}`;
});

/** An invoice, a payment or a late fee of one of the IDs, in any case. */
const moneyEntry = fc.tuple(closeDayText, fc.constantFrom('invoice', 'invoice', 'payment', 'late-fee'), fc.constantFrom(...INVOICE_IDS), fc.boolean(), amountText)
  .map(([date, kind, id, lower, amount]) => `${date} ${kind} ${lower ? id.toLowerCase() : id} ${amount}`);

const logItem = fc.record({
  entry: fc.oneof(entrySpec(closeDayText).map((spec) => spec.text), mentionEntry, moneyEntry),
  marker: fc.constantFrom('-', '-', '*'),
  notes: fc.constantFrom<string[]>([], [], ['  - a nested note on INV-1 and A.1'], ['  continued: x9 and INV-2']),
  fence: fc.constantFrom(false, false, false, true),
});

/** A record whose log names its invoices in many ways, with the IDs also in prose, notes and a fence outside any entry. */
const namingRecord = fc.record({
  invoices: fc.subarray([...INVOICE_IDS], { minLength: 1 }),
  items: fc.array(logItem, { minLength: 1, maxLength: 10 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
}).map(({ invoices, items, eol, bom, finalNewline }) => {
  const lines = ['---', 'client: Acme', 'currency: EUR  # INV-1 in a comment', '---', '', '# Acme', '', 'Prose naming INV-1, A.1 and x9.', '', '## Log', ''];
  invoices.forEach((id, index) => lines.push(`- 2026-10-0${index + 1} invoice ${id} $100`));
  items.forEach((item, index) => {
    if (item.fence && index > 0) lines.push('', '```', `- 2026-11-01 payment INV-1 $5: in a fence`, '```', '');
    lines.push(`${item.marker} ${item.entry}`, ...item.notes);
  });
  lines.push('', '## After', '', 'INV-1 after the log.');
  return (bom ? '\ufeff' : '') + lines.join(eol) + (finalNewline ? eol : '');
});

const NEW_NAMES = ['NEW-1', 'Z_9', 'n.2', 'INV-2', 'inv-1', 'x9', 'A.1', 'EUR', 'bad name', '-x', ''];

function parse(text: string): ClientRecord {
  const parsed = parseLedgerText('clients/acme.md', text, parseOptions());
  claim(parsed.type === 'client', () => `not a client record: ${text}`);
  return parsed;
}

/** The text with the ID replaced, as a word in any case, on each entry's first line from its date on; every other line as it was. */
function expectedText(text: string, client: ClientRecord, id: string, newName: string): string {
  const word = idWord(id);
  const starts = new Map(client.entries.map((entry) => [entry.range.start.line, entry.range.start.column]));
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const parts = text.slice(bom.length).split(/(\r\n|\r|\n)/);
  for (let index = 0; index < parts.length; index += 2) {
    const column = starts.get(index / 2 + 1);
    if (column !== undefined) parts[index] = parts[index].slice(0, column - 1) + parts[index].slice(column - 1).replace(word, newName);
  }
  return bom + parts.join('');
}

/** The ID as a word in any case: the regular expression the agenda used. */
function idWord(id: string): RegExp {
  return new RegExp(`(?<![\\w-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`, 'gi');
}

function renaming(id: string, newName: string): (value: string | undefined) => string | undefined {
  return (value) => value?.replace(idWord(id), newName);
}

/** An entry as it reads, its IDs and words through `rename`. */
function reading(entry: LogEntry, rename: (text: string | undefined) => string | undefined): string {
  const fields = entry as LogEntry & Partial<{ direction: string; amount: { minor: number; currency: string }; minutes: number; id: string; invoiceId: string; who: string }>;
  return JSON.stringify([fields.kind, fields.date, fields.time, fields.tags.map((tag) => rename(tag)?.toLowerCase()), fields.direction, fields.amount?.minor, fields.amount?.currency, fields.minutes,
    rename(fields.id), rename(fields.invoiceId), rename(fields.who), rename(fields.text), rename(fields.source)]);
}

function checkRename(text: string, pick: number, newName: string): void {
  const client = parse(text);
  const ids = [...invoiceMentions(client).invoices.values()];
  if (ids.length === 0) return;
  const names = ids[pick % ids.length];
  const result = renameInvoice(client, names.id, newName);
  if ('refused' in result) {
    const reason = result.refused;
    if (!isInvoiceId(newName)) claim(/is not an invoice ID/.test(reason), () => `refusal for ${JSON.stringify(newName)}: ${reason}`);
    else if (ids.some((other) => other !== names && other.id.toLowerCase() === newName.toLowerCase())) claim(/already has the ID/.test(reason), () => reason);
    else {
      // Only a name that makes an entry read as something else may be refused (a currency, a tag
      // made or unmade): the text renamed by the regular expression must read differently there.
      const line = Number(/would change what line (\d+) says/.exec(reason)?.[1]);
      claim(line > 0, () => reason);
      const renamedText = expectedText(text, client, names.id, newName);
      const entryAt = (record: ClientRecord) => record.entries.find((entry) => entry.range.start.line === line);
      const was = entryAt(client)!;
      const now = entryAt(parse(renamedText));
      claim(now === undefined || reading(now, (value) => value) !== reading(was, renaming(names.id, newName)), () => `${names.id} -> ${newName} refused, yet line ${line} reads the same: ${reason}`);
    }
    return;
  }
  const after = applyEdits(text, result.edit.edits);
  const expected = expectedText(text, client, names.id, newName);
  claim(after === expected, () => `${names.id} -> ${newName}\n--- got\n${after}\n--- expected\n${expected}`);
  const before = client.entries.map((entry) => reading(entry, renaming(names.id, newName)));
  const again = parse(after).entries.map((entry) => reading(entry, (value) => value));
  claim(JSON.stringify(again) === JSON.stringify(before), () => `${names.id} -> ${newName}: the entries read differently\n${before.join('\n')}\n---\n${again.join('\n')}`);
}

describe('property: renaming an invoice ID keeps every other line and reads as the same entries', function () {
  this.timeout(HANG_GUARD_MS);

  it('on records naming their invoices in prose, notes, fences, tags, words and free text', () => {
    holds(fc.property(namingRecord, fc.nat(), fc.constantFrom(...NEW_NAMES), (text, pick, newName) => checkRename(text, pick, newName)));
  });

  it('on any valid record', () => {
    holds(fc.property(validRecord({ maxItems: 8 }), fc.nat(), fc.constantFrom(...NEW_NAMES), (record, pick, newName) => checkRename(record.text, pick, newName)));
  });
});
