/**
 * Shared generators and helpers of the property tests ("Never lose a line").
 *
 * Every property runs PROPERTY_RUNS cases (1,000; `npm run fuzz` asks for many more with
 * CLIENT_LEDGER_FUZZ_RUNS) from a fixed seed, so a failure repeats; CLIENT_LEDGER_FUZZ_SEED picks
 * another seed (test/helpers/budget.ts). fast-check prints the seed and the path of a failure,
 * and shrinks it to a small input.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { STATUSES, COMMUNICATION_KINDS, type Finding, type SourceRange } from '../../src/core/model';
import { CLIENT_RULES } from '../../src/core/rules/index';
import { splitLines } from '../../src/core/parse/source-text';
import { addDays, formatDay, parseDay, type Day } from '../../src/core/values/calendar-day';
import { mulberry32 } from '../helpers/seeded-random';
import { PROPERTY_RUNS, seed } from '../helpers/budget';

// ---------------------------------------------------------------------------------------------
// Runs and seed

/** Cases per property. */
export const RUNS = PROPERTY_RUNS;
/** The seed of every property, so that a failure repeats. */
export const SEED = seed(20_261_120);

/** assert.ok with a message built only on failure (the properties check millions of things). */
export function claim(condition: unknown, message: () => string): asserts condition {
  if (!condition) assert.fail(message());
}

/** Runs a property RUNS times from SEED. */
export function holds<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>): void {
  fc.assert(property, { numRuns: RUNS, seed: SEED });
}

/** The day the properties check on, a Friday (as the other tests). */
export const TODAY_TEXT = '2026-11-20';
export const TODAY: Day = parseDay(TODAY_TEXT)!;

// ---------------------------------------------------------------------------------------------
// Where findings point

/** The file's lines as the engine counts them (LF, CRLF and CR; a leading BOM is not a column). */
export function engineLines(text: string): string[] {
  return splitLines(text);
}

/** A range lies in the text: lines 1..n, columns 1..length+1 of their line, start <= end. */
export function assertRangeInside(range: SourceRange, lines: readonly string[], what: () => string): void {
  const { start, end } = range;
  for (const [name, position] of [['start', start], ['end', end]] as const) {
    claim(Number.isInteger(position.line) && position.line >= 1 && position.line <= lines.length,
      () => `${what()}: ${name} line ${position.line} is not a line of the text (1..${lines.length})`);
    const width = lines[position.line - 1].length;
    claim(Number.isInteger(position.column) && position.column >= 1 && position.column <= width + 1,
      () => `${what()}: ${name} column ${position.column} is outside line ${position.line} (1..${width + 1})`);
  }
  claim(start.line < end.line || (start.line === end.line && start.column <= end.column),
    () => `${what()}: starts at ${start.line}:${start.column}, after its end ${end.line}:${end.column}`);
}

/** Every finding's range and related range lies in the text. */
export function assertFindingsInside(findings: readonly Finding[], text: string, relatedText: (finding: Finding) => string = () => text): void {
  const lines = engineLines(text);
  for (const finding of findings) {
    claim(typeof finding.message === 'string' && finding.message.length > 0, () => `${finding.rule} has no message`);
    assertRangeInside(finding.range, lines, () => `${finding.rule} "${finding.message}"`);
    const other = finding.related === undefined ? lines : engineLines(relatedText(finding));
    for (const place of finding.related ?? []) assertRangeInside(place.range, other, () => `related place of ${finding.rule} "${place.message}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// Sample records

const SAMPLE_FOLDER = join(__dirname, '..', '..', '..', 'examples', 'ledger', 'clients');

function readSamples(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return readSamples(path);
    return entry.name.endsWith('.md') ? [readFileSync(path, 'utf8')] : [];
  });
}

/** The sample ledger's files (client records and the termination letter), read once. */
export const SAMPLE_TEXTS: readonly string[] = readSamples(SAMPLE_FOLDER);

// ---------------------------------------------------------------------------------------------
// Small pieces

/** YYYY-MM-DD from 300 days before TODAY to 10 days after (a few future entries). */
export const dayText = fc.integer({ min: -300, max: 10 }).map((offset) => formatDay(addDays(TODAY, offset)));
/** Days in a narrow window, so several entries share a day. */
export const closeDayText = fc.integer({ min: -20, max: 0 }).map((offset) => formatDay(addDays(TODAY, offset)));
export const timeText = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);

/** Words of names and prose, some outside ASCII; none holds `:`, `#` or a quote. */
const FIRST_WORDS = ['Acme', 'Jane', 'Tom', 'Dana', 'Lee', 'Zoë', 'Café', 'Łukasz', 'Søren', 'Nova', 'Peak', 'Ann-Marie', 'Ōsaka', 'Ελένη', 'Дарья', 'Ma'];
const MORE_WORDS = [...FIRST_WORDS, 'Bakery', 'Doe', 'Lumière', 'and', '&', 'Co.', 'Inc', '日本', '😀', 'x/y', '(COO)', '40%', 'O’Brien', 'über', 'a.b@c.test', '+1', '555', '0100'];

export const nameText = fc.tuple(fc.constantFrom(...FIRST_WORDS), fc.array(fc.constantFrom(...MORE_WORDS), { maxLength: 3 }))
  .map(([first, rest]) => [first, ...rest].join(' '));

/** Free text after an entry's `: `: any graphemes but line breaks. */
export const freeText = fc.string({ unit: 'grapheme', maxLength: 16 }).map((text) => text.replace(/[\r\n\u0085\u2028\u2029]/g, ' '));

export const AMOUNTS = ['$450', '$1,200.50', '€12.50', '£99', '450 EUR', 'EUR 20', '450', '450.10', '1000 JPY', '0.50', 'gbp 3'];
export const amountText = fc.constantFrom(...AMOUNTS);
export const INVOICE_IDS = ['INV-1', 'INV-2', 'INV-3', 'A.1', 'B_2', 'x9'];
const WHO = ['Jane', 'Tom Doe', 'Dana', 'Lee', 'Zoë', 'the CFO'];
export const TAGS = ['no-answer', 'out-of-scope', 'urgent', 'after-hours', 'unreasonable', 'unrealistic', 'boundary', 'disrespect', 'unprofessional', 'mine'];

// ---------------------------------------------------------------------------------------------
// Valid log entries of every kind

const capitalised = (word: string) => fc.constantFrom(word, word[0].toUpperCase() + word.slice(1));
const optionalWho = fc.option(fc.constantFrom(...WHO), { nil: undefined }).map((who) => (who === undefined ? '' : ` ${who}`));

/** The words after the date (and time) of a valid entry, by kind. */
export const entryBody: fc.Arbitrary<{ kind: string; words: string }> = fc.oneof(
  fc.tuple(fc.constantFrom(...COMMUNICATION_KINDS), fc.constantFrom('to', 'from', 'with', 'To', 'FROM'), optionalWho)
    .chain(([kind, direction, who]) => capitalised(kind).map((written) => ({ kind, words: `${written} ${direction}${who}` }))),
  fc.tuple(fc.constantFrom(...INVOICE_IDS), amountText, fc.option(dayText, { nil: undefined }))
    .map(([id, amount, due]) => ({ kind: 'invoice', words: `invoice ${id} ${amount}${due === undefined ? '' : ` due ${due}`}` })),
  fc.tuple(fc.option(fc.constantFrom(...INVOICE_IDS), { nil: undefined }), amountText)
    .map(([id, amount]) => ({ kind: 'payment', words: `payment${id === undefined ? '' : ` ${id}`} ${amount}` })),
  amountText.map((amount) => ({ kind: 'deposit', words: `deposit ${amount}` })),
  fc.tuple(fc.constantFrom(...INVOICE_IDS), amountText).map(([id, amount]) => ({ kind: 'late-fee', words: `late-fee ${id} ${amount}` })),
  fc.constantFrom('2.5h', '1h30m', '1h 30m', '45m', '45min', '3h').map((time) => ({ kind: 'work', words: `work ${time}` })),
  fc.option(fc.constantFrom(...WHO), { nil: undefined }).map((who) => ({ kind: 'request', words: who === undefined ? 'request' : `request from ${who}` })),
  fc.constantFrom('issue', 'resume', 'note').map((kind) => ({ kind, words: kind })),
  fc.tuple(fc.constantFrom('to', 'from'), fc.constantFrom(...WHO)).map(([direction, who]) => ({ kind: 'feedback', words: `feedback ${direction} ${who}` })),
  fc.option(dayText, { nil: undefined }).map((until) => ({ kind: 'hold', words: until === undefined ? 'hold' : `hold until ${until}` })),
  fc.tuple(fc.constantFrom(...WHO), fc.option(dayText, { nil: undefined }))
    .map(([who, end]) => ({ kind: 'notice', words: `notice to ${who}${end === undefined ? '' : ` end ${end}`}` })),
);

export interface EntrySpec {
  /** The entry as written after `- `. */
  readonly text: string;
  readonly kind: string;
}

/** A valid entry: `DATE [HH:MM] KIND WORDS [#tags] [: free text]`. */
export const entrySpec = (days: fc.Arbitrary<string> = dayText): fc.Arbitrary<EntrySpec> => fc.record({
  date: days,
  time: fc.option(timeText, { nil: undefined }),
  body: entryBody,
  tags: fc.subarray(TAGS, { maxLength: 2 }),
  note: fc.option(freeText, { nil: undefined }),
}).map(({ date, time, body, tags, note }) => ({
  kind: body.kind,
  text: `${date}${time === undefined ? '' : ` ${time}`} ${body.words}${tags.map((tag) => ` #${tag}`).join('')}${note === undefined ? '' : `: ${note}`}`,
}));

// ---------------------------------------------------------------------------------------------
// Valid frontmatter

/** A plain, single-quoted or double-quoted (sometimes with an escape, which the fast path leaves to `yaml`) text value. */
function quoted(text: string): fc.Arbitrary<string> {
  // Mostly styles the fast YAML path reads; an escape sends the frontmatter to the full parser.
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant('plain') },
    { weight: 4, arbitrary: fc.constant('single') },
    { weight: 4, arbitrary: fc.constant('double') },
    { weight: 1, arbitrary: fc.constant('escaped') },
  ).map((style) => {
    switch (style) {
      case 'plain': return text;
      case 'single': return `'${text}'`;
      case 'double': return `"${text}"`;
      default: return `"${text}\\u0021"`;
    }
  });
}

const textValue = nameText.chain(quoted);
const comment = fc.constantFrom('', '', '', '  # note', ' # since the fair', '\t# tab comment', '   # été 😀');

/** One top-level key: its lines (a map or list spans several). */
const FRONTMATTER_KEYS: Record<string, fc.Arbitrary<string[]>> = {
  status: fc.tuple(fc.constantFrom(...STATUSES), comment).map(([status, note]) => [`status: ${status}${note}`]),
  since: fc.tuple(dayText, comment).map(([day, note]) => [`since: ${day}${note}`]),
  contact: fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.constantFrom(2, 4), fc.subarray(['name', 'email', 'phone', 'backup'] as const, { minLength: 1 }), textValue, comment)
      .map(([indent, keys, value, note]) => ['contact:' + note, ...keys.map((key) => `${' '.repeat(indent)}${key}: ${key === 'email' ? 'jo@acme.example' : key === 'phone' ? '"+1 555 0100"' : value}`)]) },
    { weight: 1, arbitrary: nameText.map((name) => [`contact: {name: ${name.replace(/[,{}[\]&]/g, '')}}`]) },
    { weight: 1, arbitrary: nameText.map((name) => [`contact: ${name}`]) },
  ),
  currency: fc.constantFrom('USD', 'EUR', 'GBP', 'usd', 'Eur').map((code) => [`currency: ${code}`]),
  rate: fc.constantFrom('40/h', '600/month', '"55/h"').map((rate) => [`rate: ${rate}`]),
  terms: fc.constantFrom('net 14', 'net 30', '7', 'net 10 days').map((terms) => [`terms: ${terms}`]),
  notice: fc.constantFrom('2 weeks', '1 month', '10d', '3w').map((notice) => [`notice: ${notice}`]),
  deposit: fc.oneof(amountText, fc.constant('none'), fc.constant("'$300'")).map((amount) => [`deposit: ${amount}`]),
  retainer: fc.oneof(amountText, fc.constant('none')).map((amount) => [`retainer: ${amount}`]),
  late_fee: fc.constantFrom('1.5% monthly after 30 days, max 10%', '$25 after 14 days', '2%/month', '25 per month, max 100', 'none')
    .map((policy) => [`late_fee: ${policy}`]),
  minimum_hours: fc.constantFrom('5', '2.5', '40').map((hours) => [`minimum_hours: ${hours}`]),
  retainer_hours: fc.constantFrom('10/month', '7.5/week', '10 hours a month', '2/week', '10h per week').map((hours) => [`retainer_hours: ${hours}`]),
  services: fc.oneof(
    fc.array(nameText, { minLength: 1, maxLength: 3 }).map((items) => ['services:', ...items.map((item) => `  - ${item}`)]),
    fc.constant<string[]>(['services: [inbox, calendar management]']),
  ),
  agreement: fc.oneof(fc.constantFrom('agreements/acme.pdf', 'https://example.com/a.pdf'), fc.constant(''))
    .chain((path) => comment.map((note) => [`agreement:${path === '' ? '' : ` ${path}`}${note}`])),
  hours: fc.constantFrom('Mon-Fri 09:00-17:00', 'Mon-Thu 08:00-16:00; Sat 10:00-12:00', 'Fri 22:00-02:00').map((hours) => [`hours: ${hours}`]),
  hold_until: dayText.map((day) => [`hold_until: ${day}`]),
  notice_given: dayText.map((day) => [`notice_given: ${day}`]),
  end: fc.tuple(dayText, comment).map(([day, note]) => [`end: ${day}${note}`]),
  thresholds: fc.subarray(['no-contact: 3 weeks', 'awaiting-reply: 72', 'slow-payer: 2 of 4', 'scope-creep: 2'], { minLength: 1 })
    .map((lines) => ['thresholds:', ...lines.map((line) => `  ${line}`)]),
  owner: textValue.map((owner) => [`owner: ${owner}`]),
  snooze: fc.subarray(CLIENT_RULES.map((rule) => rule.id), { minLength: 1, maxLength: 2 })
    .chain((ids) => dayText.map((day) => ['snooze:', ...ids.map((id) => `  ${id}: ${day}`)])),
  favourite_colour: fc.constant(['favourite_colour: green']),
};

/** Between keys: nothing, a blank line or a comment line. */
const separator = fc.constantFrom<string[]>([], [], [], [''], ['# who they are'], ['  # indented comment'], ['']);

export interface RecordOptions {
  /** Log days: the default window, or a narrow one so entries share days. */
  readonly days?: fc.Arbitrary<string>;
  /** Blank lines between items: tight, loose (one), or anything. */
  readonly spacing?: fc.Arbitrary<'tight' | 'loose' | 'irregular'>;
  /** At most this many log items (6 by default). */
  readonly maxItems?: number;
  /** Keys the record must have, with their lines (a scenario such as an expired hold). */
  readonly forced?: fc.Arbitrary<Readonly<Record<string, string[]>>>;
}

/**
 * Scenarios for the quick fixes: any record; a record with the policies set (fewer hints, so the
 * other fixes get their turn); a hold that has expired; a notice period that is over.
 */
export const quickFixScenario: fc.Arbitrary<Readonly<Record<string, string[]>>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 3, arbitrary: fc.constant<Record<string, string[]>>({ deposit: ['deposit: none'], agreement: ['agreement: a.pdf'], contact: ['contact:', '  name: Jane', '  backup: Tom'] }) },
  { weight: 1, arbitrary: dayText.map((day) => ({ status: ['status: on-hold'], hold_until: [`hold_until: ${day}  # back after surgery`] })) },
  { weight: 1, arbitrary: dayText.map((day) => ({ status: ["status: 'terminating'"], end: [`end: ${day}`] })) },
);

export interface GeneratedRecord {
  readonly text: string;
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
}

/**
 * A valid client record: random keys in random order with comments, blank lines and quoting;
 * a body with prose and a Log of valid entries (nested notes, sub-headings, prose, a code fence);
 * LF or CRLF line endings, a final newline or not, sometimes a BOM.
 */
export function validRecord(options: RecordOptions = {}): fc.Arbitrary<GeneratedRecord> {
  // Each key present one time in five, in an order shuffled from a seed (cheaper than chaining subarrays).
  const keyNames = Object.keys(FRONTMATTER_KEYS);
  const optional = fc.tuple(...keyNames.map((name) => fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.tuple(separator, FRONTMATTER_KEYS[name]).map(([before, lines]) => [...before, ...lines]) },
  )));
  const client = fc.tuple(textValue, comment).map(([name, note]) => [`client: ${name}${note}`]);
  const frontmatter = fc.tuple(optional, options.forced ?? fc.constant({}), client, fc.nat()).map(([blocks, forced, clientLines, seed]) => {
    const all = [...blocks.filter((block, index): block is string[] => block !== undefined && !(keyNames[index] in forced)), ...Object.values(forced), clientLines];
    const random = mulberry32(seed);
    for (let index = all.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [all[index], all[other]] = [all[other], all[index]];
    }
    return all.flat();
  });
  const item = fc.record({
    entry: entrySpec(options.days),
    marker: fc.constantFrom('-', '-', '-', '*'),
    notes: fc.constantFrom<string[]>([], [], [], ['  - a nested note'], ['  continued on a second line'], ['  - note', '    - deeper']),
    before: fc.constantFrom<string[]>([], [], [], [], [], ['### October', ''], ['Some prose in the log.', ''], ['```', '- 2026-01-01 note: in a fence', '```', '']),
  });
  const body = fc.record({
    intro: fc.constantFrom<string[]>([], ['# Acme', ''], ['# Acme', '', 'Jane reads email before 10:00.', '']),
    heading: fc.constantFrom('## Log', '## Log', '# Log', '### log', 'none', 'empty'),
    items: fc.array(item, { maxLength: options.maxItems ?? 6 }),
    spacing: options.spacing ?? fc.constantFrom<'tight' | 'loose' | 'irregular'>('tight', 'tight', 'loose', 'irregular'),
    gaps: fc.array(fc.nat({ max: 2 }), { minLength: 8, maxLength: 8 }),
    after: fc.constantFrom<string[]>([], [], ['## After', '', 'Prose after the log.']),
  });
  return fc.record({
    frontmatter,
    opening: fc.constantFrom('---', '---', '---yaml'),
    body,
    eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    bom: fc.constantFrom(false, false, false, true),
    finalNewline: fc.constantFrom(true, true, true, false),
  }).map(({ frontmatter: front, opening, body: parts, eol, bom, finalNewline }) => {
    const lines = [opening, ...front, '---', '', ...parts.intro];
    if (parts.heading === 'empty') lines.push('## Log', '');
    else if (parts.heading !== 'none') {
      lines.push(parts.heading, '');
      parts.items.forEach((spec, index) => {
        if (index > 0) {
          const gap = parts.spacing === 'tight' ? 0 : parts.spacing === 'loose' ? 1 : parts.gaps[index % parts.gaps.length];
          for (let blank = 0; blank < gap; blank++) lines.push('');
        }
        // A decoration before an item ends the list (a blank line first, so it is no lazy line).
        if (spec.before.length > 0 && index > 0) lines.push('', ...spec.before);
        lines.push(`${spec.marker} ${spec.entry.text}`, ...spec.notes);
      });
      if (parts.items.length > 0) lines.push('');
    }
    lines.push(...parts.after);
    const text = lines.join(eol).replace(/(\r\n|\n)+$/, '') + (finalNewline ? eol : '');
    return { text: (bom ? '\ufeff' : '') + text, eol, bom };
  });
}

// ---------------------------------------------------------------------------------------------
// Hostile text

/** A code point of any plane, lone surrogates included (cheaper than fc.string's 'binary' unit to set up). */
const codePoint = fc.oneof(
  fc.integer({ min: 0, max: 0x7f }),
  fc.integer({ min: 0x80, max: 0xffff }),
  fc.integer({ min: 0x10000, max: 0x10ffff }),
);

/** Text of any code points. */
export function unicodeText(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(codePoint, { minLength, maxLength }).map((codes) => String.fromCodePoint(...codes));
}

/** Pieces of ledger syntax, so random text often looks like a record. */
const LEDGER_TOKENS = [
  '---', '---\n', '---js\n', '---yaml\n', '\n', '\r\n', '\r', ' ', '  ', '\t', '- ', '* ', '1. ', '> ', '#', '## Log\n', 'Log', '```\n', '~~~',
  '    ', ':', ': ', '"', "'", '[', ']', '{', '}', '&a', '*a', '!!', '|', '>-', '%', '@', '`', '\\', '\ufeff', '\u0000', '\u2028',
  'client: ', 'document: ', 'status: ', 'contact:\n  backup: ', 'snooze:\n  no-contact: ', 'thresholds:\n  scope-creep: ',
  '2026-11-02', '2026-02-30', '10:15', '25:00', ' email to Jane', ' invoice INV-1 $450', ' payment ', ' due ', ' work 2.5h',
  ' hold until ', ' notice to Jo end ', '#no-answer', '$', '€', '1,200.50', '99999999999999999', '😀', '\ud800', 'é', 'e\u0301',
  '<!--', '-->', '<div>', '===', '___', '+ ', ')', '0', 'a', 'Z',
];
const ledgerToken = fc.oneof(
  { arbitrary: fc.constantFrom(...LEDGER_TOKENS), weight: 4 },
  { arbitrary: unicodeText(1, 3), weight: 1 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)), weight: 1 },
);

/** Text made of ledger syntax and random characters. */
export const ledgerishText = fc.array(ledgerToken, { maxLength: 60 }).map((tokens) => tokens.join(''));

/** Any text: code points of every plane, lone surrogates included. */
export const anyText = fc.oneof(
  unicodeText(0, 120),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 80 }).map((codes) => String.fromCharCode(...codes)),
);

const YAML_KEYS = [
  'client', 'document', 'created', 'status', 'since', 'contact', 'name', 'email', 'backup', 'currency', 'rate', 'terms', 'notice',
  'deposit', 'retainer', 'minimum_hours', 'retainer_hours', 'services', 'agreement', 'hours', 'hold_until', 'notice_given', 'end', 'thresholds', 'owner',
  'snooze', 'no-contact', 'slow-payer', 'awaiting-reply', 'scope-creep', 'Status', 'hold-until', '<<', '? x', '"quoted key"', '1', 'null',
];
const YAML_VALUES = [
  '', 'Acme', '2026-11-02', '2026-02-30', '2026-11-02T10:00:00Z', '$450', '€1,200.50', '450 JPY', '-5', '0', '1e999', '.inf', '.nan',
  '0x1F', '~', 'null', 'true', 'no', 'yes', 'net 14', 'net', '2 weeks', '13 months', '3 of 2', '0', '168', '169', '2.555', 'none', '10/month',
  'Mon-Fri 09:00-17:00', 'Sun-Sat 24:00-00:00', 'prospect', 'Active', 'on-hold', '[a, b]', '[', '{name: Jo}', '{', '&a x', '*a', '*b',
  '!!str x', '!!binary aGk=', '!!timestamp 2026-01-01', '!custom x', '|', '>-', '"esc\\u0000aped"', '"\\x41"', "'it''s'", '"unclosed',
  '# only a comment', 'a: b', '- item', '? q', '@at', '`tick`', '%YAML 1.1', '😀', 'x'.repeat(300),
];
const yamlLine = fc.tuple(
  fc.constantFrom('', '', '', '  ', '    ', ' ', '\t', '- ', '  - '),
  fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom(...YAML_KEYS), fc.constantFrom(...YAML_VALUES)).map(([key, value]) => `${key}: ${value}`), weight: 6 },
    { arbitrary: fc.constantFrom(...YAML_KEYS).map((key) => `${key}:`), weight: 2 },
    { arbitrary: fc.constantFrom(...YAML_VALUES), weight: 1 },
    { arbitrary: fc.constantFrom('---', '...', '%YAML 1.2', '# comment', '<<: *a', '&a', '? complex', ': value', '- - nested'), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...YAML_KEYS), anyText).map(([key, value]) => `${key}: ${value}`), weight: 1 },
  ),
).map(([indent, line]) => indent + line);

/** A YAML-ish frontmatter with random keys, values, indentation and YAML features, then a ledger-ish body. */
export const yamlishText = fc.tuple(
  fc.constantFrom('---', '---', '---yaml', '---YAML ', '---js', '---json', '--- '),
  fc.array(yamlLine, { maxLength: 12 }),
  fc.constantFrom('---', '---', '--- ', '', '...'),
  fc.array(fc.oneof(entrySpec().map((entry) => `- ${entry.text}`), ledgerishText), { maxLength: 6 }),
  fc.constantFrom('\n', '\r\n', '\r'),
).map(([opening, lines, closing, body, eol]) => [opening, ...lines, closing, '## Log', ...body].join(eol));

// ---------------------------------------------------------------------------------------------
// Mutations of valid text

export type Mutation =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'duplicate-line'; readonly line: number }
  | { readonly op: 'swap-lines'; readonly line: number; readonly other: number }
  | { readonly op: 'yaml-line'; readonly line: number; readonly text: string }
  | { readonly op: 'replace-char'; readonly at: number; readonly text: string }
  | { readonly op: 'line-endings'; readonly endings: readonly string[] }
  | { readonly op: 'bom' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(ledgerToken, anyText.map((text) => text.slice(0, 6))) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('yaml-line' as const), line: fc.nat(), text: yamlLine }),
  fc.record({ op: fc.constant('replace-char' as const), at: fc.nat(), text: unicodeText(1, 1) }),
  fc.record({ op: fc.constant('line-endings' as const), endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 5 }) }),
  fc.record({ op: fc.constant('bom' as const) }),
);

/** Applies one mutation; positions wrap around the text's length. */
export function mutate(text: string, change: Mutation): string {
  const at = (position: number) => position % (text.length + 1);
  const lines = () => text.split(/(?<=\r\n|\n|\r(?!\n))/);
  switch (change.op) {
    case 'insert': return text.slice(0, at(change.at)) + change.text + text.slice(at(change.at));
    case 'delete': return text.slice(0, at(change.at)) + text.slice(at(change.at) + change.length);
    case 'truncate': return text.slice(0, at(change.at));
    case 'duplicate-line': {
      const all = lines();
      const index = change.line % all.length;
      all.splice(index, 0, all[index]);
      return all.join('');
    }
    case 'swap-lines': {
      const all = lines();
      const a = change.line % all.length;
      const b = change.other % all.length;
      [all[a], all[b]] = [all[b], all[a]];
      return all.join('');
    }
    case 'yaml-line': {
      // Inside the frontmatter: after the opening line and before the closing one.
      const all = lines();
      const closing = all.findIndex((line, index) => index > 0 && /^---[ \t]*(\r\n|\n|\r)?$/.test(line));
      const last = closing === -1 ? all.length : closing;
      const index = 1 + (change.line % Math.max(last, 1));
      all.splice(Math.min(index, all.length), 0, `${change.text}\n`);
      return all.join('');
    }
    case 'replace-char': {
      if (text.length === 0) return change.text;
      const index = change.at % text.length;
      return text.slice(0, index) + change.text + text.slice(index + 1);
    }
    case 'line-endings': {
      // A CR followed at once by an LF would merge two line ends into one CRLF: that LF becomes a CRLF.
      let count = 0;
      let previousEnd = -1;
      let previous = '';
      return text.replace(/\r\n|\r|\n/g, (match, offset: number) => {
        let ending = change.endings[count++ % change.endings.length];
        if (previous === '\r' && offset === previousEnd && ending === '\n') ending = '\r\n';
        previousEnd = offset + match.length;
        previous = ending;
        return ending;
      });
    }
    case 'bom': return text.startsWith('\ufeff') ? text : `\ufeff${text}`;
  }
}

/** A sample file or a generated valid record, then one to four mutations. */
export const mutatedText = fc.tuple(
  fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...SAMPLE_TEXTS) }, { weight: 2, arbitrary: validRecord().map((record) => record.text) }),
  fc.array(mutation, { minLength: 1, maxLength: 4 }),
).map(([text, changes]) => changes.reduce(mutate, text));
