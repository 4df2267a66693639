import assert from 'node:assert/strict';
import { Ledger } from '../../src/core/ledger';
import { clientReport, portfolioReport } from '../../src/core/report/portfolio-report';
import { checkClient } from '../../src/core/check';
import { day, parseClient, parseFile, recordText, TODAY } from '../helpers/ledger-text';
import { HEALTHY, sampleLedger } from './fixtures';
import { reportMarkdown } from '../../src/core/report/report-markdown';
import { reportHtml } from '../../src/core/report/report-html';

describe('report: the portfolio report', () => {
  it('lists every client record by what needs attention, with its path', () => {
    const report = portfolioReport(sampleLedger(), day(TODAY));
    assert.equal(report.today, day(TODAY));
    assert.deepEqual(
      report.clients.map((client) => [client.name, client.id, client.file, client.status]),
      [
        ['Zed', 'zed', 'clients/zed.md', 'active'],
        ['amy', 'amy', 'clients/archive/amy.md', 'former'],
        ['Bea', 'bea', 'clients/bea.md', 'active'],
      ],
    );
  });

  it('counts health signals without former clients', () => {
    const report = portfolioReport(sampleLedger(), day(TODAY));
    assert.deepEqual(report.clients.map((client) => [client.name, client.health.signal, client.countsForHealth]), [
      ['Zed', 'red', true],
      ['amy', 'amber', false], // E-1 is 36 days overdue (Oct 15 -> Nov 20): a warning
      ['Bea', 'green', true],
    ]);
    assert.deepEqual(report.health, { green: 1, amber: 0, red: 1, notCounted: 1, unreadable: 0 });
  });

  it('ages every client\'s receivables, former ones included, per currency', () => {
    const report = portfolioReport(sampleLedger(), day(TODAY));
    assert.deepEqual(report.aging, [
      { currency: 'EUR', buckets: { current: 0, '1-30': 0, '31-60': 25000, '61-90': 0, 'over-90': 0 }, total: 25000 }, // 36 days
      { currency: 'USD', buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 500 }, total: 500 }, //       110 days
    ]);
    assert.deepEqual(report.dso, [
      // EUR: 250 open / 250 invoiced (Oct 1, in the window) x 90 = 90
      { currency: 'EUR', receivables: 25000, invoiced: 25000, windowDays: 90, days: 90 },
      // USD: 5 open; invoiced in the window: B-1 300 (Z-1 of Aug 1 is before Aug 23); 5 / 300 x 90 = 1.5
      { currency: 'USD', receivables: 500, invoiced: 30000, windowDays: 90, days: 1.5 },
    ]);
  });

  it('gathers each client\'s figures, in detail for the first clients by attention', () => {
    const report = portfolioReport(sampleLedger(), day(TODAY));
    assert.deepEqual(report.details.map((client) => client.name), ['Zed', 'amy', 'Bea']);
    const bea = report.details[2];
    assert.deepEqual(report.clients[2], { id: bea.id, name: bea.name, file: bea.file, status: bea.status, countsForHealth: true, health: bea.health, aging: bea.aging, dso: bea.dso });
    // B-1: dated Oct 1, due Oct 15, paid Oct 10: 9 days to pay, 5 days early
    assert.deepEqual(bea.paymentTimes, { paidInvoices: 1, averageDaysToPay: 9, averageDaysLate: -5 });
    assert.deepEqual(bea.lateness.map((invoice) => [invoice.invoiceId, invoice.daysLate, invoice.open]), [['B-1', -5, false]]);
    // email Nov 16, reply Nov 19: 3 days
    assert.deepEqual(bea.responseTimes, { times: [{ sent: day('2026-11-16'), kind: 'email', replied: day('2026-11-19'), days: 3 }], averageDays: 3, waiting: 0 });
    assert.deepEqual(bea.aging, []);
    assert.deepEqual(bea.health, { signal: 'green', reasons: [] });
    // 4 weeks by default (the minimum-hours-unbilled threshold), all after the first entry of Oct 1
    assert.deepEqual(bea.hours.weeks.map((week) => week.minutes), [0, 0, 0, 0]);
  });

  it('takes the number of weeks from the settings, the record, or the threshold default', () => {
    const client = parseClient(recordText(['since: 2026-01-01', 'thresholds:', '  minimum-hours-unbilled: 2']));
    const findings = checkClient(client, day(TODAY));
    assert.equal(clientReport(client, findings, day(TODAY)).hours.weeks.length, 2);
    assert.equal(clientReport(client, findings, day(TODAY), { weeks: 6 }).hours.weeks.length, 6);
    const plain = parseClient(recordText(['since: 2026-01-01']));
    assert.equal(clientReport(plain, [], day(TODAY)).hours.weeks.length, 4);
    assert.equal(clientReport(plain, [], day(TODAY), { thresholds: { 'minimum-hours-unbilled': 3 } }).hours.weeks.length, 3);
  });

  it('shows a healthy record with minimum_hours: 0 green, without a minimum', () => {
    const text = HEALTHY.replace('client: Bea\n', 'client: Bea\nminimum_hours: 0\n');
    assert.notEqual(text, HEALTHY);
    const [bea] = portfolioReport(new Ledger([parseFile(text, 'clients/bea.md')]), day(TODAY)).details;
    assert.deepEqual(bea.health, { signal: 'green', reasons: [] });
    assert.equal(bea.hours.minimumMinutes, undefined);
  });

  it('counts ledger-wide findings: a second record with the same id is red', () => {
    const ledger = new Ledger([parseFile(HEALTHY, 'clients/bea.md'), parseFile(HEALTHY, 'clients/old/bea.md')]);
    const report = portfolioReport(ledger, day(TODAY));
    assert.deepEqual(report.clients.map((client) => [client.file, client.health.signal]), [['clients/old/bea.md', 'red'], ['clients/bea.md', 'green']]);
    assert.equal(report.clients[0].health.reasons[0].rule, 'client-id-duplicate');
  });

  it('is empty for an empty ledger', () => {
    assert.deepEqual(portfolioReport(new Ledger(), day(TODAY)), {
      today: day(TODAY), clients: [], details: [], unreadable: [], aging: [], dso: [], health: { green: 0, amber: 0, red: 0, notCounted: 0, unreadable: 0 },
    });
  });
});

describe('report: records that cannot be read', () => {
  const ledger = () => {
    const files = sampleLedger().files.slice();
    files.push(parseFile('---\nclient: Cleo\nclient: Cleo & Co\n---\n', 'clients/cleo.md'));
    files.push(parseFile('---\nnotes: [1\n---\n', 'clients/notes.md'));
    return new Ledger(files);
  };

  it('lists each one as unreadable with its problems, counted apart from the signals', () => {
    const report = portfolioReport(ledger(), day(TODAY));
    assert.deepEqual(report.unreadable, [{
      id: 'cleo',
      file: 'clients/cleo.md',
      problems: [{ rule: 'frontmatter-invalid', severity: 'error', message: 'YAML error: Map keys must be unique', line: 3 }],
    }]);
    assert.deepEqual(report.health, { green: 1, amber: 0, red: 1, notCounted: 1, unreadable: 1 });
    assert.ok(!report.clients.some((client) => client.file === 'clients/cleo.md'));
  });

  it('says so in the markdown and the HTML, escaped', () => {
    const report = portfolioReport(ledger(), day(TODAY));
    const markdown = reportMarkdown(report);
    assert.match(markdown, /^- 4 clients: 1 green, 0 amber, 1 red, 1 unreadable \(1 former client listed, not counted\)\.$/m);
    assert.ok(markdown.includes([
      '## Records that cannot be read', '',
      'These files look like client records, but their frontmatter cannot be read, so none of their figures are in this report: fix the record.', '',
      '### cleo', '', 'Record: clients/cleo.md', '',
      '- `frontmatter-invalid` (error, line 3): YAML error: Map keys must be unique',
    ].join('\n')), markdown);
    const html = reportHtml(report);
    assert.match(html, /<article class="client unreadable" data-client="cleo" data-metric="unreadable">\n<h3><span class="name">cleo<\/span> <span class="signal unreadable">Unreadable<\/span><\/h3>/);
    assert.match(html, /<li class="error" data-rule="frontmatter-invalid"><code>frontmatter-invalid<\/code> <span class="muted">\(line 3\)<\/span> YAML error: Map keys must be unique<\/li>/);
    const hostile = portfolioReport(new Ledger([parseFile('---\nclient: x\nclient: y\n---\n', 'clients/<b>&.md')]), day(TODAY));
    assert.ok(reportHtml(hostile).includes('data-client="&lt;b&gt;&amp;"'));
    assert.ok(reportMarkdown(hostile).includes('### \\<b\\>\\&'));
  });

  it('leaves the section out when every record reads', () => {
    const report = portfolioReport(sampleLedger(), day(TODAY));
    assert.doesNotMatch(reportMarkdown(report), /cannot be read/);
    assert.doesNotMatch(reportHtml(report), /unreadable-section|data-metric="unreadable"/);
  });
});

describe('report: late fees', () => {
  // INV-1 $1,250.00 due 09-15, 1.5% monthly after 30 days: $37.50 on 11-20; Bea has no late_fee.
  const withFee = recordText(['client: Zed', 'late_fee: 1.5% monthly after 30 days, max 10%'], ['2026-09-01 invoice INV-1 $1,250.00 due 2026-09-15']);
  const without = recordText(['client: Bea'], ['2026-10-01 invoice B-1 $400 due 2026-10-15', '2026-10-01 invoice B-2 100 EUR due 2026-10-15']);
  const report = () => portfolioReport(new Ledger([parseFile(withFee, 'clients/zed.md'), parseFile(without, 'clients/bea.md')]), day(TODAY));

  it('adds them up per currency in their own column of the aging, outside the total and the receivables', () => {
    const { aging } = report();
    assert.deepEqual(aging.map((row) => [row.currency, row.total, row.lateFees]), [['EUR', 10000, undefined], ['USD', 165000, 3750]]);
    const markdown = reportMarkdown(report());
    assert.ok(markdown.includes([
      '| Currency | Current | 1-30 days | 31-60 days | 61-90 days | Over 90 days | Total | Late fees |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| EUR | €0.00 | €0.00 | €100.00 | €0.00 | €0.00 | **€100.00** | €0.00 |',
      '| USD | $0.00 | $0.00 | $400.00 | $1,250.00 | $0.00 | **$1,650.00** | $37.50 |',
    ].join('\n')), markdown);
    assert.match(markdown, /^- Open receivables: €100\.00 \(overdue €100\.00\); \$1,650\.00 \(overdue \$1,650\.00\)\.$/m);
  });

  it('gives the late fees accrued per client, and no column or figure for a client without', () => {
    const markdown = reportMarkdown(report());
    assert.match(markdown, /\| Late fees accrued on open invoices \| \$37\.50 \|/);
    const bea = markdown.slice(markdown.indexOf('### Bea')).split('\n### ')[0];
    assert.match(bea, /\| Open balance \| €100\.00; \$400\.00 \|/);
    assert.doesNotMatch(bea, /Late fees/);
  });
});
