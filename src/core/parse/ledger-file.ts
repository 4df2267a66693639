import type { ClientRecord, DocumentRecord, DocumentStep, LedgerFile, LogEntry, ReadProblem } from '../model';
import { parseDay } from '../values/calendar-day';
import { fileNameStart } from '../values/file-path';
import { scanBlocks } from '../markdown/scan-blocks';
import type { BlockOutline } from '../markdown/block-outline';
import { CLIENT_KEYS, FieldReader } from './client-fields';
import { readAroundConflicts } from './conflict-problems';
import { looksLikeClientRecord, splitFrontmatter } from './frontmatter-block';
import { parseEntry } from './log-entry';
import { decodeLedgerBytes, detachedLines, FILE_START, splitLines } from './source-text';
import { readYamlFields } from './yaml-fields';
import { CompactClient, type RecentParses } from './compact-record';

export interface ParseOptions {
  /** Currency of records without `currency` (setting clientLedger.currency). */
  readonly currency: string;
  /** Rule ids a `snooze` map may name. */
  readonly ruleIds: readonly string[];
  /** The client id of a record's file; default: the file name without `.md`. */
  readonly clientIdOf?: (file: string) => string;
  /** Always use the full YAML parser (tests compare it with the fast path for simple frontmatter). */
  readonly fullYaml?: boolean;
  /**
   * Keep client records compact: their facts and text, the log parsed again when asked, the
   * latest full parses kept here (the editor's index; the command line keeps full records).
   */
  readonly recent?: RecentParses;
  /**
   * With `recent`: a compact record's text read again from where it came from, rather than
   * kept (the disk); undefined when it cannot be. Without it the text is kept.
   */
  readonly readAgain?: (file: string) => string | undefined;
}

const DOCUMENT_KEYS = ['document', 'client', 'created'];

/** Larger files are skipped with a finding: a client record is a few KB a year of work. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const TOO_LARGE = `File skipped: it is over ${MAX_FILE_BYTES / 1024 / 1024} MB (a client record is usually a few KB; split an old log into a file per year)`;

/** Reads one file of the ledger from its bytes; never throws. */
export function parseLedgerBytes(file: string, bytes: Uint8Array, options: ParseOptions): LedgerFile {
  if (bytes.length > MAX_FILE_BYTES) return oversizedFile(file);
  const decoded = decodeLedgerBytes(bytes);
  if (!decoded.ok) return broken(file, { rule: 'file-unreadable', range: FILE_START, message: `File skipped: ${decoded.reason}` });
  return parseLedgerText(file, decoded.text, options);
}

/** Reads one file of the ledger from its text (as an editor holds it); never throws. */
export function parseLedgerText(file: string, text: string, options: ParseOptions): LedgerFile {
  if (text.length > MAX_FILE_BYTES) return oversizedFile(file);
  try {
    if (!options.recent) return parseLines(file, splitLines(text), options);
    const parsed = parseLines(file, detachedLines(text), options);
    return parsed.type === 'client' ? compactClient(parsed, text, options, options.recent) : parsed;
  } catch (error) {
    return broken(file, { rule: 'file-unreadable', range: FILE_START, message: `File could not be read: ${String(error)}` });
  }
}

function compactClient(parse: ClientRecord, text: string, options: ParseOptions, recent: RecentParses): ClientRecord {
  const file = parse.file;
  const reparse = (again: string) => {
    try {
      const record = parseLines(file, detachedLines(again), options);
      return record.type === 'client' ? record : undefined;
    } catch {
      return undefined; // a file changed on disk since it was read: its change is on its way
    }
  };
  const readAgain = options.readAgain;
  return new CompactClient(parse, readAgain ? () => readAgain(file) : text, reparse, recent);
}

function parseLines(file: string, lines: string[], options: ParseOptions): LedgerFile {
  const conflicted = readAroundConflicts(lines);
  if (!conflicted) return parseRecord(file, lines, options);
  const parsed = parseRecord(file, conflicted.lines, options);
  return parsed.type === 'ignored' ? parsed : { ...parsed, problems: [...conflicted.problems, ...parsed.problems] };
}

function parseRecord(file: string, lines: string[], options: ParseOptions): LedgerFile {
  const split = splitFrontmatter(lines);
  if (split.kind === 'none') return { type: 'ignored', file };
  if (split.kind === 'invalid') return unreadable(file, lines, options, [split.problem]);
  const yaml = readYamlFields(lines, split.block, { fullParser: options.fullYaml });
  if (!yaml.ok) return unreadable(file, lines, options, yaml.problems);
  const reader = new FieldReader(yaml.fields, yaml.locate);
  if (reader.has('document')) return readDocument(file, reader, lines, split.block.end + 1);
  if (!reader.has('client')) return { type: 'ignored', file };
  return readClient(file, reader, lines, split.block.end + 1, options);
}

function readClient(file: string, reader: FieldReader, lines: string[], bodyStart: number, options: ParseOptions): ClientRecord {
  const id = (options.clientIdOf ?? clientIdOf)(file);
  const name = reader.text('client');
  if (name === undefined) reader.problems.push({ rule: 'frontmatter-invalid', range: reader.place('client')!.value, message: 'client must be the client\'s name' });
  const currency = reader.currency(options.currency);
  const record = {
    type: 'client' as const,
    file,
    id,
    name: name ?? id,
    status: reader.status(),
    since: reader.day('since'),
    contact: reader.contact(),
    currency,
    rate: reader.text('rate'),
    termsDays: reader.terms(),
    notice: reader.duration('notice', { count: 2, unit: 'week' }),
    deposit: reader.policyAmount('deposit', currency),
    retainer: reader.policyAmount('retainer', currency),
    lateFee: reader.lateFee(currency),
    minimumHours: reader.hoursPerWeek('minimum_hours'),
    retainerHours: reader.retainerHours(),
    services: reader.textList('services'),
    agreement: reader.text('agreement'),
    hours: reader.workingHours(),
    holdUntil: reader.day('hold_until'),
    noticeGiven: reader.day('notice_given'),
    end: reader.day('end'),
    thresholds: reader.thresholds(),
    owner: reader.text('owner'),
    snooze: reader.snooze(options.ruleIds),
  };
  reader.unknownKeys(CLIENT_KEYS);
  const log = readLog(lines, bodyStart, currency);
  return {
    ...record,
    places: reader.places,
    entries: log.entries,
    problems: [...reader.problems, ...log.problems],
    layout: { frontmatterEnd: bodyStart, headingLine: log.headingLine, items: log.items, lineCount: lines.length },
  };
}

function readDocument(file: string, reader: FieldReader, lines: string[], bodyStart: number): DocumentRecord {
  const kind = reader.text('document') ?? '';
  const clientId = reader.text('client') ?? '';
  if (clientId === '') {
    reader.problems.push({ rule: 'frontmatter-invalid', range: reader.place('document')!.key, message: 'A document needs "client: <client id>" naming the client record it belongs to' });
  }
  const created = reader.day('created');
  reader.unknownKeys(DOCUMENT_KEYS);
  const steps = scanBlocks(lines, bodyStart).items.flatMap((item) => documentStep(lines[item.line], item));
  return { type: 'document', file, kind, clientId, created, steps, places: reader.places, problems: reader.problems };
}

const CHECKBOX = /^\[([ xX])\][ \t]+(?:(\d{4}-\d{2}-\d{2}):[ \t]*)?(.*)$/;

function documentStep(line: string, item: { line: number; contentStart: number }): DocumentStep[] {
  const match = CHECKBOX.exec(line.slice(item.contentStart));
  if (!match) return [];
  const due = match[2] === undefined ? undefined : parseDay(match[2]);
  return [{ line: item.line + 1, done: match[1] !== ' ', text: match[2] !== undefined && due === undefined ? `${match[2]}: ${match[3]}` : match[3], due }];
}

/** The log: top-level list items under every heading whose text is `Log`, up to the next heading of the same or a higher level. */
function readLog(lines: string[], bodyStart: number, currency: string) {
  const entries: LogEntry[] = [];
  const problems: ReadProblem[] = [];
  const outline = scanBlocks(lines, bodyStart);
  const items = logItems(outline);
  const heading = outline.headings.find((candidate) => candidate.text.trim().toLowerCase() === 'log');
  for (const item of items) {
    const line = lines[item.line];
    const parsed = parseEntry(line.slice(item.contentStart), item.line + 1, item.contentStart + 1, currency);
    if (Array.isArray(parsed)) problems.push(...parsed);
    else entries.push(parsed);
  }
  const places = items.map((item) => ({ line: item.line + 1, endLine: item.endLine + 1 }));
  return { entries, problems, items: places, headingLine: heading === undefined ? undefined : heading.line + 1 };
}

function logItems(outline: BlockOutline) {
  const { headings, items } = outline;
  const inLog: typeof items[number][] = [];
  let itemIndex = 0;
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    if (heading.text.trim().toLowerCase() !== 'log') continue;
    let end = Infinity;
    for (let next = index + 1; next < headings.length; next++) {
      if (headings[next].depth <= heading.depth) {
        end = headings[next].line;
        break;
      }
    }
    while (itemIndex < items.length && items[itemIndex].line < heading.line) itemIndex++;
    while (itemIndex < items.length && items[itemIndex].line < end) inLog.push(items[itemIndex++]);
  }
  return inLog;
}

/**
 * The client id of a record: its file name without `.md`, trimmed (a document's `client:` value
 * is read trimmed, so `acme .md` must be `acme` for its drafts to find it).
 */
export function clientIdOf(file: string): string {
  const base = file.slice(fileNameStart(file));
  return base.replace(/\.md$/i, '').trim();
}

/** What a file over MAX_FILE_BYTES reads as, without reading it. */
export function oversizedFile(file: string): LedgerFile {
  return broken(file, { rule: 'file-unreadable', range: FILE_START, message: TOO_LARGE });
}

/** What reading a file gave: its bytes, nothing because it is over MAX_FILE_BYTES, or the error the read threw. */
export type ReadOutcome = { readonly bytes: Uint8Array } | { readonly tooLarge: true } | { readonly error: unknown };

/**
 * A file of the ledger from what reading it gave: the one way the command line, its worker
 * threads and the extension turn a read into a record (or a finding). Never throws.
 */
export function ledgerFileOf(file: string, read: ReadOutcome, options: ParseOptions): LedgerFile {
  if ('bytes' in read) return parseLedgerBytes(file, read.bytes, options);
  if ('tooLarge' in read) return oversizedFile(file);
  const reason = read.error instanceof Error ? read.error.message : String(read.error);
  return broken(file, { rule: 'file-unreadable', range: FILE_START, message: `File could not be read: ${reason}` });
}

/** A file whose frontmatter cannot be used; one that looks like a client record keeps its id. */
function unreadable(file: string, lines: readonly string[], options: ParseOptions, problems: ReadProblem[]): LedgerFile {
  if (!looksLikeClientRecord(lines)) return broken(file, ...problems);
  return { type: 'broken', file, problems, clientId: (options.clientIdOf ?? clientIdOf)(file) };
}

function broken(file: string, ...problems: ReadProblem[]): LedgerFile {
  return { type: 'broken', file, problems };
}
