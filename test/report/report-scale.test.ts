import assert from 'node:assert/strict';
import { checkLedger } from '../../src/core/check';
import { Ledger } from '../../src/core/ledger';
import type { LedgerFile } from '../../src/core/model';
import {
  byAttention, mergeReports, portfolioReport, REPORT_LIMITS, SummaryCache, type ClientSummary, type PortfolioReport, type UnreadableReport,
} from '../../src/core/report/portfolio-report';
import { clientDetailHtml, clientListHtml, FILE_LIST, reportHtml, summaryHtml } from '../../src/core/report/report-html';
import { reportMarkdown } from '../../src/core/report/report-markdown';
import { isWebviewRequest, webviewListHtml, webviewPage, webviewPageOf } from '../../src/core/report/report-webview';
import { day, parseFile, recordText, TODAY } from '../helpers/ledger-text';
import { HOSTILE_FILE, HOSTILE_NAME, hostileLedger } from './fixtures';

type Signal = 'red' | 'amber' | 'green';

/**
 * A record with no finding (as fixtures' HEALTHY), plus: amber, an invoice 36 days overdue (a
 * warning); red, one 110 days overdue too (an error). Amounts in the record's currency.
 */
function recordOf(name: string, signal: Signal, currency = 'USD'): string {
  return recordText([`client: ${name}`, `currency: ${currency}`, 'deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], [
    ...(signal === 'red' ? ['2026-08-01 invoice R-1 5 due 2026-08-02'] : []),
    '2026-10-01 invoice B-1 300 due 2026-10-15',
    ...(signal !== 'green' ? ['2026-10-01 invoice A-1 400 due 2026-10-15'] : []),
    '2026-10-10 payment B-1 300',
    '2026-11-16 email to Bo',
    '2026-11-19 email from Bo',
  ]);
}

/** `count` records: every 7th red, every 3rd amber, the others green; every 4th in euros. */
function manyRecords(count: number): LedgerFile[] {
  return Array.from({ length: count }, (_, index) => {
    const signal: Signal = index % 7 === 0 ? 'red' : index % 3 === 0 ? 'amber' : 'green';
    const name = `Client ${String(index).padStart(4, '0')}`;
    return parseFile(recordOf(name, signal, index % 4 === 0 ? 'EUR' : 'USD'), `clients/c-${String(index).padStart(4, '0')}.md`);
  });
}

/** Rows of the client list, as their opening tags. */
function listRows(html: string): string[] {
  return html.match(/<tr class="client-row [a-z]+"[^>]*>/g) ?? [];
}

const idOf = (row: string) => /data-client="([^"]*)"/.exec(row)![1];

/** A report of `count` clients as plain data (no ledger): the renderers' bounds, at any size. */
function syntheticReport(count: number, unreadable = 0): PortfolioReport {
  const real = portfolioReport(new Ledger(manyRecords(21)), day(TODAY));
  const clients: ClientSummary[] = Array.from({ length: count }, (_, index) => {
    const template = real.clients[index % real.clients.length];
    const id = `client-${String(index).padStart(6, '0')}`;
    return { ...template, id, name: `Client ${String(index).padStart(6, '0')}`, file: `clients/${id}.md` };
  }).sort(byAttention);
  const broken: UnreadableReport[] = Array.from({ length: unreadable }, (_, index) => ({
    id: `broken-${index}`, file: `clients/broken-${index}.md`, problems: [{ rule: 'frontmatter-invalid', severity: 'error', message: 'YAML error', line: 2 }],
  }));
  return { ...real, clients, details: real.details, unreadable: broken, health: { ...real.health, unreadable } };
}

describe('report: by what needs attention', () => {
  it('puts red first, then amber, then green; within each the most findings first, then by name', () => {
    const twice = recordOf('Aaron', 'red').replace('- 2026-11-16 email to Bo\n', '- 2026-11-16 email to Bo\n- 2026-11-17 emial to Bo\n');
    const report = portfolioReport(new Ledger([
      parseFile(recordOf('Zoe', 'green'), 'clients/zoe.md'),
      parseFile(recordOf('Bob', 'amber'), 'clients/bob.md'),
      parseFile(recordOf('Cleo', 'red'), 'clients/cleo.md'),
      parseFile(twice, 'clients/aaron.md'),
      parseFile(recordOf('Abe', 'amber'), 'clients/abe.md'),
      parseFile(recordOf('Ann', 'green'), 'clients/ann.md'),
    ]), day(TODAY));
    assert.deepEqual(report.clients.map((client) => [client.name, client.health.signal, client.health.reasons.length]), [
      ['Aaron', 'red', 3], // R-1 (error), A-1 and the misspelt kind (warnings)
      ['Cleo', 'red', 2],
      ['Abe', 'amber', 1],
      ['Bob', 'amber', 1],
      ['Ann', 'green', 0],
      ['Zoe', 'green', 0],
    ]);
    assert.deepEqual(report.details.map((client) => client.name), report.clients.map((client) => client.name));
  });

  it('takes the findings it is given, and gives the same report as checking every record itself', () => {
    const ledger = new Ledger(manyRecords(30));
    const byFile = new Map(checkLedger(ledger, day(TODAY)).map((result) => [result.file, result.findings]));
    const given = portfolioReport(ledger, day(TODAY), {}, { findings: (path) => byFile.get(path) ?? [] });
    assert.deepEqual(given, portfolioReport(ledger, day(TODAY)));
    const none = portfolioReport(ledger, day(TODAY), {}, { findings: () => [] });
    assert.deepEqual(none.health, { green: 30, amber: 0, red: 0, notCounted: 0, unreadable: 0 });
  });

  it('has the same summary figures whatever the details asked for, every currency apart', () => {
    const ledger = new Ledger(manyRecords(130));
    const full = portfolioReport(ledger, day(TODAY));
    const none = portfolioReport(ledger, day(TODAY), { details: 0 });
    assert.equal(full.details.length, REPORT_LIMITS.details);
    assert.equal(none.details.length, 0);
    for (const key of ['clients', 'aging', 'dso', 'health', 'unreadable'] as const) assert.deepEqual(none[key], full[key], key);
    assert.equal(summaryHtml(none), summaryHtml(full));
    // 130 records: 19 red (every 7th), 37 amber (every 3rd of the others), 74 green
    assert.deepEqual(full.health, { green: 74, amber: 37, red: 19, notCounted: 0, unreadable: 0 });
    // Each currency's total is the sum of that currency's clients, never of the other's.
    for (const currency of ['EUR', 'USD']) {
      const own = full.clients.flatMap((client) => client.aging).filter((row) => row.currency === currency);
      assert.equal(full.aging.find((row) => row.currency === currency)!.total, own.reduce((sum, row) => sum + row.total, 0), currency);
    }
    assert.deepEqual(full.aging.map((row) => row.currency), ['EUR', 'USD']);
    assert.deepEqual(full.dso.map((row) => row.currency), ['EUR', 'USD']);
  });

  it('keeps each client summary until its record or its findings change', () => {
    const files = manyRecords(10);
    const ledger = new Ledger(files);
    const cache = new SummaryCache();
    const findings = new Map(ledger.clients.map((client) => [client.file, checkLedger(ledger, day(TODAY)).find((result) => result.file === client.file)?.findings ?? []]));
    const sources = { findings: (path: string) => findings.get(path)!, summaries: cache };
    const first = portfolioReport(ledger, day(TODAY), {}, sources);
    cache.done();
    const again = portfolioReport(ledger, day(TODAY), {}, sources);
    cache.done();
    for (const client of again.clients) assert.ok(first.clients.includes(client), `${client.name} computed again`);
    // One record edited (now red), another removed: only the edited one is new.
    const edited = parseFile(recordOf('Client 0001', 'red'), 'clients/c-0001.md');
    ledger.set(edited);
    ledger.delete('clients/c-0002.md');
    findings.set(edited.file, checkLedger(ledger, day(TODAY)).find((result) => result.file === edited.file)!.findings);
    const after = portfolioReport(ledger, day(TODAY), {}, sources);
    cache.done();
    assert.equal(after.clients.length, 9);
    assert.deepEqual(after.clients.filter((client) => !first.clients.includes(client)).map((client) => [client.file, client.health.signal]), [['clients/c-0001.md', 'red']]);
    assert.deepEqual(after, portfolioReport(ledger, day(TODAY)));
  });

  it('merges several ledgers into one list by attention, the totals added currency by currency', () => {
    const euros = portfolioReport(new Ledger([parseFile(recordOf('Eve', 'amber', 'EUR'), 'a/clients/eve.md')]), day(TODAY));
    const dollars = portfolioReport(new Ledger([parseFile(recordOf('Dan', 'red', 'USD'), 'b/clients/dan.md'), parseFile(recordOf('Al', 'amber', 'USD'), 'b/clients/al.md')]), day(TODAY));
    const merged = mergeReports([euros, dollars], day(TODAY));
    assert.deepEqual(merged.clients.map((client) => client.name), ['Dan', 'Al', 'Eve']);
    assert.deepEqual(merged.health, { green: 0, amber: 2, red: 1, notCounted: 0, unreadable: 0 });
    assert.deepEqual(merged.aging.map((row) => [row.currency, row.total]), [['EUR', 400], ['USD', 400 + 400 + 5]].map(([currency, total]) => [currency, (total as number) * 100]));
    assert.equal(mergeReports([euros], day(TODAY)), euros);
  });
});

describe('report: a file stays small whatever the size of the ledger', () => {
  const big = syntheticReport(12_000, 150);
  const html = reportHtml(big);
  const markdown = reportMarkdown(big);

  it('lists the first clients by attention, one row each, and counts the others by signal', () => {
    const rows = listRows(html);
    assert.equal(rows.length, REPORT_LIMITS.list);
    assert.deepEqual(rows.map(idOf), big.clients.slice(0, REPORT_LIMITS.list).map((client) => client.id));
    const left = big.clients.slice(REPORT_LIMITS.list);
    const count = (signal: Signal) => left.filter((client) => client.health.signal === signal).length;
    // 3 red, 6 amber and 12 green clients of 21 as templates: 1,716 red of 12,000, so the first
    // 1,000 rows are red, and 716 red are left
    assert.deepEqual([count('red'), count('amber'), count('green')], [716, 3_432, 6_852]);
    assert.ok(rows.every((row) => row.startsWith('<tr class="client-row red"')));
    assert.ok(html.includes(`<p class="muted" data-metric="not-listed" data-value="${left.length}">11,000 more clients are not listed here (716 red, 3,432 amber, 6,852 green)`));
    assert.ok(html.includes('Clients 1-1,000 of 12,000, red first, then amber, then green'));
  });

  it('shows the detail of the first clients by attention only, and no pager', () => {
    assert.equal(html.match(/<article class="client (?:red|amber|green)"/g)?.length, big.details.length);
    assert.ok(html.includes(`The first ${big.details.length} of the 12,000 clients by what needs attention`));
    assert.doesNotMatch(html, /<button|<nav|data-record=|tabindex/);
  });

  it('lists the first records that cannot be read, and counts the others', () => {
    assert.equal(html.match(/data-metric="unreadable"/g)?.length, REPORT_LIMITS.unreadable);
    assert.ok(html.includes('50 more records cannot be read'));
    assert.equal(markdown.match(/^### broken-/gm)?.length, REPORT_LIMITS.unreadable);
  });

  it('does not grow with the number of clients beyond its bounds', () => {
    const grows = (render: (report: PortfolioReport) => string) => render(syntheticReport(24_000, 300)).length - render(big).length;
    assert.ok(Math.abs(grows(reportHtml)) < 100, `HTML grew by ${grows(reportHtml)} characters`);
    assert.ok(Math.abs(grows(reportMarkdown)) < 100, `markdown grew by ${grows(reportMarkdown)} characters`);
    assert.ok(Buffer.byteLength(html) < 2_000_000, `${Buffer.byteLength(html)} bytes`);
  });

  it('has the same bounded list in markdown', () => {
    const table = markdown.slice(markdown.indexOf('## Clients by what needs attention'), markdown.indexOf('## Clients in detail'));
    const rows = table.split('\n').filter((line) => line.startsWith('| Client ')).slice(1);
    assert.equal(rows.length, REPORT_LIMITS.list);
    assert.ok(rows[0].startsWith('| Client 000000 | Red | '), rows[0]);
    assert.match(table, /^11,000 more clients are not listed here \(/m);
    assert.equal(markdown.slice(markdown.indexOf('## Clients in detail')).match(/^### /gm)?.length, big.details.length);
  });

  it('lists every client of a small ledger, each in detail', () => {
    const report = portfolioReport(new Ledger(manyRecords(8)), day(TODAY));
    const small = reportHtml(report);
    assert.equal(listRows(small).length, 8);
    assert.equal(small.match(/<article class="client /g)?.length, 8);
    assert.ok(small.includes('<p class="muted">Every client, by what needs attention.</p>'));
    assert.doesNotMatch(small, /not-listed/);
  });
});

describe('report: the webview, a page at a time', () => {
  const big = syntheticReport(1_234);
  const nonce = 'abc123';
  const page = webviewPage({ ...big, details: [] }, nonce);

  it('shows the summary and the first page of the list, no detail, under a nonce policy', () => {
    assert.ok(page.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:">`));
    assert.equal(page.match(/<script/g)?.length, 1);
    assert.ok(page.includes(`<script nonce="${nonce}">`));
    assert.ok(page.includes(summaryHtml(big)));
    assert.deepEqual(listRows(page).map(idOf), big.clients.slice(0, REPORT_LIMITS.page).map((client) => client.id));
    assert.doesNotMatch(page, /<article class="client (?:red|amber|green)"|class="details"/);
    assert.doesNotMatch(page, /\son[a-z]+\s*=|\bsrc\s*=|\bhref\s*=|https?:|style="/i);
  });

  it('pages with previous and next buttons, the last page clamped', () => {
    assert.match(page, /<button type="button" data-page="0" disabled>Previous<\/button><span class="muted">Clients 1-50 of 1,234 \(page 1 of 25\)<\/span><button type="button" data-page="1">Next<\/button>/);
    const second = webviewListHtml(big, 1);
    assert.ok(second.startsWith('<section class="clients" id="report-clients" data-page="1">'));
    assert.deepEqual(listRows(second).map(idOf), big.clients.slice(50, 100).map((client) => client.id));
    assert.equal(webviewPageOf(big, 99), 24);
    assert.equal(webviewPageOf(big, -3), 0);
    const last = webviewListHtml(big, 99);
    assert.deepEqual(listRows(last).map(idOf), big.clients.slice(1_200).map((client) => client.id));
    assert.match(last, /Clients 1,201-1,234 of 1,234 \(page 25 of 25\)<\/span><button type="button" data-page="24" disabled>Next<\/button>/);
    assert.doesNotMatch(clientListHtml(big, FILE_LIST), /<nav|<button/, 'a file has no pager');
  });

  it('gives each row its record and keyboard focus, everything from the ledger escaped', () => {
    const report = portfolioReport(hostileLedger(), day(TODAY), { details: 0 });
    const hostile = webviewPage(report, nonce);
    assert.ok(!hostile.includes(HOSTILE_NAME));
    const row = listRows(hostile).find((tag) => tag.includes('a&quot;b'))!;
    assert.ok(row.includes('data-client="a&quot;b&lt;i&gt;&amp;&#39;c"'), row);
    assert.ok(row.includes(`data-record="clients/a&quot;b&lt;i&gt;&amp;&#39;c.md" tabindex="0" aria-expanded="false"`), row);
    assert.ok(hostile.includes('<th class="name">&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;Sons&quot; | Co</th>'));
    assert.ok(!HOSTILE_FILE.includes('&amp;'));
  });

  it('renders one client\'s detail as the file does', () => {
    const report = portfolioReport(hostileLedger(), day(TODAY));
    const detail = clientDetailHtml(report.details[0]);
    assert.ok(detail.startsWith('<article class="client amber" data-client="a&quot;b&lt;i&gt;&amp;&#39;c">'));
    assert.ok(reportHtml(report).includes(detail));
    assert.match(detail, /<svg[^>]*data-metric="days-late"/);
    assert.ok(!detail.includes(HOSTILE_NAME));
  });

  it('accepts only the requests its script sends', () => {
    assert.ok(isWebviewRequest({ type: 'page', page: 2 }));
    assert.ok(isWebviewRequest({ type: 'detail', record: 'file:///x.md' }));
    assert.ok(isWebviewRequest({ type: 'open', client: 'x' }));
    assert.ok(isWebviewRequest({ type: 'open', client: 'x', record: 'file:///x.md' }));
    for (const message of [undefined, null, 'page', { type: 'page', page: '2' }, { type: 'page', page: 1.5 }, { type: 'detail' }, { type: 'open', client: 3 }, { openClient: 'x' }, { type: 'other' }]) {
      assert.ok(!isWebviewRequest(message), JSON.stringify(message));
    }
  });
});
