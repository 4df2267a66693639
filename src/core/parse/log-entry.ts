import { parseDay, type Day } from '../values/calendar-day';
import { parseWorkMinutes } from '../values/duration';
import { parseMoney, readMoney, type Money } from '../values/money';
import { COMMUNICATION_KINDS, ENTRY_KINDS, type EntryKind, type LogEntry, type ProblemFix, type ReadProblem, type SourceRange } from '../model';
import { closestWord } from './closest-word';
import { headWords } from './head-words';
import { replaceFix } from './problem-fixes';
import { lineRange } from './source-text';

const DATE_SHAPE = /^\d{4}-\d{1,2}-\d{1,2}$/;
const INVOICE_ID = /^[A-Za-z0-9][\w.-]*$/;
/** Each kind's one string, so a million entries share a string each rather than hold a copy each. */
const KINDS: ReadonlyMap<string, EntryKind> = new Map(ENTRY_KINDS.map((kind) => [kind, kind]));
const COMMUNICATION: ReadonlySet<string> = new Set(COMMUNICATION_KINDS);
const DIRECTIONS: ReadonlyMap<string, 'to' | 'from' | 'with'> = new Map([['to', 'to'], ['from', 'from'], ['with', 'with']]);

/**
 * An entry as the engine keeps it, one shape for every kind so that the rules' property reads
 * stay monomorphic, and as few fields as that allows (a ledger holds a million entries). The
 * range, the free text and `who` are computed when asked for, from the line kept as `source`.
 */
class ParsedEntry {
  direction: 'to' | 'from' | 'with' | undefined = undefined;
  amount: Money | undefined = undefined;
  /** The invoice's ID, or the invoice a payment names. */
  ref: string | undefined = undefined;
  /** The invoice's due day, the end of a hold or of a notice period. */
  day: Day | undefined = undefined;
  minutes: number | undefined = undefined;

  constructor(
    readonly kind: EntryKind,
    readonly line: number,
    readonly column: number,
    readonly date: Day,
    readonly time: number | undefined,
    readonly tags: readonly string[],
    readonly source: string,
  ) {}

  get id(): string | undefined {
    return this.kind === 'invoice' ? this.ref : undefined;
  }

  get invoiceId(): string | undefined {
    return this.kind === 'payment' || this.kind === 'late-fee' ? this.ref : undefined;
  }

  get due(): Day | undefined {
    return this.kind === 'invoice' ? this.day : undefined;
  }

  get until(): Day | undefined {
    return this.kind === 'hold' ? this.day : undefined;
  }

  get end(): Day | undefined {
    return this.kind === 'notice' ? this.day : undefined;
  }

  get range(): SourceRange {
    return { start: { line: this.line, column: this.column }, end: { line: this.line, column: this.column + this.source.length } };
  }

  /** Everything after the first `: `. */
  get text(): string {
    const colon = freeTextStart(this.source);
    return colon === -1 ? '' : this.source.slice(colon + 1).trim();
  }

  get who(): string | undefined {
    const colon = freeTextStart(this.source);
    const { words } = headWords(this.source, colon === -1 ? this.source.length : colon);
    return whoOf(this.kind, words.slice(this.time === undefined ? 2 : 3));
  }
}

/**
 * Parses one log item, `DATE [HH:MM] KIND [WORDS...] [#tag...] [: free text]`, written at a 1-based
 * line and column. The entry, or every problem of the item.
 */
export function parseEntry(source: string, line: number, column: number, currency: string): LogEntry | ReadProblem[] {
  const colon = freeTextStart(source);
  const { words, tags } = headWords(source, colon === -1 ? source.length : colon);
  const date = words.length === 0 ? undefined : parseDay(words[0]);
  let next = 1;
  const time = next < words.length ? clockMinutes(words[next]) : undefined;
  if (time !== undefined) next++;
  const kind = next < words.length ? KINDS.get(words[next]) ?? KINDS.get(words[next].toLowerCase()) : undefined;
  if (date === undefined || time === -1 || kind === undefined) return headProblems(source, line, column, currency);
  const entry = new ParsedEntry(kind, line, column, date, time, tags, source);
  const problem = readBody(entry, words, next + 1, currency);
  return problem === undefined ? (entry as unknown as LogEntry) : [malformed(source, line, column, problem)];
}

/**
 * Every problem of an item whose date, time or kind does not read (the error path, so it reads
 * the words again): a bad date does not hide an unknown kind, nor a known kind's bad words.
 */
function headProblems(source: string, line: number, column: number, currency: string): ReadProblem[] {
  const colon = freeTextStart(source);
  const starts: number[] = [];
  const { words, tags } = headWords(source, colon === -1 ? source.length : colon, starts);
  const problem = (message: string, fixes?: ProblemFix[]) => malformed(source, line, column, message, fixes);
  if (words.length === 0) return [problem('Empty log entry: write "- YYYY-MM-DD kind ...", e.g. "- 2026-11-02 email to Jane"')];
  if (!DATE_SHAPE.test(words[0])) return [problem(`A log entry starts with its date (YYYY-MM-DD), not "${words[0]}"`)];
  const problems: ReadProblem[] = [];
  if (parseDay(words[0]) === undefined) problems.push(problem(`"${words[0]}" is not a real date (YYYY-MM-DD)`));
  let next = 1;
  const time = next < words.length ? clockMinutes(words[next]) : undefined;
  if (time !== undefined) {
    if (time < 0) problems.push(problem(`"${words[next]}" is not a time of day (HH:MM, 24-hour)`));
    next++;
  }
  if (next === words.length) return [...problems, problem(`No kind after the date: add one of ${ENTRY_KINDS.join(', ')}`)];
  const kind = KINDS.get(words[next].toLowerCase());
  if (kind === undefined) {
    const at = column - 1 + starts[next];
    return [...problems, unknownKind(words[next], lineRange(line - 1, at, at + words[next].length), problem)];
  }
  const body = readBody(new ParsedEntry(kind, line, column, 0 as Day, undefined, tags, source), words, next + 1, currency);
  return body === undefined ? problems : [...problems, problem(body)];
}

/** "did you mean email?", with the replacement of the word (at `where`) as its fix. */
function unknownKind(word: string, where: SourceRange, problem: (message: string, fixes?: ProblemFix[]) => ReadProblem): ReadProblem {
  const guess = closestWord(word.toLowerCase(), ENTRY_KINDS);
  if (!guess) return problem(`Unknown kind "${word}": use one of ${ENTRY_KINDS.join(', ')}`);
  return problem(`Unknown kind "${word}" (did you mean ${guess}?)`, [replaceFix(where, word, guess)]);
}

/** An entry-malformed problem on the whole item. */
function malformed(source: string, line: number, column: number, message: string, fixes?: ProblemFix[]): ReadProblem {
  const range = lineRange(line - 1, column - 1, column - 1 + source.length);
  return fixes ? { rule: 'entry-malformed', range, message, fixes } : { rule: 'entry-malformed', range, message };
}

/** Minutes since midnight of `H:MM` or `HH:MM`; -1 for a clock-shaped word that is no time; undefined for any other word. */
function clockMinutes(word: string): number | undefined {
  const colon = word.length - 3;
  if ((colon !== 1 && colon !== 2) || word.charCodeAt(colon) !== 0x3a) return undefined;
  let hours = 0;
  for (let index = 0; index < colon; index++) {
    const digit = word.charCodeAt(index) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    hours = hours * 10 + digit;
  }
  const tens = word.charCodeAt(colon + 1) - 0x30;
  const ones = word.charCodeAt(colon + 2) - 0x30;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return undefined;
  const minutes = tens * 10 + ones;
  return hours > 23 || minutes > 59 ? -1 : hours * 60 + minutes;
}

/** The index of the first `:` followed by a space or the end of the line, else -1. */
export function freeTextStart(source: string): number {
  for (let index = source.indexOf(':'); index !== -1; index = source.indexOf(':', index + 1)) {
    const next = source.charCodeAt(index + 1);
    if (Number.isNaN(next) || next === 0x20 || next === 0x09) return index;
  }
  return -1;
}

/** Reads the words after the kind into the entry; a reason if they do not fit the kind. */
function readBody(entry: ParsedEntry, words: readonly string[], from: number, currency: string): string | undefined {
  const { kind } = entry;
  if (COMMUNICATION.has(kind)) return communication(entry, words[from]);
  switch (kind) {
    case 'invoice': return invoice(entry, words, from, currency);
    case 'payment': return payment(entry, words, from, currency);
    case 'late-fee': return lateFee(entry, words, from, currency);
    case 'deposit': return amountOf(entry, words, from, words.length, currency, 'deposit AMOUNT, e.g. "deposit $500"');
    case 'work': return work(entry, words.slice(from));
    case 'feedback': return feedback(entry, words[from]);
    case 'hold': return hold(entry, words.slice(from));
    case 'notice': return notice(entry, words.slice(from));
    default: return undefined;
  }
}

function communication(entry: ParsedEntry, first: string | undefined): string | undefined {
  entry.direction = first === undefined ? undefined : DIRECTIONS.get(first) ?? DIRECTIONS.get(first.toLowerCase());
  if (entry.direction === undefined) return `"${entry.kind}" needs a direction: ${entry.kind} to|from|with WHO (to = you reached out, from = the client did)`;
  return undefined;
}

function invoice(entry: ParsedEntry, words: readonly string[], from: number, currency: string): string | undefined {
  const usage = 'invoice ID AMOUNT [due YYYY-MM-DD], e.g. "invoice INV-042 $450 due 2026-10-15"';
  const id = words[from];
  if (id === undefined || !INVOICE_ID.test(id) || from + 1 === words.length) return `An invoice needs an ID and an amount: ${usage}`;
  let dueAt = from + 1;
  while (dueAt < words.length && !isWord(words[dueAt], 'due')) dueAt++;
  if (dueAt < words.length) {
    entry.day = dueAt === words.length - 2 ? parseDay(words[dueAt + 1]) : undefined;
    if (entry.day === undefined) return `"due" must be followed by a date YYYY-MM-DD: ${usage}`;
  }
  entry.ref = id;
  return amountOf(entry, words, from + 1, dueAt, currency, usage);
}

function payment(entry: ParsedEntry, words: readonly string[], from: number, currency: string): string | undefined {
  const usage = 'payment [INVOICE-ID] AMOUNT, e.g. "payment INV-042 $200"';
  if (from === words.length) return `A payment needs an amount: ${usage}`;
  const id = words[from];
  // `payment CHF 12.00 CHF` pays invoice CHF: three words or more that read as an amount whole
  // name its currency twice, so the first is the ID when the rest is an amount on its own.
  const whole = moneyOf(words, from, words.length, currency);
  const named = words.length - from >= 3 && INVOICE_ID.test(id) ? moneyOf(words, from + 1, words.length, currency) : undefined;
  if (whole !== undefined && named === undefined) {
    entry.amount = whole;
    return undefined;
  }
  if (!INVOICE_ID.test(id) || from + 1 === words.length) {
    const reason = parseMoney(words.slice(from).join(' '), currency);
    return `Bad payment: ${reason.ok ? '' : reason.reason}; write ${usage}`;
  }
  entry.ref = id;
  return amountOf(entry, words, from + 1, words.length, currency, usage);
}

function lateFee(entry: ParsedEntry, words: readonly string[], from: number, currency: string): string | undefined {
  const usage = 'late-fee INVOICE-ID AMOUNT, e.g. "late-fee INV-042 $18.75"';
  if (words[from] === undefined || !INVOICE_ID.test(words[from]) || from + 1 === words.length) {
    return `A late fee needs the invoice's ID and an amount: ${usage}`;
  }
  entry.ref = words[from];
  return amountOf(entry, words, from + 1, words.length, currency, usage);
}

/** Sets the entry's amount from words[from..to); a reason if they are no amount. */
function amountOf(entry: ParsedEntry, words: readonly string[], from: number, to: number, currency: string, usage: string): string | undefined {
  if (from === to) return `Missing amount: ${usage}`;
  entry.amount = moneyOf(words, from, to, currency);
  if (entry.amount !== undefined) return undefined;
  const parsed = parseMoney(words.slice(from, to).join(' '), currency);
  return `Bad amount: ${parsed.ok ? '' : parsed.reason}`;
}

function moneyOf(words: readonly string[], from: number, to: number, currency: string): Money | undefined {
  return readMoney(to === from + 1 ? words[from] : words.slice(from, to).join(' '), currency);
}

function work(entry: ParsedEntry, words: readonly string[]): string | undefined {
  const minutes = parseWorkMinutes(words.join(''));
  if (minutes === undefined || minutes === 0) {
    return `"work" needs the time worked, e.g. "work 2.5h", "work 1h30m" or "work 45m"${words.length ? `, not "${words.join(' ')}"` : ''}`;
  }
  entry.minutes = minutes;
  return undefined;
}

function feedback(entry: ParsedEntry, first: string | undefined): string | undefined {
  entry.direction = first === undefined ? undefined : DIRECTIONS.get(first) ?? DIRECTIONS.get(first.toLowerCase());
  if (entry.direction === undefined || entry.direction === 'with') return '"feedback" needs a direction: feedback from|to WHO';
  return undefined;
}

function hold(entry: ParsedEntry, words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  entry.day = isWord(words[0], 'until') && words.length === 2 ? parseDay(words[1]) : undefined;
  return entry.day === undefined ? '"hold" takes an optional end: hold until YYYY-MM-DD' : undefined;
}

function notice(entry: ParsedEntry, words: readonly string[]): string | undefined {
  const usage = 'notice to WHO [end YYYY-MM-DD]';
  if (words.length === 0 || !isWord(words[0], 'to')) return `"notice" needs who it was given to: ${usage}`;
  const endAt = words.findIndex((word) => isWord(word, 'end'));
  if (endAt === -1) return undefined;
  entry.day = words.length === endAt + 2 ? parseDay(words[endAt + 1]) : undefined;
  return entry.day === undefined ? `"end" must be followed by a date: ${usage}` : undefined;
}

/** Who the entry names: the words after its direction (`email to Jane`), `request from WHO`, `notice to WHO [end ...]`. */
function whoOf(kind: EntryKind, words: readonly string[]): string | undefined {
  if (COMMUNICATION.has(kind) || kind === 'feedback') return joinWords(words.slice(1));
  if (kind === 'request') return words.length > 0 && isWord(words[0], 'from') ? joinWords(words.slice(1)) : undefined;
  if (kind === 'notice') {
    const endAt = words.findIndex((word) => isWord(word, 'end'));
    return joinWords(words.slice(1, endAt === -1 ? words.length : endAt));
  }
  return undefined;
}

function isWord(word: string, lowerCase: string): boolean {
  return word.length === lowerCase.length && (word === lowerCase || word.toLowerCase() === lowerCase);
}

function joinWords(words: readonly string[]): string | undefined {
  return words.length > 0 ? words.join(' ') : undefined;
}
