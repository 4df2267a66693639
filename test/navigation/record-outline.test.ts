import assert from 'node:assert/strict';
import type { SourceRange } from '../../src/core/model';
import type { OutlineSymbol } from '../../src/core/navigation/outline-symbol';
import { isNotable, recordOutline } from '../../src/core/navigation/record-outline';
import { splitLines } from '../../src/core/parse/source-text';
import { monthName } from '../../src/core/values/calendar-day';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const FRONT = ['client: Brightside Dental', 'status: active', 'contact:', '  name: Priya', '  email: priya@example.com', 'terms: net 14'];
const LOG = [
  '2026-09-01 invoice BD-023 $1,250.00 due 2026-09-15',
  '2026-09-20 email to Priya: reminder for BD-023',
  '2026-10-01 invoice BD-024 $1,250.00 due 2026-10-15',
  '2026-10-03 work 2h: supplier invoices',
  '2026-10-30 payment BD-024 $500.00: part payment',
  '2026-10-09 10:15 call from Priya #urgent: asked about the reminder\n  - she will pay BD-023 next week\n  - and BD-024 after',
  '2026-11-02 invoice BD-025 $450 due 2026-11-16',
  '2026-11-10 payment BD-025 $450',
  '2026-10-31 note: logged late',
];
const text = recordText(FRONT, LOG);
const lines = splitLines(text);
const client = parseClient(text, 'clients/brightside-dental.md');
const outline = recordOutline(client, day(TODAY), (line) => lines[line - 1] ?? '');

/** `line:column-line:column` of a range, 1-based as the engine counts. */
function at(range: SourceRange): string {
  return `${range.start.line}:${range.start.column}-${range.end.line}:${range.end.column}`;
}

/** The text a range covers on its line. */
function textOf(range: SourceRange): string {
  assert.equal(range.start.line, range.end.line);
  return lines[range.start.line - 1].slice(range.start.column - 1, range.end.column - 1);
}

function named(symbols: readonly OutlineSymbol[], name: string): OutlineSymbol {
  const found = symbols.find((symbol) => symbol.name === name);
  assert.ok(found, `no symbol ${name} among ${symbols.map((symbol) => symbol.name).join(', ')}`);
  return found;
}

describe('the outline of a client record', () => {
  it('is the frontmatter, named after the client, then the log', () => {
    assert.deepEqual(outline.map((symbol) => [symbol.kind, symbol.name, symbol.detail]), [
      ['record', 'Brightside Dental', 'brightside-dental · active'],
      ['log', 'Log', '9 entries'],
    ]);
    const [frontmatter, log] = outline;
    assert.equal(at(frontmatter.range), `1:1-${FRONT.length + 2}:4`, 'from the opening --- to the closing one');
    assert.equal(textOf(frontmatter.selectionRange), 'Brightside Dental', 'selects the name');
    assert.equal(at(log.range), `${lineOf(text, '## Log')}:1-${lineOf(text, 'logged late')}:${lines[lineOf(text, 'logged late') - 1].length + 1}`);
    assert.equal(textOf(log.selectionRange), 'Log');
  });

  it('holds the frontmatter keys in file order, nested keys under their parent, each with its value', () => {
    const keys = outline[0].children;
    assert.deepEqual(keys.map((key) => [key.name, key.detail]), [['client', 'Brightside Dental'], ['status', 'active'], ['contact', ''], ['terms', 'net 14']]);
    const contact = named(keys, 'contact');
    assert.deepEqual(contact.children.map((key) => [key.name, key.detail]), [['name', 'Priya'], ['email', 'priya@example.com']]);
    assert.equal(textOf(contact.selectionRange), 'contact');
    assert.equal(at(contact.range), `${lineOf(text, 'contact:')}:1-${lineOf(text, 'email:')}:${'  email: priya@example.com'.length + 1}`, 'to the end of its last nested line');
    assert.equal(textOf(contact.children[1].selectionRange), 'email');
  });

  it('groups the log by month in file order: a month written twice is two runs', () => {
    const months = outline[1].children;
    assert.deepEqual(months.map((month) => [month.name, month.detail]), [
      ['September 2026', '2 entries'],
      ['October 2026', '4 entries'],
      ['November 2026', '2 entries'],
      ['October 2026', '1 entry'],
    ]);
    const october = months[1];
    assert.equal(october.range.start.line, lineOf(text, 'invoice BD-024'));
    assert.equal(october.range.end.line, lineOf(text, 'and BD-024 after'), 'to the last line of its last entry, nested notes included');
    assert.equal(textOf(october.selectionRange), '2026-10-01', 'selects the date of its first entry');
  });

  it('names an invoice by its ID, with its amount and where it stands', () => {
    const [september, october, november] = outline[1].children;
    const invoice = named(september.children, 'BD-023');
    assert.equal(invoice.kind, 'invoice');
    assert.equal(invoice.detail, '$1,250.00 · $1,250.00 open · 66d overdue');
    assert.equal(textOf(invoice.selectionRange), 'BD-023');
    assert.equal(at(invoice.range), `${lineOf(text, 'invoice BD-023')}:1-${lineOf(text, 'invoice BD-023')}:${lines[lineOf(text, 'invoice BD-023') - 1].length + 1}`, 'the whole item, its marker included');
    assert.equal(named(october.children, 'BD-024').detail, '$1,250.00 · $750.00 open · 36d overdue');
    assert.equal(named(november.children, 'BD-025').detail, '$450.00 · paid 2026-11-10');
  });

  it('names other entries by their words as written, their day, time and text beside them', () => {
    const october = outline[1].children[1];
    assert.deepEqual(october.children.map((entry) => [entry.kind, entry.name, entry.detail]), [
      ['invoice', 'BD-024', '$1,250.00 · $750.00 open · 36d overdue'],
      ['entry', 'payment BD-024 $500.00', '2026-10-30 · part payment'],
      ['entry', 'call from Priya #urgent', '2026-10-09 10:15 · asked about the reminder'],
    ]);
    const call = october.children[2];
    assert.equal(textOf(call.selectionRange), 'call from Priya #urgent');
    assert.equal(call.range.end.line, lineOf(text, 'and BD-024 after'), 'an entry holds its nested notes');
  });

  it('leaves your own messages and the hours worked to their month, which counts them', () => {
    const [september, october] = outline[1].children;
    assert.deepEqual(september.children.map((entry) => entry.name), ['BD-023']);
    assert.equal(september.detail, '2 entries');
    assert.ok(!october.children.some((entry) => entry.name.startsWith('work')));
    const kinds = client.entries.filter(isNotable).map((entry) => entry.kind);
    assert.deepEqual(kinds, ['invoice', 'invoice', 'payment', 'call', 'invoice', 'payment', 'note']);
  });

  it('a record without a log heading is its frontmatter alone', () => {
    const bare = ['---', 'client: Acme', '---', '', 'No log yet.'].join('\n');
    const bareLines = splitLines(bare);
    const symbols = recordOutline(parseClient(bare), day(TODAY), (line) => bareLines[line - 1] ?? '');
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Acme']);
  });

  it('an empty log is its heading with no month', () => {
    const empty = recordText([]);
    const emptyLines = splitLines(empty);
    const [, log] = recordOutline(parseClient(empty), day(TODAY), (line) => emptyLines[line - 1] ?? '');
    assert.deepEqual([log.name, log.detail, log.children.length], ['Log', '0 entries', 0]);
    assert.equal(at(log.range), `${lineOf(empty, '## Log')}:1-${lineOf(empty, '## Log')}:7`);
  });

  it('an invoice dated after today, or one repeating an ID, says so', () => {
    const repeat = recordText([], ['2026-10-01 invoice A-1 $100', '2026-10-02 invoice A-1 $100: twice', '2026-12-01 invoice A-2 $50']);
    const repeatLines = splitLines(repeat);
    const [, log] = recordOutline(parseClient(repeat), day(TODAY), (line) => repeatLines[line - 1] ?? '');
    assert.deepEqual(log.children.flatMap((month) => month.children.map((entry) => entry.detail)), [
      '$100.00 · $100.00 open · 36d overdue',
      `$100.00 · repeats the ID of line ${lineOf(repeat, 'invoice A-1 $100')}`,
      '$50.00 · dated after today',
    ]);
  });

  it('a tag before the kind is not part of the name; a payment without an ID is named by its amount', () => {
    const tagged = recordText([], ['2026-11-02 #urgent message from Sam: now', '2026-11-03 payment $200']);
    const taggedLines = splitLines(tagged);
    const [, log] = recordOutline(parseClient(tagged), day(TODAY), (line) => taggedLines[line - 1] ?? '');
    assert.deepEqual(log.children[0].children.map((entry) => entry.name), ['message from Sam', 'payment $200']);
  });
});

describe('month names', () => {
  it('are the month and the year of a day', () => {
    assert.equal(monthName(day('2026-11-20')), 'November 2026');
    assert.equal(monthName(day('2027-01-01')), 'January 2027');
  });
});

describe('names VS Code accepts', () => {
  it('an empty key still has a name', () => {
    const odd = ['---', 'client: Acme', '"": empty', '---', '', '## Log', ''].join('\n');
    const oddLines = splitLines(odd);
    const [frontmatter] = recordOutline(parseClient(odd), day(TODAY), (line) => oddLines[line - 1] ?? '');
    assert.deepEqual(frontmatter.children.map((key) => key.name), ['client', '(empty key)']);
  });
});
