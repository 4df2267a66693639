import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { statementSections } from '../../src/core/derive/statement-lines';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { draftFiles, renderDocument } from '../../src/core/documents/render-document';
import { statement, statementPath } from '../../src/core/documents/statement';
import { statementOf } from '../../src/core/documents/statement-facts';
import { statementHtml } from '../../src/core/documents/statement-html';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import type { ClientRecord } from '../../src/core/model';
import { parseOptions } from '../../src/core/load-ledger';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');

function sample(id: string): ClientRecord {
  return parseClient(readFileSync(resolve(ROOT, 'examples/ledger/clients', `${id}.md`), 'utf8'), `clients/${id}.md`);
}

/** Each line of a section as `date | description | charge | received | balance`, minor units. */
function lines(client: ClientRecord, today = TODAY): string[][] {
  return statementSections(client, day(today)).map((section) =>
    section.lines.map((line) => [section.currency, line.description, line.charge, line.received, line.held, line.balance].join(' | ')));
}

const acme = (log: string[], front: string[] = ['terms: net 14']) => parseClient(recordText(front, log));

describe('statement lines', () => {
  it('runs the balance through invoices and part payments, hand-computed', () => {
    const client = acme([
      '2026-09-01 invoice A-1 $1,000.00',
      '2026-09-10 payment A-1 $400.00',
      '2026-10-01 invoice A-2 $250.50 due 2026-10-31',
      '2026-10-05 payment A-1 $600.00',
      '2026-10-20 payment A-2 $50.25',
    ]);
    assert.deepEqual(lines(client), [[
      'USD | Invoice A-1, due 2026-09-15 | 100000 | 0 | 0 | 100000',
      'USD | Payment, A-1 | 0 | 40000 | 0 | 60000',
      'USD | Invoice A-2, due 2026-10-31 | 25050 | 0 | 0 | 85050',
      'USD | Payment, A-1 | 0 | 60000 | 0 | 25050',
      'USD | Payment, A-2 | 0 | 5025 | 0 | 20025',
    ]]);
    const facts = statementOf(client, day(TODAY));
    assert.deepEqual(facts.currencies.map(({ open, credit, due }) => ({ open, credit, due })), [{ open: 20025, credit: 0, due: 20025 }]);
  });

  it('lists a payment without an ID as it is: the balance goes down, the oldest invoice is paid first', () => {
    const client = acme(['2026-10-01 invoice A-1 $300', '2026-10-02 invoice A-2 $200', '2026-10-10 payment $350']);
    assert.deepEqual(lines(client)[0].slice(2), ['USD | Payment (not assigned to an invoice) | 0 | 35000 | 0 | 15000']);
    const facts = statementOf(client, day(TODAY));
    assert.deepEqual(facts.openItems.map((item) => [item.entry.id, item.balance.minor]), [['A-2', 15000]]);
    assert.equal(facts.currencies[0].due, 15000);
    assert.equal(facts.currencies[0].credit, 0);
  });

  it('shows an overpayment as credit: a negative balance, less credit on account', () => {
    const client = acme(['2026-10-01 invoice A-1 $300', '2026-10-05 payment A-1 $500', '2026-11-01 invoice A-2 $150']);
    assert.deepEqual(lines(client)[0].map((line) => line.split(' | ').at(-1)), ['30000', '-20000', '-5000']);
    const [usd] = statementOf(client, day(TODAY)).currencies;
    // A-2 stays open ($150): the excess on A-1 is not applied to it (derive/account.ts), it is credit.
    assert.deepEqual({ open: usd.open, credit: usd.credit, due: usd.due }, { open: 15000, credit: 20000, due: -5000 });
  });

  it('lists a payment naming no invoice of its currency as it is, and counts it as credit', () => {
    const client = acme(['2026-10-01 invoice A-1 $300', '2026-10-05 payment Z-9 $50', '2026-10-06 payment A-1 €20']);
    assert.deepEqual(lines(client), [
      ['USD | Invoice A-1, due 2026-10-15 | 30000 | 0 | 0 | 30000', 'USD | Payment, Z-9 | 0 | 5000 | 0 | 25000'],
      ['EUR | Payment, A-1 | 0 | 2000 | 0 | -2000'],
    ]);
    const [usd, eur] = statementOf(client, day(TODAY)).currencies;
    assert.deepEqual([usd.open, usd.credit, usd.due], [30000, 5000, 25000]);
    assert.deepEqual([eur.open, eur.credit, eur.due], [0, 2000, -2000]);
  });

  it('lists a deposit in date order but holds it: the balance does not move', () => {
    const client = acme(['2026-10-01 invoice A-1 $500', '2026-10-03 deposit $300', '2026-10-09 payment A-1 $200']);
    assert.deepEqual(lines(client), [[
      'USD | Invoice A-1, due 2026-10-15 | 50000 | 0 | 0 | 50000',
      'USD | Deposit received (held): $300.00 | 0 | 0 | 30000 | 50000',
      'USD | Payment, A-1 | 0 | 20000 | 0 | 30000',
    ]]);
    const [usd] = statementOf(client, day(TODAY)).currencies;
    assert.deepEqual({ open: usd.open, due: usd.due, held: usd.held }, { open: 30000, due: 30000, held: 30000 });
  });

  it('keeps two currencies apart, the record\'s currency first', () => {
    const client = acme([
      '2026-10-01 invoice E-1 €400',
      '2026-10-02 invoice A-1 $100',
      '2026-10-03 invoice C-1 CHF 50',
      '2026-10-04 payment E-1 €150',
    ]);
    assert.deepEqual(statementSections(client, day(TODAY)).map((section) => [section.currency, section.balance]), [['USD', 10000], ['CHF', 5000], ['EUR', 25000]]);
    const euro = parseClient(recordText(['currency: EUR'], ['2026-10-02 invoice A-1 $100', '2026-10-01 invoice E-1 €400']));
    assert.deepEqual(statementSections(euro, day(TODAY)).map((section) => section.currency), ['EUR', 'USD']);
  });

  it('leaves out entries dated after today, and orders by date, then time, then file order', () => {
    const client = acme([
      '2026-11-10 14:00 payment A-1 $20',
      '2026-11-10 09:00 invoice A-1 $100',
      '2026-11-10 payment A-1 $30',
      '2026-11-21 invoice A-2 $999',
      '2026-11-25 payment A-1 $50',
    ]);
    assert.deepEqual(lines(client)[0].map((line) => line.split(' | ')[1]), ['Invoice A-1, due 2026-11-24', 'Payment, A-1', 'Payment, A-1']);
    assert.deepEqual(lines(client)[0].map((line) => line.split(' | ').at(-1)), ['10000', '8000', '5000']);
    assert.equal(lines(client, '2026-11-25')[0].length, 5);
  });

  it('counts a 0-decimal currency in whole units', () => {
    const client = parseClient(recordText(['currency: JPY'], ['2026-10-01 invoice J-1 50000', '2026-10-20 payment J-1 12345']));
    assert.deepEqual(lines(client), [['JPY | Invoice J-1, due 2026-10-15 | 50000 | 0 | 0 | 50000', 'JPY | Payment, J-1 | 0 | 12345 | 0 | 37655']]);
  });

  it('charges a late fee to its invoice: a payment pays the principal first, the rest of the fee stays unpaid', () => {
    const client = acme(['2026-10-01 invoice A-1 $1,000', '2026-10-20 late-fee A-1 $15', '2026-10-25 late-fee Z-9 $5', '2026-11-02 payment A-1 $1,010'], ['terms: net 14', 'late_fee: $15 after 3 days']);
    assert.deepEqual(lines(client), [[
      'USD | Invoice A-1, due 2026-10-15 | 100000 | 0 | 0 | 100000',
      'USD | Late fee, A-1 | 1500 | 0 | 0 | 101500',
      'USD | Payment, A-1 | 0 | 101000 | 0 | 500',
    ]], 'the fee naming no invoice is left out, as the balances leave it out');
    const facts = statementOf(client, day(TODAY));
    assert.deepEqual(facts.currencies.map(({ open, fees, credit, due }) => ({ open, fees, credit, due })), [{ open: 0, fees: 500, credit: 0, due: 500 }]);
    assert.deepEqual(facts.unpaidFees.map((fee) => [fee.invoiceId, fee.charged.minor, fee.unpaid.minor]), [['A-1', 1500, 500]]);
  });

  it('leaves out a second invoice with an ID already used, as the balances do', () => {
    const client = acme(['2026-10-01 invoice A-1 $100', '2026-10-02 invoice A-1 $100']);
    assert.deepEqual(lines(client), [['USD | Invoice A-1, due 2026-10-15 | 10000 | 0 | 0 | 10000']]);
  });
});

describe('statement open items and aging', () => {
  it('gives each open invoice its days overdue and bucket, oldest due first, and the aging per currency', () => {
    const client = acme([
      '2026-07-01 invoice A-1 $100 due 2026-08-15',
      '2026-09-01 invoice A-2 $200 due 2026-09-30',
      '2026-10-01 invoice A-3 $300 due 2026-10-21',
      '2026-11-01 invoice A-4 $400 due 2026-11-20',
      '2026-11-02 invoice A-5 $500 due 2026-12-01',
      '2026-11-03 invoice E-1 €50 due 2026-11-19',
    ]);
    const facts = statementOf(client, day(TODAY));
    // 2026-08-15 to 2026-11-20 is 97 days; 09-30: 51; 10-21: 30; 11-20: 0; 12-01: -11; 11-19: 1.
    assert.deepEqual(facts.openItems.map((item) => [item.entry.id, item.daysOverdue, item.bucket]), [
      ['A-1', 97, 'over-90'], ['A-2', 51, '31-60'], ['A-3', 30, '1-30'], ['E-1', 1, '1-30'], ['A-4', 0, 'current'], ['A-5', -11, 'current'],
    ]);
    assert.deepEqual(facts.aging.map((row) => [row.currency, row.buckets, row.total]), [
      ['EUR', { current: 0, '1-30': 5000, '31-60': 0, '61-90': 0, 'over-90': 0 }, 5000],
      ['USD', { current: 90000, '1-30': 30000, '31-60': 20000, '61-90': 0, 'over-90': 10000 }, 150000],
    ]);
  });
});

describe('the statement document', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const render = (client: ClientRecord, today = TODAY) => write(statement(client, documentContext(client, day(today))));

  it('states the sample client\'s account: activity, open invoices with ages, aging and total due', () => {
    const text = render(sample('brightside-dental'));
    assert.match(text, /^# Statement of account as of 2026-11-20\n\nTo: Brightside Dental, attn\. Dr\. Priya Nair \(priya@brightside\.example\)\n\nDear Dr\. Priya Nair,\n/);
    assert.match(text, /^\| 2026-10-16 \| Late fee, BD-023 {15}\| {4}\$18\.75 \| {11}\| \$2,518\.75 \|$/m);
    assert.match(text, /^\| 2026-10-30 \| Payment, BD-024 {16}\| {11}\| {3}\$500\.00 \| \$2,018\.75 \|$/m);
    assert.match(text, /^\| 2026-11-02 \| Invoice BD-025, due 2026-11-16 \| \$1,250\.00 \| {11}\| \$3,268\.75 \|$/m);
    assert.match(text, /^\| BD-023 +\| 2026-09-01 \| 2026-09-15 \| \$1,250\.00 \| \$1,250\.00 \| +66 \| 61-90 days \|$/m);
    assert.match(text, /^\| BD-024 +\| 2026-10-01 \| 2026-10-15 \| \$1,250\.00 \| +\$750\.00 \| +36 \| 31-60 days \|$/m);
    assert.match(text, /^\| USD +\| +\$0\.00 \| \$1,250\.00 \| +\$750\.00 \| +\$1,250\.00 \| +\$0\.00 \| \*\*\$3,250\.00\*\* \|$/m);
    assert.match(text, /^\| BD-023 +\| +\$18\.75 \| \$18\.75 \|$/m, 'the late fee charged and unpaid');
    assert.match(text, /^- Open invoices: \$3,250\.00\n- Late fees: \$18\.75\n- \*\*Total due: \$3,268\.75\*\*$/m);
    assert.doesNotMatch(text, /- \[ \]|credit|Deposit/, 'no checklist, no credit, no deposit');
    assert.doesNotMatch(text, /soon|part payment/, 'the log\'s notes are not the client\'s to read');
  });

  it('aligns the columns, amounts to the right', () => {
    const text = render(sample('brightside-dental'));
    const table = text.split('\n').filter((line) => line.startsWith('| ')).slice(0, 13);
    assert.equal(new Set(table.map((line) => line.length)).size, 1, table.join('\n'));
    assert.equal(table[1], '| ---------- | ------------------------------ | --------: | --------: | --------: |');
  });

  it('shows credit, a negative balance and a deposit held under the total', () => {
    const client = acme(['2026-10-01 invoice A-1 $300', '2026-10-02 deposit $300', '2026-10-05 payment A-1 $500', '2026-11-01 invoice A-2 $150']);
    const text = render(client);
    assert.match(text, /\| Deposit received \(held\): \$300\.00 \| +\| +\| +\$300\.00 \|$/m);
    assert.match(text, /\| +\$50\.00 in credit \|$/m);
    assert.match(text, /- Open invoices: \$150\.00\n- Less credit on account: \$200\.00\n- \*\*Total due: \$0\.00\*\*\n- In credit: \$50\.00\n- Deposit held: \$300\.00\n/);
    assert.match(text, /The deposit is held, not applied to the invoices above: it will be set against the final invoice\./);
    assert.match(text, /Nothing is due at the moment\./);
  });

  it('gives each currency its own table and total', () => {
    const text = render(acme(['2026-10-01 invoice E-1 €400', '2026-10-02 invoice A-1 $100']));
    assert.match(text, /### USD\n\n\| Date +\|[^\n]+\n[^\n]+\n\| 2026-10-02 \| Invoice A-1[^\n]+\$100\.00 \|\n\n### EUR\n/);
    assert.match(text, /- \*\*Total due \(USD\): \$100\.00\*\*\n- \*\*Total due \(EUR\): €400\.00\*\*/);
  });

  it('says so when there is nothing on the account', () => {
    const text = render(acme(['2026-11-01 email to Jo: hello']));
    assert.match(text, /Nothing was invoiced, paid or deposited up to 2026-11-20\./);
    assert.match(text, /No invoice is open\./);
    assert.match(text, /\*\*Total due: \$0\.00\*\*/);
  });

  it('escapes a client name and contact, in the markdown and the HTML', () => {
    const client = parseClient(recordText(['client: "Tom <b> & *Jerry* | Co"', 'contact:', '  name: "<script>x</script>"'], ['2026-11-01 invoice A|1 $100']));
    const text = render(client);
    assert.match(text, /To: Tom \\?<b> & \\\*Jerry\\\* \| Co, attn\. \\?<script>x\\?<\/script>/);
    const html = statementHtml(client, documentContext(client, day(TODAY)));
    assert.match(html, /<title>Statement of account, Tom &lt;b&gt; &amp; \*Jerry\* \| Co, 2026-11-20<\/title>/);
    assert.match(html, /<p>To: Tom &lt;b&gt; &amp; \*Jerry\* \| Co, attn\. &lt;script&gt;x&lt;\/script&gt;<\/p>/);
    assert.doesNotMatch(html, /<script|<b>|src=|href=|url\(|@import/i);
  });

  it('keeps hostile names as text where they appear: the recipient and the greeting', async () => {
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    for (const hostile of ['*Acme* [Inc]', '<script>alert(1)</script>', '[link](https://evil.example)', '`code`', '# Not a heading', '- not a list', 'a | b', '~~struck~~', 'Name\nwith a break']) {
      const clean = hostile.replace(/\n/g, ' ');
      const client = parseClient(recordText([`client: ${JSON.stringify(hostile)}`, 'contact:', `  email: ${JSON.stringify(hostile)}`], ['2026-11-01 invoice A_1_ $100']));
      const markdown = render(client);
      const paragraphs = fromMarkdown(markdown).children.filter((node) => node.type === 'paragraph');
      const to = paragraphs.find((node) => node.children[0]?.type === 'text' && node.children[0].value.startsWith('To: '));
      const dear = paragraphs.find((node) => node.children[0]?.type === 'text' && node.children[0].value.startsWith('Dear '));
      assert.deepEqual(to?.children, [{ ...to?.children[0], type: 'text', value: `To: ${clean} (${clean})` }], markdown);
      assert.deepEqual(dear?.children.map((child) => child.type), ['text'], markdown);
      assert.match(markdown, /\| Invoice A_1_, due 2026-11-15 \|/, 'an underscore inside a word is not emphasis');
    }
  });

  it('escapes a | in a table cell', async () => {
    const tree = { type: 'root' as const, children: [{ type: 'table' as const, align: [null], children: [
      { type: 'tableRow' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: 'Head' }] }] },
      { type: 'tableRow' as const, children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: 'a | b' }] }] },
    ] }] };
    assert.equal(write(tree), '| Head   |\n| ------ |\n| a \\| b |\n');
  });
});

describe('the statement as HTML', () => {
  const brightside = sample('brightside-dental');
  const html = statementHtml(brightside, documentContext(brightside, day(TODAY)));

  it('is one printable page with the same content, nothing to load or run', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.match(html, /@media print/);
    assert.match(html, /<h1>Statement of account as of 2026-11-20<\/h1>/);
    assert.match(html, /<tr><td>2026-10-30<\/td><td>Payment, BD-024<\/td><td class="money"><\/td><td class="money">\$500\.00<\/td><td class="money">\$2,018\.75<\/td><\/tr>/);
    assert.match(html, /<tr><td>BD-023<\/td><td>2026-09-01<\/td><td>2026-09-15<\/td><td class="money">\$1,250\.00<\/td><td class="money">\$1,250\.00<\/td><td class="money">66<\/td><td>61-90 days<\/td><\/tr>/);
    assert.match(html, /<li><strong>Total due: \$3,268\.75<\/strong><\/li>/);
    assert.doesNotMatch(html, /<script|<link|<img|src=|href=/i);
  });
});

describe('the statement as a drafted document', () => {
  it('is drafted to <id>/<date>-statement.md with document: statement, and read back as a document', async () => {
    const client = sample('brightside-dental');
    const context = documentContext(client, day(TODAY));
    assert.deepEqual(statementPath(client, day(TODAY)), ['brightside-dental', '2026-11-20-statement.md']);
    assert.deepEqual(draftFiles('statement', client, context)!.map((file) => [file.kind, ...file.segments]), [['statement', 'brightside-dental', '2026-11-20-statement.md']]);
    const text = renderDocument('statement', client, context, await loadMarkdownWriter());
    assert.match(text, /^---\ndocument: statement\nclient: brightside-dental\ncreated: 2026-11-20\n---\n\n# Statement of account as of 2026-11-20\n/);
    const read = parseLedgerText('clients/brightside-dental/2026-11-20-statement.md', text, parseOptions());
    assert.equal(read.type, 'document');
    assert.deepEqual(read.type === 'document' && [read.kind, read.clientId, read.steps.length], ['statement', 'brightside-dental', 0]);
  });
});
