import type { ClientRecord, InvoiceEntry, LogEntry, SourcePosition, SourceRange } from '../model';
import { COMMUNICATION_KINDS } from '../model';
import { isAttempt } from '../derive/contact-history';
import { splitFrontmatter } from '../parse/frontmatter-block';
import { headWords } from '../parse/head-words';
import { freeTextStart } from '../parse/log-entry';
import { splitLines } from '../parse/source-text';
import { forEachIdWord, idOccurrences, idWordSet, type IdWordSet } from './id-words';

/**
 * What an entry that names an invoice does with it: pays it, charges a late fee on it, reminds
 * the client of it (an outgoing message), repeats its ID on a later invoice entry (a duplicate),
 * or just names it (a note, a message from the client, another invoice's free text).
 */
export type MentionRole = 'payment' | 'late-fee' | 'reminder' | 'duplicate' | 'other';

export interface InvoiceMention {
  readonly role: MentionRole;
  /** The ID word as written, on the entry's first line. */
  readonly range: SourceRange;
  readonly entry: LogEntry;
}

/** Where a record names one invoice: its definition and every mention, in file order. */
export interface InvoiceNames {
  /** As the invoice entry writes it. */
  readonly id: string;
  /** The first invoice entry with the ID (matched without case, as the account matches payments). */
  readonly invoice: InvoiceEntry;
  /** The ID word on that entry. */
  readonly definition: SourceRange;
  readonly mentions: readonly InvoiceMention[];
}

/** An ID word under a position: the invoice, and the word's range (its definition or a mention). */
export interface InvoiceWord {
  readonly names: InvoiceNames;
  readonly range: SourceRange;
  /** The mention, when the word is not the definition. */
  readonly mention?: InvoiceMention;
}

export interface InvoiceMentions {
  /** By lower-case ID, in the order of their invoice entries. */
  readonly invoices: ReadonlyMap<string, InvoiceNames>;
  /** The IDs as a word set, to find them in other text (a document about the client). */
  readonly words: IdWordSet<InvoiceNames>;
  /** An invoice by its ID, in any case. */
  of(id: string): InvoiceNames | undefined;
  /** The ID word at a 1-based position, touching its start or end. */
  at(position: SourcePosition): InvoiceWord | undefined;
}

/**
 * Every invoice of a record with where it is named: the ID word of its first invoice entry (the
 * definition), of the `payment` and `late-fee` entries that name it, of later invoice entries
 * that repeat it, and of any other entry whose words name it by the word rule of `id-words.ts`.
 * Only an entry's first line is read, and not the words its kind gives a meaning to (the date,
 * time, kind and direction, amounts, durations, `due`/`until`/`end` and their dates): `to` or
 * `2026-11-02`, valid IDs both, are never read as a mention (so a rename cannot touch them).
 *
 * Linear in the record: one pass collects the invoices, a second cuts each entry into words once
 * and looks them up in a map of the IDs.
 */
export function invoiceMentions(client: ClientRecord): InvoiceMentions {
  if (client === lastClient && lastMentions) return lastMentions;
  lastMentions = computeMentions(client);
  lastClient = client;
  return lastMentions;
}

/** The places a document's body (after its frontmatter) names an ID, 1-based. */
export function documentMentions(text: string, id: string): SourceRange[] {
  return idOccurrences(text, id, bodyStart(text));
}

/** The 1-based line where a document's body starts: after the frontmatter's closing `---`, else 1. */
export function bodyStart(text: string): number {
  const split = splitFrontmatter(splitLines(text));
  return split.kind === 'yaml' ? split.block.end + 2 : 1;
}

// One slot: the providers ask for the same record several times in a row (a rename: prepare, then edits).
let lastClient: ClientRecord | undefined;
let lastMentions: InvoiceMentions | undefined;

/** An invoice's names while the log is read: its definition is set when its entry is. */
interface Named extends InvoiceNames {
  definition: SourceRange;
  readonly mentions: InvoiceMention[];
}

/** A word naming an invoice, for `at`: its line and columns (1-based, end exclusive). */
interface Placed {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly names: Named;
  readonly mention?: InvoiceMention;
}

function computeMentions(client: ClientRecord): InvoiceMentions {
  const invoices = new Map<string, Named>();
  for (const entry of client.entries) {
    if (entry.kind !== 'invoice') continue;
    const key = entry.id.toLowerCase();
    if (!invoices.has(key)) invoices.set(key, { id: entry.id, invoice: entry, definition: entry.range, mentions: [] });
  }
  const words = idWordSet(invoices);
  const placed: Placed[] = [];
  if (invoices.size > 0) {
    for (const entry of client.entries) {
      const { line, column } = entry.range.start;
      readEntry(entry, words, (start, end, names, slot) => {
        const range: SourceRange = { start: { line, column: column + start }, end: { line, column: column + end } };
        if (slot && entry === names.invoice) {
          names.definition = range;
          placed.push({ line, start: column + start, end: column + end, names });
          return;
        }
        const mention: InvoiceMention = { role: slot ? slotRole(entry) : isAttempt(entry) ? 'reminder' : 'other', range, entry };
        names.mentions.push(mention);
        placed.push({ line, start: column + start, end: column + end, names, mention });
      });
    }
  }
  let byLine: Map<number, Placed[]> | undefined;
  return {
    invoices,
    words,
    of: (id) => invoices.get(id.toLowerCase()),
    at: (position) => {
      byLine ??= linesOf(placed);
      const word = byLine.get(position.line)?.find((item) => item.start <= position.column && position.column <= item.end);
      if (!word) return undefined;
      return word.mention ? { names: word.names, range: word.mention.range, mention: word.mention } : { names: word.names, range: word.names.definition };
    },
  };
}

/** The placed words by line, built when a position is first asked for (the agenda never asks). */
function linesOf(placed: readonly Placed[]): Map<number, Placed[]> {
  const byLine = new Map<number, Placed[]>();
  for (const word of placed) {
    const list = byLine.get(word.line);
    if (list) list.push(word);
    else byLine.set(word.line, [word]);
  }
  return byLine;
}

function slotRole(entry: LogEntry): MentionRole {
  return entry.kind === 'payment' ? 'payment' : entry.kind === 'late-fee' ? 'late-fee' : 'duplicate';
}

const COMMUNICATION: ReadonlySet<string> = new Set(COMMUNICATION_KINDS);

/**
 * Reads an entry's first line once, in text order, and reports each word naming an ID: the ID
 * slot of an invoice, payment or late fee (the whole word, `slot` set), and the IDs named in the
 * tags, in the words that carry no meaning for the kind (who, a note's words) and in the free text.
 */
function readEntry<T>(entry: LogEntry, set: IdWordSet<T>, found: (start: number, end: number, value: T, slot: boolean) => void): void {
  const { source } = entry;
  const colon = freeTextStart(source);
  const starts: number[] = [];
  const tagStarts: number[] = [];
  const { words, tags } = headWords(source, colon === -1 ? source.length : colon, starts, tagStarts);
  const free = (start: number, end: number) => forEachIdWord(source, start, end, set, (from, to, value) => found(from, to, value, false));
  let tag = 0;
  const tagsBefore = (offset: number) => {
    for (; tag < tagStarts.length && tagStarts[tag] < offset; tag++) free(tagStarts[tag], tagStarts[tag] + tags[tag].length + 1);
  };
  const kindAt = entry.time === undefined ? 1 : 2;
  let ended = false;
  for (let position = kindAt + 1; position < words.length; position++) {
    const start = starts[position];
    tagsBefore(start);
    if (position === kindAt + 1 && hasSlot(entry)) {
      const value = set.byKey.get(words[position].toLowerCase());
      if (value !== undefined) found(start, start + words[position].length, value, true);
      continue;
    }
    const after = position - kindAt;
    if (entry.kind !== 'notice' && isFreeWord(entry, after, words[position])) {
      free(start, source.length); // every word from here on is free, the tags and the free text after them too
      return;
    }
    ended ||= entry.kind === 'notice' && after > 1 && isWord(words[position], 'end');
    if (!ended && isFreeWord(entry, after, words[position])) free(start, start + words[position].length);
  }
  tagsBefore(source.length);
  if (colon !== -1) free(colon + 1, source.length);
}

/** The kinds whose first word after the kind is an invoice's ID. */
function hasSlot(entry: LogEntry): boolean {
  return entry.kind === 'invoice' || entry.kind === 'late-fee' || (entry.kind === 'payment' && entry.invoiceId !== undefined);
}

/**
 * Whether the word `after` words past the kind carries no meaning for the kind: who, or a note's
 * words. Past the kind's own words every word is free, but for a notice's `end DATE`.
 */
function isFreeWord(entry: LogEntry, after: number, word: string): boolean {
  if (COMMUNICATION.has(entry.kind) || entry.kind === 'feedback' || entry.kind === 'notice') return after > 1;
  if (entry.kind === 'request') return after > 1 || !isWord(word, 'from');
  return entry.kind === 'issue' || entry.kind === 'note' || entry.kind === 'resume';
}

function isWord(word: string, lowerCase: string): boolean {
  return word.length === lowerCase.length && word.toLowerCase() === lowerCase;
}
