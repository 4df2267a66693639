import { parseDay, type Day } from '../values/calendar-day';
import { parseWorkMinutes } from '../values/duration';
import { parseMoney, type Money } from '../values/money';
import { COMMUNICATION_KINDS, ENTRY_KINDS, type CommunicationKind, type EntryKind, type LogEntry, type SourceRange } from '../model';
import { closestWord } from './closest-word';

export type EntryParse = { ok: true; entry: LogEntry } | { ok: false; reason: string };

const DATE_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const TIME_SHAPE = /^(\d{1,2}):(\d{2})$/;
const INVOICE_ID = /^[A-Za-z0-9][\w.-]*$/;
const TAG = /^#[\w-]+$/;

interface Head {
  readonly date: Day;
  readonly time?: number;
  readonly kind: EntryKind;
  readonly words: readonly string[];
  readonly tags: readonly string[];
  readonly text: string;
}

/**
 * An entry as the engine keeps it: its place as three numbers, the range built only when a
 * finding asks for it (a ledger holds a million entries; few become findings).
 */
class ParsedEntry {
  constructor(
    readonly kind: EntryKind,
    readonly line: number,
    readonly column: number,
    readonly endColumn: number,
    readonly date: Day,
    readonly time: number | undefined,
    readonly tags: readonly string[],
    readonly text: string,
    readonly source: string,
  ) {}

  get range(): SourceRange {
    return { start: { line: this.line, column: this.column }, end: { line: this.line, column: this.endColumn } };
  }
}

/** Parses one log item, `DATE [HH:MM] KIND [WORDS...] [#tag...] [: free text]`, at a 1-based range on one line. */
export function parseEntry(source: string, range: SourceRange, currency: string): EntryParse {
  const head = parseHead(source);
  if (typeof head === 'string') return { ok: false, reason: head };
  const body = parseBody(head, currency);
  if (typeof body === 'string') return { ok: false, reason: body };
  const { start, end } = range;
  const entry = new ParsedEntry(head.kind, start.line, start.column, end.column, head.date, head.time, head.tags, head.text, source);
  for (const key in body) if (key !== 'kind') (entry as unknown as Record<string, unknown>)[key] = body[key];
  return { ok: true, entry: entry as unknown as LogEntry };
}

const NO_TAGS: readonly string[] = Object.freeze([]);

function parseHead(source: string): Head | string {
  const colon = freeTextStart(source);
  const text = colon === -1 ? '' : source.slice(colon + 1).trim();
  let tags: string[] | undefined;
  const words: string[] = [];
  for (const token of (colon === -1 ? source : source.slice(0, colon)).split(/\s+/)) {
    if (token === '') continue;
    if (token.charCodeAt(0) === 0x23 && TAG.test(token)) (tags ??= []).push(token.slice(1).toLowerCase());
    else words.push(token);
  }
  const dateText = words.shift();
  if (dateText === undefined) return 'Empty log entry: write "- YYYY-MM-DD kind ...", e.g. "- 2026-11-02 email to Jane"';
  if (!DATE_SHAPE.test(dateText)) return `A log entry starts with its date (YYYY-MM-DD), not "${dateText}"`;
  const date = parseDay(dateText);
  if (date === undefined) return `"${dateText}" is not a real date (YYYY-MM-DD)`;
  let time: number | undefined;
  const clock = words[0] === undefined ? null : TIME_SHAPE.exec(words[0]);
  if (clock) {
    words.shift();
    if (Number(clock[1]) > 23 || Number(clock[2]) > 59) return `"${clock[0]}" is not a time of day (HH:MM, 24-hour)`;
    time = Number(clock[1]) * 60 + Number(clock[2]);
  }
  const kindText = words.shift();
  if (kindText === undefined) return `No kind after the date: add one of ${ENTRY_KINDS.join(', ')}`;
  const kind = kindText.toLowerCase();
  if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
    const guess = closestWord(kind, ENTRY_KINDS);
    return `Unknown kind "${kindText}"${guess ? ` (did you mean ${guess}?)` : `: use one of ${ENTRY_KINDS.join(', ')}`}`;
  }
  return { date, time, kind: kind as EntryKind, words, tags: tags ?? NO_TAGS, text };
}

/** The index of the first `:` followed by a space or the end of the line, else -1. */
function freeTextStart(source: string): number {
  for (let index = source.indexOf(':'); index !== -1; index = source.indexOf(':', index + 1)) {
    const next = source.charCodeAt(index + 1);
    if (Number.isNaN(next) || next === 0x20 || next === 0x09) return index;
  }
  return -1;
}

type Body = Record<string, unknown> & { kind: EntryKind };

function parseBody(head: Head, currency: string): Body | string {
  const { kind, words } = head;
  if ((COMMUNICATION_KINDS as readonly string[]).includes(kind)) return communication(kind as CommunicationKind, words);
  switch (kind) {
    case 'invoice': return invoice(words, currency);
    case 'payment': return payment(words, currency);
    case 'deposit': return withAmount(kind, words.join(' '), currency, 'deposit AMOUNT, e.g. "deposit $500"');
    case 'work': return work(words);
    case 'request': return { kind, who: afterWord(words, 'from') };
    case 'feedback': return feedback(words);
    case 'hold': return hold(words);
    case 'notice': return notice(words);
    default: return { kind };
  }
}

function communication(kind: CommunicationKind, words: readonly string[]): Body | string {
  const direction = words[0]?.toLowerCase();
  if (direction !== 'to' && direction !== 'from' && direction !== 'with') {
    return `"${kind}" needs a direction: ${kind} to|from|with WHO (to = you reached out, from = the client did)`;
  }
  return { kind, direction, who: joinWords(words.slice(1)) };
}

function invoice(words: readonly string[], currency: string): Body | string {
  const usage = 'invoice ID AMOUNT [due YYYY-MM-DD], e.g. "invoice INV-042 $450 due 2026-10-15"';
  const [id, ...rest] = words;
  if (id === undefined || !INVOICE_ID.test(id) || rest.length === 0) return `An invoice needs an ID and an amount: ${usage}`;
  const dueAt = rest.findIndex((word) => word.toLowerCase() === 'due');
  const amountWords = dueAt === -1 ? rest : rest.slice(0, dueAt);
  let due: Day | undefined;
  if (dueAt !== -1) {
    const dueWords = rest.slice(dueAt + 1);
    due = dueWords.length === 1 ? parseDay(dueWords[0]) : undefined;
    if (due === undefined) return `"due" must be followed by a date YYYY-MM-DD: ${usage}`;
  }
  const amount = withAmount('invoice', amountWords.join(' '), currency, usage);
  return typeof amount === 'string' ? amount : { ...amount, id, due };
}

function payment(words: readonly string[], currency: string): Body | string {
  const usage = 'payment [INVOICE-ID] AMOUNT, e.g. "payment INV-042 $200"';
  if (words.length === 0) return `A payment needs an amount: ${usage}`;
  const whole = parseMoney(words.join(' '), currency);
  if (whole.ok) return { kind: 'payment', amount: whole.money };
  const [id, ...rest] = words;
  if (!INVOICE_ID.test(id) || rest.length === 0) return `Bad payment: ${whole.reason}; write ${usage}`;
  const amount = withAmount('payment', rest.join(' '), currency, usage);
  return typeof amount === 'string' ? amount : { ...amount, invoiceId: id };
}

function withAmount(kind: EntryKind, text: string, currency: string, usage: string): Body | string {
  if (text === '') return `Missing amount: ${usage}`;
  const parsed = parseMoney(text, currency);
  return parsed.ok ? { kind, amount: parsed.money as Money } : `Bad amount: ${parsed.reason}`;
}

function work(words: readonly string[]): Body | string {
  const minutes = parseWorkMinutes(words.join(''));
  if (minutes === undefined || minutes === 0) {
    return `"work" needs the time worked, e.g. "work 2.5h", "work 1h30m" or "work 45m"${words.length ? `, not "${words.join(' ')}"` : ''}`;
  }
  return { kind: 'work', minutes };
}

function feedback(words: readonly string[]): Body | string {
  const direction = words[0]?.toLowerCase();
  if (direction !== 'from' && direction !== 'to') return '"feedback" needs a direction: feedback from|to WHO';
  return { kind: 'feedback', direction, who: joinWords(words.slice(1)) };
}

function hold(words: readonly string[]): Body | string {
  if (words.length === 0) return { kind: 'hold' };
  const until = words[0].toLowerCase() === 'until' && words.length === 2 ? parseDay(words[1]) : undefined;
  if (until === undefined) return '"hold" takes an optional end: hold until YYYY-MM-DD';
  return { kind: 'hold', until };
}

function notice(words: readonly string[]): Body | string {
  const usage = 'notice to WHO [end YYYY-MM-DD]';
  if (words[0]?.toLowerCase() !== 'to') return `"notice" needs who it was given to: ${usage}`;
  const endAt = words.findIndex((word) => word.toLowerCase() === 'end');
  if (endAt === -1) return { kind: 'notice', who: joinWords(words.slice(1)) };
  const end = words.length === endAt + 2 ? parseDay(words[endAt + 1]) : undefined;
  if (end === undefined) return `"end" must be followed by a date: ${usage}`;
  return { kind: 'notice', who: joinWords(words.slice(1, endAt)), end };
}

function afterWord(words: readonly string[], marker: string): string | undefined {
  return words[0]?.toLowerCase() === marker ? joinWords(words.slice(1)) : undefined;
}

function joinWords(words: readonly string[]): string | undefined {
  return words.length > 0 ? words.join(' ') : undefined;
}
