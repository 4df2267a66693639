/**
 * Property tests ("Never lose a line"): every edit the engine makes to a client record (the quick
 * fixes, and appendEntry, logFollowUp, recordPayment, sortLog, setKey, setKeys, addBackupContact)
 * keeps every line it does not target byte for byte, with its line end, and does what it says.
 * Runs and seed: see arbitraries.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { checkClient } from '../../src/core/check';
import { accountOf, isOpen } from '../../src/core/derive/account';
import { addBackupContact, setKey, setKeys } from '../../src/core/edits/frontmatter-edits';
import { appendEntry, logFollowUp, recordPayment, sortLog } from '../../src/core/edits/log-edits';
import { recordActionsForClient } from '../../src/core/edits/record-actions';
import { actionsAt as recordActionsFor } from '../helpers/actions-at';
import { applyEdits, type RecordEdit, type TextEdit } from '../../src/core/edits/text-edit';
import { parseOptions } from '../../src/core/load-ledger';
import { STATUSES, type ClientRecord, type SourceRange } from '../../src/core/model';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { scalarText } from '../../src/core/parse/yaml-fields';
import { logOutOfOrder } from '../../src/core/rules/log-out-of-order';
import { formatDay } from '../../src/core/values/calendar-day';
import { HANG_GUARD_MS } from '../helpers/budget';
import {
  amountText, claim, closeDayText, dayText, entrySpec, holds, INVOICE_IDS, nameText, quickFixScenario, TODAY, TODAY_TEXT, validRecord, type GeneratedRecord,
} from './arbitraries';

// ---------------------------------------------------------------------------------------------
// A line model of text edits: each TextEdit must be line-shaped (whole new lines, a change inside
// one line, or a block of whole lines replaced), and the text after applyEdits must be the
// original lines with exactly those operations done, every other line and line end kept.

interface TextLines {
  readonly bom: string;
  /** The lines as the engine numbers them (line 1 is index 0), without their line ends. */
  readonly contents: readonly string[];
  /** Each line's own line end; '' for the last line. */
  readonly ends: readonly string[];
}

function textLines(text: string): TextLines {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const parts = text.slice(bom.length).split(/(\r\n|\r|\n)/);
  return { bom, contents: parts.filter((_, index) => index % 2 === 0), ends: [...parts.filter((_, index) => index % 2 === 1), ''] };
}

type LineOp =
  /** New whole lines before line `before` (0-based). */
  | { readonly type: 'insert'; readonly before: number; readonly lines: readonly string[] }
  /** New lines after the last line, which had no line end. */
  | { readonly type: 'append'; readonly lines: readonly string[] }
  /** A change inside line `line` (0-based), columns `from` to `to` (0-based, end exclusive). */
  | { readonly type: 'inline'; readonly line: number; readonly from: number; readonly to: number; readonly text: string }
  /** Whole lines `from`..`to` (0-based, inclusive) replaced by `lines`. */
  | { readonly type: 'region'; readonly from: number; readonly to: number; readonly lines: readonly string[] };

/** Whole lines of `text` written with `eol`: no other line break may hide in them. */
function wholeLines(text: string, eol: string, what: () => string): string[] {
  const lines = text.split(eol);
  for (const line of lines) claim(!/[\r\n]/.test(line), () => `${what()}: a line end other than ${JSON.stringify(eol)} in ${JSON.stringify(text)}`);
  return lines;
}

/** What one TextEdit does to the lines of the original; fails when it is not line-shaped. */
function lineOp(edit: TextEdit, original: TextLines, eol: string): LineOp {
  const { start, end } = edit.range;
  const count = original.contents.length;
  const what = () => `edit ${JSON.stringify(edit)}`;
  for (const place of [start, end]) {
    claim(place.line >= 1 && place.line <= count, () => `${what()}: line ${place.line} is not in the text (1..${count})`);
    claim(place.column >= 1 && place.column <= original.contents[place.line - 1].length + 1, () => `${what()}: column ${place.column} is outside its line`);
  }
  claim(start.line < end.line || (start.line === end.line && start.column <= end.column), () => `${what()}: starts after its end`);
  const empty = start.line === end.line && start.column === end.column;
  if (empty && start.column === 1 && edit.newText.endsWith(eol)) {
    return { type: 'insert', before: start.line - 1, lines: wholeLines(edit.newText.slice(0, -eol.length), eol, what) };
  }
  if (empty && start.line === count && start.column === original.contents[count - 1].length + 1 && edit.newText.startsWith(eol)) {
    return { type: 'append', lines: wholeLines(edit.newText.slice(eol.length), eol, what) };
  }
  if (start.line === end.line) {
    claim(!/[\r\n]/.test(edit.newText), () => `${what()}: a change inside one line brings a line break`);
    return { type: 'inline', line: start.line - 1, from: start.column - 1, to: end.column - 1, text: edit.newText };
  }
  claim(start.column === 1, () => `${what()}: a change over several lines must start at a line start`);
  claim(end.column === original.contents[end.line - 1].length + 1, () => `${what()}: a change over several lines must end at a line end`);
  return { type: 'region', from: start.line - 1, to: end.line - 1, lines: wholeLines(edit.newText, eol, what) };
}

/** The text the operations should give: untouched lines with their own line ends, every new line end `eol`. */
function applyLineOps(original: TextLines, ops: readonly LineOp[], eol: string): string {
  const contents = [...original.contents];
  const ends = [...original.ends];
  const at = (op: LineOp): [number, number] => {
    switch (op.type) {
      case 'insert': return [op.before, -1];
      case 'append': return [contents.length, 0];
      case 'inline': return [op.line, op.from];
      case 'region': return [op.from, -1];
    }
  };
  // From the end of the text backwards, so earlier line numbers stay valid.
  const sorted = [...ops].sort((a, b) => at(b)[0] - at(a)[0] || at(b)[1] - at(a)[1]);
  for (const op of sorted) {
    switch (op.type) {
      case 'insert':
        contents.splice(op.before, 0, ...op.lines);
        ends.splice(op.before, 0, ...op.lines.map(() => eol));
        break;
      case 'append':
        ends[ends.length - 1] = eol;
        contents.push(...op.lines);
        ends.push(...op.lines.map(() => eol));
        ends[ends.length - 1] = '';
        break;
      case 'inline':
        contents[op.line] = contents[op.line].slice(0, op.from) + op.text + contents[op.line].slice(op.to);
        break;
      case 'region': {
        const lastEnd = ends[op.to];
        contents.splice(op.from, op.to - op.from + 1, ...op.lines);
        ends.splice(op.from, op.to - op.from + 1, ...op.lines.map((_, index) => (index === op.lines.length - 1 ? lastEnd : eol)));
        break;
      }
    }
  }
  return original.bom + contents.map((content, index) => content + ends[index]).join('');
}

// ---------------------------------------------------------------------------------------------

const options = parseOptions();
const PATH = 'clients/acme.md';
const READ_ERRORS = new Set(['frontmatter-invalid', 'entry-malformed']);

function parse(text: string, path = PATH): ClientRecord {
  const file = parseLedgerText(path, text, options);
  claim(file.type === 'client', () => `not a client record any more: ${JSON.stringify(file).slice(0, 400)}`);
  return file as ClientRecord;
}

/** The generated record, which must be valid: the properties rest on it. */
function validClient(record: GeneratedRecord, path = PATH): ClientRecord {
  const client = parse(record.text, path);
  const errors = client.problems.filter((problem) => READ_ERRORS.has(problem.rule));
  assert.deepEqual(errors, [], 'the generator made an invalid record');
  return client;
}

function topKeys(client: ClientRecord): string[] {
  return [...client.places.keys()].filter((key) => !key.includes('.'));
}

function lineText(text: string, line: number): string {
  return textLines(text).contents[line - 1] ?? '';
}

function selectedText(text: string, range: SourceRange | undefined): string | undefined {
  if (!range) return undefined;
  assert.equal(range.start.line, range.end.line, 'a selection on one line');
  return lineText(text, range.start.line).slice(range.start.column - 1, range.end.column - 1);
}

interface Applied {
  readonly after: string;
  readonly client: ClientRecord;
  readonly ops: readonly LineOp[];
}

/**
 * Applies an edit and checks what every edit promises: it is line-shaped; every line it does not
 * target is kept byte for byte, in order, with its line end; new lines end like the file's lines;
 * the BOM stays; the result is still a valid client record whose keys keep their order; and each
 * changed line is one the edit may change (a key's value, new lines at the end of the frontmatter,
 * in the contact map or in the log, or the log's items when sorting).
 */
function applyChecked(record: GeneratedRecord, before: ClientRecord, edit: RecordEdit, path = PATH): Applied {
  const { after, ops } = applyLines(record, before, edit);
  // (i) still a record, with no new reading errors; (iii) the keys keep their order.
  const client = parse(after, path);
  const errors = client.problems.filter((problem) => READ_ERRORS.has(problem.rule));
  claim(errors.length === 0, () => `the edit broke the record (${JSON.stringify(errors)}):\n${after}`);
  assert.deepEqual(topKeys(client).slice(0, topKeys(before).length), topKeys(before), 'key order kept, new keys last');
  return { after, client, ops };
}

/** The line-level half of applyChecked, without reading the result again. */
function applyLines(record: GeneratedRecord, before: ClientRecord, edit: RecordEdit, original = textLines(record.text)): { after: string; ops: LineOp[] } {
  const { text, eol } = record;
  assert.ok(edit.edits.length > 0, 'an edit changes something');
  const ops = edit.edits.map((change) => lineOp(change, original, eol));
  const after = applyEdits(text, edit.edits);
  assert.equal(after, applyLineOps(original, ops, eol), 'the edit changed lines it does not target');

  // (iv) line ends: a CRLF file gets no bare LF or CR, an LF file no CR; the BOM stays.
  if (eol === '\r\n') assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(after), 'a bare LF or CR in a CRLF file');
  else assert.ok(!after.includes('\r'), 'a CR in an LF file');
  assert.equal(after.startsWith('\ufeff'), text.startsWith('\ufeff'), 'the BOM is kept');
  assert.equal(/\r?\n$/.test(after), /\r?\n$/.test(text), 'the final newline is kept (or kept absent)');

  for (const op of ops) assertTargeted(op, before, original);
  return { after, ops };
}

const YAML_KEY_LINE = /^[A-Za-z_][\w-]*:( .*)?$/;
const NESTED_KEY_LINE = /^ +[A-Za-z_][\w-]*: \S/;

/** A changed line must be one the edit may change. */
function assertTargeted(op: LineOp, client: ClientRecord, original: TextLines): void {
  const closing = client.layout.frontmatterEnd - 1;
  const items = client.layout.items;
  switch (op.type) {
    case 'inline': {
      // Inside one key's line (a top-level key or one in a map), between the end of the key and the end of its value.
      const places = [...client.places].filter(([, candidate]) => candidate.key.start.line === op.line + 1 && candidate.value.end.line === op.line + 1);
      claim(places.length > 0, () => `line ${op.line + 1} changed but holds no key with a one-line value: ${JSON.stringify(original.contents[op.line])}`);
      claim(places.some(([, { key, value }]) => op.from >= key.end.column - 1 && op.to <= value.end.column - 1),
        () => `the change on line ${op.line + 1} reaches outside the value of ${places.map(([name]) => name).join(', ')}`);
      break;
    }
    case 'insert': {
      if (op.before <= closing) {
        // New keys before the closing --- (a new map with its first key), or one key at the end of a block map.
        const newKeys = op.before === closing && op.lines.every((line, index) => YAML_KEY_LINE.test(line) || (index > 0 && NESTED_KEY_LINE.test(line)));
        const inMap = [...client.places].some(([name, place]) => !name.includes('.') && place.value.start.line > place.key.start.line &&
          op.before > place.key.start.line - 1 && op.before <= place.value.end.line);
        const mapKey = inMap && op.lines.length === 1 && NESTED_KEY_LINE.test(op.lines[0]);
        claim(newKeys || mapKey, () => `lines inserted in the frontmatter at line ${op.before + 1} are neither new keys before --- nor a key at the end of a map: ${JSON.stringify(op.lines)}`);
        break;
      }
      assertLogLines(op.lines);
      const last = items[items.length - 1];
      const allowed = last ? [last.endLine] : [client.layout.headingLine ?? -1, original.contents.length - 1];
      claim(allowed.includes(op.before), () => `log lines inserted at line ${op.before + 1}, not after the log (${JSON.stringify(allowed)})`);
      break;
    }
    case 'append':
      assertLogLines(op.lines);
      break;
    case 'region':
      assert.ok(items.length >= 2, 'only a log is sorted');
      assert.equal(op.from, items[0].line - 1, 'the sorted region starts at the first item');
      assert.equal(op.to, items[items.length - 1].endLine - 1, 'the sorted region ends at the last item');
      break;
  }
}

/** Lines a log edit may add: items, blank lines, and the Log heading it creates. */
function assertLogLines(lines: readonly string[]): void {
  claim(lines.every((line) => line === '' || line === '## Log' || line.startsWith('- ')), () => `not log lines: ${JSON.stringify(lines)}`);
  assert.equal(lines.filter((line) => line.startsWith('- ')).length, 1, 'one new entry');
}

/** After adding an entry: all the old entries, then the new one, as written. */
function assertAppended(before: ClientRecord, after: ClientRecord, entry: string, kind?: string): void {
  assert.deepEqual(after.entries.slice(0, -1).map((e) => e.source), before.entries.map((e) => e.source), 'the old entries are kept, in order');
  const last = after.entries[after.entries.length - 1];
  assert.ok(last, 'the new entry is read');
  assert.equal(last.source, entry, 'the new entry is the last one, as written');
  if (kind !== undefined) assert.equal(last.kind, kind);
}

/** After sorting: the same entries and lines, in date order, and sorting again changes nothing. */
function assertSorted(before: { text: string; client: ClientRecord }, applied: Applied): void {
  const sortedSources = (client: ClientRecord) => client.entries.map((entry) => entry.source).sort();
  assert.deepEqual(sortedSources(applied.client), sortedSources(before.client), 'the same entries');
  assert.deepEqual(logOutOfOrder.check(applied.client, { today: TODAY } as never), [], 'no entry out of order after sorting');
  assert.equal(sortLog(applied.client, applied.after), undefined, 'sorting a sorted log changes nothing');
  const region = applied.ops.find((op) => op.type === 'region');
  assert.ok(region && region.type === 'region');
  const original = textLines(before.text).contents.slice(region.from, region.to + 1);
  const nonBlank = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '').sort();
  assert.deepEqual(nonBlank(region.lines), nonBlank(original), 'every line of the log is kept');
  if (uniformlySpaced(before.client, textLines(before.text))) {
    assert.deepEqual([...region.lines].sort(), [...original].sort(), 'a tight or evenly loose log keeps its blank lines too');
  }
}

/** Items all next to each other, or all one blank line apart, with nothing else between them. */
function uniformlySpaced(client: ClientRecord, lines: TextLines): boolean {
  const { items } = client.layout;
  const gaps = items.slice(1).map((item, index) => lines.contents.slice(items[index].endLine, item.line - 1));
  if (gaps.some((gap) => gap.some((line) => line.trim() !== ''))) return false;
  return gaps.every((gap) => gap.length === 0) || gaps.every((gap) => gap.length === 1);
}

// ---------------------------------------------------------------------------------------------

const recordArb = validRecord({ days: fc.oneof(dayText, closeDayText), forced: quickFixScenario, maxItems: 5 });
const LADDER = ['email', 'call', 'postcard', 'hold'];

describe('property: quick fixes keep every other line byte for byte', function () {
  this.timeout(HANG_GUARD_MS);
  it('the record actions of the client and of a finding (each applied; one a case read back and checked in full)', () => {
    holds(fc.property(recordArb, fc.nat(), fc.nat(), (record, which, pick) => {
      const client = validClient(record);
      // A rule's findings offer the same actions wherever they are, except invoice-overdue (one
      // payment an invoice). Computing every finding's actions costs a YAML parse a value, so a
      // case takes one finding (another one each case), with all the actions of the client.
      const findings = [...new Map(checkClient(client, TODAY).map((finding) => [finding.rule === 'invoice-overdue' ? `${finding.rule}${finding.range.start.line}` : finding.rule, finding])).values()];
      const finding = findings.length > 0 ? findings[which % findings.length] : undefined;
      const offered = [
        ...recordActionsForClient(client, record.text, TODAY),
        ...(finding ? recordActionsFor(finding.rule, finding.range.start.line, client, record.text, TODAY) : []),
      ];
      // The tree and a finding offer some of the same actions: each once.
      const actions = [...new Map(offered.map((action) => [`${action.title}${JSON.stringify(action.edit.edits)}`, action])).values()];
      // Every action is line-shaped and keeps every other line; reading each result back is what
      // costs, so one action a case (a different one each case) is read back and checked in full.
      const original = textLines(record.text);
      for (const action of actions) applyLines(record, client, action.edit, original);
      if (actions.length > 0) {
        const action = actions[pick % actions.length];
        const applied = applyChecked(record, client, action.edit);
        const after = applied.client;
        const title = action.title;
        if (title.startsWith('Log follow-up: ')) {
          const last = after.entries[after.entries.length - 1];
          assertAppended(client, after, `${TODAY_TEXT} ${title.slice('Log follow-up: '.length)}: `);
          assert.ok(LADDER.includes(last.kind) && last.date === TODAY, `a follow-up is a rung of the ladder: ${last.source}`);
        } else if (title.startsWith('Record payment of ')) {
          const id = title.slice(title.lastIndexOf(' for ') + 5);
          assert.equal(after.entries[after.entries.length - 1].kind, 'payment');
          const invoice = accountOf(after, TODAY).invoices.find((candidate) => candidate.entry.id === id);
          assert.ok(invoice && !isOpen(invoice), `invoice ${id} is paid after recording its payment`);
        } else if (title.startsWith('Log your answer: ')) {
          assertAppended(client, after, `${TODAY_TEXT} ${title.slice('Log your answer: '.length)}: `);
        } else if (title.startsWith('Charge the ')) {
          const line = action.edit.edits[0].range.start.line;
          const still = checkClient(after, TODAY).filter((found) => found.rule === 'late-fee-not-allowed' && found.range.start.line === line);
          assert.deepEqual(still, [], `the fee on line ${line} is what the agreement allows once charged`);
        } else if (title === 'Sort the log by date') {
          assertSorted({ text: record.text, client }, applied);
        } else if (title.startsWith('Add a deposit policy')) assert.equal(after.deposit, 'none');
        else if (title.startsWith('Add a retainer')) assert.equal(after.retainer, 'none');
        else if (title.startsWith('Add a backup contact')) assert.equal(after.contact?.backup, 'name, phone or email');
        else if (title.startsWith('Add the written agreement')) assert.equal(after.agreement, `agreements/${client.id}.pdf`);
        else if (title.startsWith('Resume the client')) {
          assert.equal(after.status, 'active');
          assert.equal(after.entries[after.entries.length - 1].kind, 'resume');
        } else if (title.startsWith('Extend the hold to ')) assert.equal(formatDay(after.holdUntil!), title.slice('Extend the hold to '.length));
        else if (title.startsWith('Mark as former')) assert.equal(after.status, 'former');
        else if (title.startsWith('Snooze ')) {
          const [, rule, until] = /^Snooze (\S+) for .* \(until (\d{4}-\d{2}-\d{2})\)$/.exec(title) ?? [];
          assert.ok(rule && until, `a snooze names its rule and day: ${title}`);
          assert.equal(formatDay(after.snooze.get(rule)!), until);
          assert.deepEqual(checkClient(after, TODAY).filter((finding) => finding.rule === rule), [], `${rule} is silent while snoozed`);
        } else assert.fail(`an action this property does not know yet: ${title}`);
      }
    }));
  });
});

// ---------------------------------------------------------------------------------------------

const SCALAR_VALUES: Record<string, fc.Arbitrary<string>> = {
  client: nameText,
  status: fc.constantFrom(...STATUSES),
  since: dayText,
  hold_until: dayText,
  notice_given: dayText,
  end: dayText,
  agreement: fc.constantFrom('agreements/acme.pdf', 'https://example.com/x.pdf'),
  deposit: fc.oneof(amountText, fc.constant('none')),
  retainer: fc.oneof(amountText, fc.constant('none')),
  currency: fc.constantFrom('USD', 'EUR', 'GBP'),
  rate: fc.constantFrom('40/h', '600/month'),
  terms: fc.constantFrom('net 14', '30'),
  notice: fc.constantFrom('2 weeks', '1 month'),
  minimum_hours: fc.constantFrom('5', '12.5'),
  hours: fc.constantFrom('Mon-Fri 09:00-17:00', 'Sat 10:00-12:00'),
  owner: nameText,
  contact: nameText,
  services: nameText,
  favourite_colour: fc.constantFrom('blue', 'green'),
};
const keyValue = fc.constantFrom(...Object.keys(SCALAR_VALUES)).chain((key) => SCALAR_VALUES[key].map((value) => [key, value] as const));

/** A key's value as written in the text (its place in the record), or undefined when it spans lines. */
function valueAsWritten(client: ClientRecord, text: string, key: string): string | undefined {
  const place = client.places.get(key);
  if (!place || place.value.start.line !== place.value.end.line) return undefined;
  return lineText(text, place.value.start.line).slice(place.value.start.column - 1, place.value.end.column - 1);
}

/** What YAML text reads as for the engine: a string, or a number or boolean as written (as scalarText does). */
function yamlRead(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  const document = parseDocument(`x: ${written}\n`, { version: '1.2' });
  return document.errors.length > 0 ? undefined : scalarText(document.get('x', true) as never)?.trim();
}

/** A key's value as the engine reads it (an edit may quote a value so that it reads back the same). */
function valueRead(client: ClientRecord, text: string, key: string): string | undefined {
  return yamlRead(valueAsWritten(client, text, key));
}

type Direct =
  | { readonly op: 'appendEntry'; readonly entry: { text: string; kind: string } }
  | { readonly op: 'logFollowUp' }
  | { readonly op: 'recordPayment'; readonly id: string }
  | { readonly op: 'sortLog' }
  | { readonly op: 'setKey'; readonly key: string; readonly value: string }
  | { readonly op: 'setKeys'; readonly values: readonly (readonly [string, string])[] }
  | { readonly op: 'addBackupContact'; readonly placeholder: string };

const direct: fc.Arbitrary<Direct> = fc.oneof(
  entrySpec().map((entry) => ({ op: 'appendEntry' as const, entry })),
  fc.constant({ op: 'logFollowUp' as const }),
  fc.constantFrom(...INVOICE_IDS).map((id) => ({ op: 'recordPayment' as const, id })),
  fc.constant({ op: 'sortLog' as const }),
  keyValue.map(([key, value]) => ({ op: 'setKey' as const, key, value })),
  fc.uniqueArray(keyValue.filter(([key]) => !['contact', 'services'].includes(key)), { selector: ([key]) => key, minLength: 1, maxLength: 3 })
    .map((values) => ({ op: 'setKeys' as const, values })),
  fc.oneof(fc.constant('name, phone or email'), nameText).map((placeholder) => ({ op: 'addBackupContact' as const, placeholder })),
);

describe('property: record edits keep every other line byte for byte', function () {
  this.timeout(HANG_GUARD_MS);
  it('appendEntry, logFollowUp, recordPayment, sortLog, setKey, setKeys and addBackupContact on valid records', () => {
    holds(fc.property(recordArb, direct, (record, call) => {
      const client = validClient(record);
      const { text } = record;
      switch (call.op) {
        case 'appendEntry': {
          const edit = appendEntry(client, text, call.entry.text);
          const applied = applyChecked(record, client, edit);
          assertAppended(client, applied.client, call.entry.text, call.entry.kind);
          assert.equal(selectedText(applied.after, { start: { ...edit.selection!.start, column: 1 }, end: edit.selection!.end }), `- ${call.entry.text}`, 'the cursor ends the new line');
          break;
        }
        case 'logFollowUp': {
          const applied = applyChecked(record, client, logFollowUp(client, text, TODAY));
          const last = applied.client.entries[applied.client.entries.length - 1];
          assertAppended(client, applied.client, last.source);
          assert.ok(LADDER.includes(last.kind) && last.date === TODAY && last.source.endsWith(': '), `a follow-up: ${last.source}`);
          break;
        }
        case 'recordPayment': {
          const invoice = accountOf(client, TODAY).invoices.find((candidate) => candidate.entry.id === call.id);
          const edit = recordPayment(client, text, call.id, TODAY);
          if (!invoice || !isOpen(invoice)) {
            assert.equal(edit, undefined, 'no payment for an invoice that is unknown or paid');
            break;
          }
          assert.ok(edit, `a payment for the open invoice ${call.id}`);
          const applied = applyChecked(record, client, edit);
          const last = applied.client.entries[applied.client.entries.length - 1];
          assertAppended(client, applied.client, last.source, 'payment');
          const paid = accountOf(applied.client, TODAY).invoices.find((candidate) => candidate.entry.id === call.id);
          assert.ok(paid && !isOpen(paid), `invoice ${call.id} is paid: ${last.source}`);
          break;
        }
        case 'sortLog': {
          const edit = sortLog(client, text);
          const outOfOrder = logOutOfOrder.check(client, { today: TODAY } as never).length > 0;
          if (!edit) {
            assert.ok(!outOfOrder, 'a log with an entry out of order gets sorted');
            break;
          }
          assertSorted({ text, client }, applyChecked(record, client, edit));
          break;
        }
        case 'setKey': {
          const { key, value } = call;
          const place = client.places.get(key);
          const edit = setKey(client, text, key, value);
          if (!edit) {
            assert.ok(place, `setKey adds a missing key ${key}`);
            const multiLine = place.value.start.line !== place.value.end.line || place.key.start.line !== place.value.start.line;
            assert.ok(multiLine || valueRead(client, text, key) === value, `setKey refused ${key}: ${value}`);
            break;
          }
          const applied = applyChecked(record, client, edit);
          assert.equal(applied.ops.length, 1);
          assert.equal(applied.ops[0].type, place ? 'inline' : 'insert', place ? 'an existing key changes in place' : 'a missing key is added');
          assert.equal(valueRead(applied.client, applied.after, key), value, `${key} reads ${value}`);
          assert.equal(selectedText(applied.after, edit.selection), valueAsWritten(applied.client, applied.after, key), 'the new value is selected');
          if (key === 'status') assert.equal(applied.client.status, value);
          if (['since', 'hold_until', 'notice_given', 'end'].includes(key)) {
            const field = { since: 'since', hold_until: 'holdUntil', notice_given: 'noticeGiven', end: 'end' }[key] as 'since' | 'holdUntil' | 'noticeGiven' | 'end';
            assert.equal(formatDay(applied.client[field]!), value);
          }
          break;
        }
        case 'setKeys': {
          const edit = setKeys(client, text, call.values);
          const changes = call.values.filter(([key, value]) => valueRead(client, text, key) !== value);
          if (!edit) {
            assert.deepEqual(changes, [], 'setKeys does something when a value changes');
            break;
          }
          const applied = applyChecked(record, client, edit);
          for (const [key, value] of call.values) assert.equal(valueRead(applied.client, applied.after, key), value, `${key} reads ${value}`);
          break;
        }
        case 'addBackupContact': {
          if (client.contact?.backup !== undefined) break; // offered only when there is none
          const edit = addBackupContact(client, text, call.placeholder);
          const contact = client.places.get('contact');
          const blockMap = contact !== undefined && contact.value.start.line > contact.key.start.line &&
            [...client.places.keys()].some((key) => key.startsWith('contact.'));
          const emptyValue = contact !== undefined && client.contact === undefined;
          if (!edit) {
            assert.ok(contact && !blockMap && !emptyValue, 'a backup is added to a missing, empty or block contact map');
            break;
          }
          assert.ok(!contact || blockMap || emptyValue, 'only a block contact map gets a backup line');
          const applied = applyChecked(record, client, edit);
          assert.equal(applied.client.contact?.backup, call.placeholder.trim());
          assert.equal(yamlRead(selectedText(applied.after, edit.selection)), call.placeholder, 'the placeholder is selected');
          for (const key of ['name', 'email', 'phone'] as const) assert.equal(applied.client.contact?.[key], client.contact?.[key]);
          break;
        }
      }
    }));
  });
});

// ---------------------------------------------------------------------------------------------
// The values an edit writes come from the record (an id, an invoice ID, a name): whatever they
// are, the new line must read back as what the edit says it writes. Kept apart from the
// properties above, so that one odd value does not hide the rest.

/** A small valid record: `frontmatter` lines after `client:` (or instead of it), `log` items; LF or CRLF. */
function smallRecord(frontmatter: readonly string[], log: readonly string[], eol: '\n' | '\r\n'): GeneratedRecord {
  const front = frontmatter.some((line) => line.startsWith('client:')) ? frontmatter : ['client: Acme', ...frontmatter];
  const lines = ['---', ...front, '---', '', '## Log', '', ...log.map((entry) => `- ${entry}`), ''];
  return { text: lines.join(eol), eol, bom: false };
}

const eolArb = fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n');

/** The no-agreement quick fix on a record whose file name is `clientId`.md. */
function agreementCase(lines: readonly string[], eol: '\n' | '\r\n', clientId: string): void {
  const record = smallRecord(lines, [], eol);
  const path = `clients/${clientId}.md`;
  const client = validClient(record, path);
  const [action] = recordActionsFor('no-agreement', client.places.get('client')!.key.start.line, client, record.text, TODAY);
  assert.ok(action, 'the no-agreement quick fix is offered');
  const applied = applyChecked(record, client, action.edit, path);
  assert.equal(applied.client.agreement, `agreements/${clientId}.pdf`, `the agreement of ${JSON.stringify(clientId)}`);
}

/** The invoice-overdue quick fix on invoice `id`, with an older open invoice of the same amount or not. */
function paymentCase(id: string, written: string, older: boolean, eol: '\n' | '\r\n'): void {
  // A payment without an ID would pay the older invoice first.
  const log = [...(older ? [`2026-09-01 invoice OLD-1 ${written}`] : []), `2026-10-01 invoice ${id} ${written}`];
  const record = smallRecord(['currency: USD'], log, eol);
  const client = validClient(record);
  const line = client.entries[client.entries.length - 1].range.start.line;
  const [action] = recordActionsFor('invoice-overdue', line, client, record.text, TODAY);
  assert.ok(action, `a payment is offered for ${id}`);
  const applied = applyChecked(record, client, action.edit);
  const last = applied.client.entries[applied.client.entries.length - 1];
  assert.equal(last.kind, 'payment');
  const invoices = accountOf(applied.client, TODAY).invoices;
  const paid = invoices.find((invoice) => invoice.entry.id === id);
  claim(paid && !isOpen(paid), () => `invoice ${id} is still open after "${last.source}"`);
  const other = invoices.find((invoice) => invoice.entry.id === 'OLD-1');
  claim(!other || other.paid === 0, () => `"${last.source}" paid OLD-1 instead of ${id}`);
}

/** The awaiting-reply quick fix after `tried` unanswered attempts, with the client and contact named by YAML values. */
function followUpCase(clientName: string, name: string | undefined, backup: string | undefined, tried: number, eol: '\n' | '\r\n'): void {
  const contact = name === undefined && backup === undefined ? [] : [
    'contact:',
    ...(name === undefined ? [] : [`  name: ${name}`]),
    ...(backup === undefined ? [] : [`  backup: ${backup}`]),
  ];
  const frontmatter = [`client: ${clientName}`, ...contact].flatMap((line) => line.split('\n'));
  const record = smallRecord(frontmatter, ['2026-11-01 email from Jane', ...LADDER_ATTEMPTS.slice(0, tried)], eol);
  const client = validClient(record);
  const [action] = recordActionsFor('awaiting-reply', 1, client, record.text, TODAY);
  assert.ok(action, 'a follow-up is offered');
  const applied = applyChecked(record, client, action.edit);
  const last = applied.client.entries[applied.client.entries.length - 1];
  assertAppended(client, applied.client, last.source);
  assert.ok(LADDER.includes(last.kind) && last.date === TODAY, `a follow-up: ${last.source}`);
  assert.equal(`Log follow-up: ${last.source.slice(TODAY_TEXT.length + 1, -2)}`, action.title, 'the entry is the one the action names');
}

/** Unanswered attempts up the ladder: email, call, postcard, then the backup (Tom). */
const LADDER_ATTEMPTS = ['2026-11-10 email to Jane', '2026-11-12 call to Jane', '2026-11-14 postcard to Jane', '2026-11-16 call to Tom'];

/** File names for the agreement path: YAML indicators, comment and mapping look-alikes. */
const fileId = fc.oneof(
  fc.constantFrom('acme', 'Café Lumière', 'studio #2', 'a: b', '#1', 'x  #y', '[draft]', '*star', 'yes', '123', "o'brien", '- dash', '? q', '@home', '%20', 'tab\tid'),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', '#', ':', '-', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ',', '?', 'é'), minLength: 1, maxLength: 8 }),
).filter((text) => text.trim() !== '' && text === text.trim());

/** YAML values for a name: plain, quoted, with escapes, folded and literal blocks (indented for the contact map). */
const nameValue = fc.constantFrom(
  'Jane Doe', "'Jane: CEO'", '"#1 fan"', "'- Jane'", '"2026-11-02"', 'Tom (partner), +1 555 0101', '"Zoë \\u00e9"', '"  Jane  "',
  '"Jane\\nDoe"', '"Jane\\tDoe"', '"Jane\\rDoe"', '|\n    Tom Doe\n    +1 555 0101', '>\n    Tom\n    Doe', '|-\n    Tom\n\n    Doe',
);

describe('property: what a quick fix writes from the record reads back as written', function () {
  this.timeout(HANG_GUARD_MS);
  it('the agreement path of any file name, the payment of any invoice ID, the follow-up to any contact name', () => {
    const scenario = fc.oneof(
      // agreement missing, empty, or empty before a comment: what no-agreement fires on.
      fc.record({
        fix: fc.constant('agreement' as const),
        lines: fc.constantFrom<string[]>([], ['agreement:'], ['agreement:   # to sign'], ['status: active', 'agreement: ""']),
        eol: eolArb,
        fileId,
      }),
      // IDs that look like a currency code, a number or a keyword, and amounts written every way.
      fc.record({
        fix: fc.constant('payment' as const),
        id: fc.constantFrom('INV-1', 'A.1', 'x_9', '100', '1.5', 'CHF', 'JPY', 'EUR', 'usd', 'due', 'payment'),
        amount: fc.constantFrom('$450', '€12.50', '£99', '450', '12 CHF', 'CHF 12', '1000 JPY', 'JPY 5', '450 EUR', '0.01'),
        older: fc.boolean(),
        eol: eolArb,
      }),
      fc.record({
        fix: fc.constant('follow-up' as const),
        client: nameValue,
        name: fc.option(nameValue, { nil: undefined }),
        backup: fc.option(nameValue, { nil: undefined }),
        tried: fc.integer({ min: 0, max: 4 }),
        eol: eolArb,
      }),
    );
    holds(fc.property(scenario, (given) => {
      switch (given.fix) {
        case 'agreement': return agreementCase(given.lines, given.eol, given.fileId);
        case 'payment': return paymentCase(given.id, given.amount, given.older, given.eol);
        case 'follow-up': return followUpCase(given.client, given.name, given.backup, given.tried, given.eol);
      }
    }));
  });
});
