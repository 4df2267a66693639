import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceRange } from '../../src/core/model';
import { bodyStart, documentMentions, invoiceMentions } from '../../src/core/navigation/invoice-mentions';
import { paymentReminderSteps } from '../../src/core/agenda/payment-reminders';
import { DEFAULT_AGENDA } from '../../src/core/agenda/next-step';
import { day, lineOf, parseClient, recordText } from '../helpers/ledger-text';

/** `line:column-column` of a range, and the text it covers. */
function place(text: string, range: SourceRange): string {
  const line = text.split('\n')[range.start.line - 1];
  return `${range.start.line}:${range.start.column} ${line.slice(range.start.column - 1, range.end.column - 1)}`;
}

/** `line:column word`: the nth `word` on the first line holding `needle`, found by searching the text. */
function spot(text: string, needle: string, word: string, nth = 0): string {
  const line = lineOf(text, needle);
  const source = text.split('\n')[line - 1];
  let index = -1;
  for (let count = 0; count <= nth; count++) index = source.indexOf(word, index + 1);
  assert.ok(index >= 0, `${word} on the line of ${needle}`);
  return `${line}:${index + 1} ${word}`;
}

const LOG = [
  '2026-10-01 invoice INV-1 $450 due 2026-10-15',
  '2026-10-02 10:15 invoice inv-2 $100',
  '2026-10-16 email to Jane: reminder for inv-1 (and INV-2)',
  '2026-10-20 payment INV-1 $200',
  '2026-10-21 late-fee Inv-1 $10: on INV-1',
  '2026-10-22 email from Jane: INV-1 is on its way',
  '2026-10-23 note about INV-1 and INV-10',
  '2026-10-24 invoice INV-1 $50: a slip',
  '2026-10-25 payment $100',
  '2026-10-26 email to Jane #INV-1',
];

describe('where a record names its invoices (invoiceMentions)', () => {
  const text = recordText([], LOG);
  const client = parseClient(text);
  const mentions = invoiceMentions(client);

  it('each invoice once, by its ID in any case, defined on its first invoice entry', () => {
    assert.deepEqual([...mentions.invoices.keys()], ['inv-1', 'inv-2']);
    const names = mentions.of('iNv-1')!;
    assert.equal(names.id, 'INV-1');
    assert.equal(place(text, names.definition), `${spot(text, 'invoice INV-1 $450', 'INV-1')}`);
    assert.equal(place(text, mentions.of('INV-2')!.definition), `${spot(text, 'invoice inv-2', 'inv-2')}`, 'after a time');
  });

  it('every mention with its exact range and role, in file order', () => {
    const described = mentions.of('INV-1')!.mentions.map((mention) => `${place(text, mention.range)} ${mention.role}`);
    assert.deepEqual(described, [
      `${spot(text, 'reminder for', 'inv-1')} reminder`,
      `${spot(text, 'payment INV-1', 'INV-1')} payment`,
      `${spot(text, 'late-fee', 'Inv-1')} late-fee`,
      `${spot(text, 'late-fee', 'INV-1')} other`,
      `${spot(text, 'email from Jane', 'INV-1')} other`,
      `${spot(text, 'note about', 'INV-1')} other`,
      `${spot(text, 'a slip', 'INV-1')} duplicate`,
      `${spot(text, '#INV-1', 'INV-1')} reminder`,
    ]);
    assert.deepEqual(mentions.of('INV-2')!.mentions.map((mention) => place(text, mention.range)), [`${spot(text, 'reminder for', 'INV-2')}`]);
  });

  it('at(): the ID word under a position, its definition or a mention; nothing elsewhere', () => {
    const line = lineOf(text, 'payment INV-1');
    const word = mentions.at({ line, column: 24 })!;
    assert.equal(word.names.id, 'INV-1');
    assert.equal(word.mention?.role, 'payment');
    assert.equal(place(text, word.range), spot(text, 'payment INV-1', 'INV-1'));
    const definition = mentions.at({ line: lineOf(text, 'invoice INV-1 $450'), column: 25 })!;
    assert.equal(definition.mention, undefined);
    assert.equal(definition.range, definition.names.definition);
    assert.equal(mentions.at({ line, column: 28 }), undefined, 'on the amount');
    assert.equal(mentions.at({ line: 1, column: 1 }), undefined);
  });

  it('the words a kind gives a meaning to never count, even when an invoice has them as its ID', () => {
    const odd = recordText([], [
      '2026-10-01 invoice to $10',
      '2026-10-02 invoice 2026-10-05 $20 due 2026-10-05',
      '2026-10-03 invoice end $5',
      '2026-10-03 invoice 450 $5',
      '2026-10-05 email to Jane: to and 2026-10-05',
      '2026-10-06 notice to Jane end 2026-10-05: end',
      '2026-10-07 payment $450',
      '2026-10-08 request from Jane about to',
    ]);
    const record = parseClient(odd);
    const found = invoiceMentions(record);
    const roles = (id: string) => found.of(id)!.mentions.map((mention) => `${place(odd, mention.range)} ${mention.role}`);
    assert.deepEqual(roles('to'), [`${spot(odd, 'email to Jane', 'to', 1)} reminder`, `${spot(odd, 'about to', 'to')} other`]);
    assert.deepEqual(roles('2026-10-05'), [`${spot(odd, 'email to Jane', '2026-10-05', 1)} reminder`]);
    assert.deepEqual(roles('end'), [`${spot(odd, 'notice to', 'end', 1)} other`]);
    assert.deepEqual(roles('450'), [], 'the amount of a payment is not a mention');
  });

  it('a payment naming no invoice of the record, and a record without invoices, name nothing', () => {
    const text = recordText([], ['2026-10-01 payment INV-9 $10', '2026-10-02 email to Jane: INV-9']);
    const found = invoiceMentions(parseClient(text));
    assert.equal(found.invoices.size, 0);
    assert.equal(found.at({ line: lineOf(text, 'payment INV-9'), column: 24 }), undefined);
  });

  it('on the sample ledger: Brightside Dental\'s BD-023 is paid by nothing, reminded once, charged a late fee and named by Priya', () => {
    const sample = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'ledger', 'clients', 'brightside-dental.md'), 'utf8');
    const names = invoiceMentions(parseClient(sample, 'clients/brightside-dental.md')).of('BD-023')!;
    assert.equal(place(sample, names.definition), `${spot(sample, 'invoice BD-023', 'BD-023')}`);
    assert.deepEqual(names.mentions.map((mention) => `${mention.range.start.line} ${mention.role}`), [
      `${lineOf(sample, 'reminder for BD-023')} reminder`,
      `${lineOf(sample, 'late-fee BD-023')} late-fee`,
      `${lineOf(sample, 'will pay BD-023')} other`,
    ]);
  });
});

describe('the agenda counts a reminder as the references do', () => {
  const reminders = (log: string[], today: string) => paymentReminderSteps(parseClient(recordText([], log)), day(today), DEFAULT_AGENDA).map((step) => step.due);
  const invoice = '2026-11-01 invoice INV-1 $450 due 2026-11-30';

  it('an outgoing message naming the ID in any case, in its who, tags or free text, counts', () => {
    const unsent = reminders([invoice], '2026-11-28');
    for (const sent of ['email to Jane: about inv-1', 'email to Jane re INV-1', 'email to Jane #inv-1', 'call to Jane: (INV-1).']) {
      assert.notDeepEqual(reminders([invoice, `2026-11-27 ${sent}`], '2026-11-28'), unsent, sent);
    }
  });

  it('a message from the client, a longer word or the direction word do not', () => {
    const unsent = reminders([invoice], '2026-11-28');
    for (const other of ['email from Jane: about INV-1', 'email to Jane: INV-10', 'note INV-1', 'email to Jane: XINV-1']) {
      assert.deepEqual(reminders([invoice, `2026-11-27 ${other}`], '2026-11-28'), unsent, other);
    }
    const to = '2026-11-01 invoice to $450 due 2026-11-30';
    assert.deepEqual(reminders([to, '2026-11-27 email to Jane'], '2026-11-28'), reminders([to], '2026-11-28'), 'an invoice called "to"');
  });
});

describe('where a document names an invoice (documentMentions)', () => {
  it('in its body only, after the frontmatter', () => {
    const text = ['---', 'document: payment-reminder', 'client: inv-1', '---', '', 'Invoice INV-1 is open.', '- [ ] log `email to Jo: payment reminder for INV-1`'].join('\n');
    assert.equal(bodyStart(text), 5);
    assert.deepEqual(documentMentions(text, 'inv-1').map((range) => `${range.start.line}:${range.start.column}`), ['6:9', '7:46']);
  });

  it('a file without frontmatter is all body', () => {
    assert.equal(bodyStart('INV-1\n'), 1);
    assert.deepEqual(documentMentions('INV-1\n', 'INV-1').length, 1);
  });
});
