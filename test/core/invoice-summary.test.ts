import assert from 'node:assert/strict';
import { invoiceAtLine, invoiceStateText, invoiceSummaries, invoiceSummaryLines } from '../../src/core/summary/invoice-summary';
import { logLensText } from '../../src/core/summary/log-lens';
import { standingOf } from '../../src/core/summary/client-standing';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const LOG = [
  '2026-09-01 invoice A-1 $450 due 2026-09-15',
  '2026-09-20 payment A-1 $200',
  '2026-10-01 invoice A-2 $300 due 2026-10-15',
  '2026-10-10 payment A-2 $300',
  '2026-11-10 invoice A-3 $100 due 2026-11-30',
  '2026-11-12 invoice A-1 $50: logged twice',
  '2026-11-17 email from Jane',
];
const text = recordText(['terms: net 14'], LOG);
const client = parseClient(text);

describe('invoice hover', () => {
  it('an overdue invoice: paid, open, days overdue, and each payment', () => {
    assert.deepEqual(invoiceSummaryLines(invoiceAtLine(client, lineOf(text, 'invoice A-1 $450'), day(TODAY))!), [
      'Invoice A-1 · $450.00 · issued 2026-09-01 · due 2026-09-15',
      'Paid $200.00 · open $250.00 · 66 days overdue',
      'Payment $200.00 on 2026-09-20',
    ]);
  });

  it('a paid invoice says when, and whether on time; one not yet due says in how many days', () => {
    assert.deepEqual(invoiceSummaryLines(invoiceAtLine(client, lineOf(text, 'invoice A-2'), day(TODAY))!).slice(1, 2), ['Paid in full on 2026-10-10, on time']);
    assert.deepEqual(invoiceSummaryLines(invoiceAtLine(client, lineOf(text, 'invoice A-3'), day(TODAY))!).slice(1), ['Paid $0.00 · open $100.00 · due in 10 days']);
  });

  it('a repeated ID points at the first invoice; other lines have no invoice', () => {
    const lines = invoiceSummaryLines(invoiceAtLine(client, lineOf(text, 'logged twice'), day(TODAY))!);
    assert.equal(lines[1], `Repeats the invoice ID on line ${lineOf(text, 'invoice A-1 $450')}: the figures are that invoice's`);
    assert.equal(invoiceAtLine(client, lineOf(text, 'payment A-1'), day(TODAY)), undefined);
    assert.equal(invoiceAtLine(client, 1, day(TODAY)), undefined);
  });
});

describe('the line above the log', () => {
  it('open balance, last contact and the number of next steps', () => {
    assert.equal(logLensText(standingOf(client, [], day(TODAY)), 2, day(TODAY)), '$350.00 open · last contact 3d ago · 2 next steps');
    const quiet = parseClient(recordText([], []));
    assert.equal(logLensText(standingOf(quiet, [], day(TODAY)), 1, day(TODAY)), 'nothing open · no contact logged · 1 next step');
  });
});

describe('where each invoice stands', () => {
  it('every invoice entry at once, in file order, each as invoiceAtLine gives it', () => {
    const all = invoiceSummaries(client, day(TODAY));
    assert.deepEqual(all.map(({ entry }) => entry.range.start.line), ['invoice A-1 $450', 'invoice A-2', 'invoice A-3', 'logged twice'].map((words) => lineOf(text, words)));
    for (const { entry, summary } of all) assert.deepEqual(summary, invoiceAtLine(client, entry.range.start.line, day(TODAY)));
  });

  it('says where an invoice stands in a few words: paid on a day, or open and how late', () => {
    const state = (words: string) => invoiceStateText(invoiceAtLine(client, lineOf(text, words), day(TODAY))!);
    assert.equal(state('invoice A-1 $450'), '$250.00 open · 66d overdue');
    assert.equal(state('invoice A-2'), 'paid 2026-10-10');
    assert.equal(state('invoice A-3'), '$100.00 open · due in 10d');
    assert.equal(invoiceStateText(invoiceAtLine(client, lineOf(text, 'invoice A-3'), day('2026-11-30'))!), '$100.00 open · due today');
  });
});

