import assert from 'node:assert/strict';
import { portfolioReport } from '../../src/core/report/portfolio-report';
import { md, reportMarkdown } from '../../src/core/report/report-markdown';
import { day, TODAY } from '../helpers/ledger-text';
import { hostileLedger, sampleLedger } from './fixtures';

/** The cells of a table line, split at pipes that are not escaped. */
function cells(line: string): string[] {
  return line.slice(1, -1).split(/(?<!\\)\|/);
}

describe('report: markdown', () => {
  const text = reportMarkdown(portfolioReport(hostileLedger(), day(TODAY)));

  it('starts with the title and the day, then the summary', () => {
    assert.ok(text.startsWith('# Client portfolio report, 2026-11-20\n\n## Summary\n\n'), text.slice(0, 200));
    // the hostile record (amber: no-contact and the 36-day invoice are warnings) and amy (former)
    assert.match(text, /^- 2 clients: 0 green, 1 amber, 0 red \(1 former client listed, not counted\)\.$/m);
    // USD: H-2 400, all overdue; EUR: amy's 250, overdue
    assert.match(text, /^- Open receivables: €250\.00 \(overdue €250\.00\); \$400\.00 \(overdue \$400\.00\)\.$/m);
  });

  it('has the aging table by currency with money formatted', () => {
    assert.ok(text.includes(
      [
        '| Currency | Current | 1-30 days | 31-60 days | 61-90 days | Over 90 days | Total |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| EUR | €0.00 | €0.00 | €250.00 | €0.00 | €0.00 | **€250.00** |',
        '| USD | $0.00 | $0.00 | $400.00 | $0.00 | $0.00 | **$400.00** |',
      ].join('\n'),
    ), text);
  });

  it('escapes the names from the ledger, so they stay text and cannot break a table', () => {
    const heading = '### \\<script\\>alert(\'pwned\')\\</script\\> \\& "Sons" \\| Co';
    assert.ok(text.split('\n').includes(heading), text);
    assert.doesNotMatch(text, /(?<!\\)<script/);
    assert.ok(text.includes('Record: clients/a"b\\<i\\>\\&\'c.md'));
    for (const block of text.split('\n\n')) {
      const rows = block.split('\n').filter((line) => line.startsWith('|'));
      if (rows.length === 0) continue;
      for (const row of rows) assert.equal(cells(row).length, cells(rows[0]).length, `${row}\nin\n${block}`);
    }
  });

  it('has a table per client with its figures, health and reasons', () => {
    const figures = [
      '| Health | **Amber** |',
      '| Status | active |',
      '| Open balance | $400.00 |',
      '| Average days to pay | 24 days (1 paid invoice) |',
      '| Average days late | 10 days late |',
      '| Days sales outstanding | USD 21.8 days ($400.00 open, $1,650.00 invoiced in the last 90 days) |',
      '| Days late per invoice | H-1 10 days late (paid 2026-09-25, due 2026-09-15), H-2 36 days late (open, due 2026-10-15) |',
      '| Reply time | 2 days on average (1 reply) |',
      '| Hours per week | 2026-10-19 0m (below), 2026-10-26 0m (below), 2026-11-02 0m (below), 2026-11-09 3h; minimum 2h a week |',
    ];
    for (const line of figures) assert.ok(text.split('\n').includes(line), `${line} missing in\n${text}`);
    assert.match(text, /^- `no-contact` \(warning, line 2\): No contact from \\<script\\>alert\('pwned'\)\\<\/script\\> \\& "Sons" \\\| Co for 77 days/m);
    assert.match(text, /^- `invoice-overdue` \(warning, line \d+\): Invoice H-2 \(\$400\.00 unpaid\) is 36 days overdue/m);
    assert.ok(text.includes('| Health | **Amber** (former client, not counted) |'));
  });

  it('escapes every markdown character that could start markup', () => {
    assert.equal(md('*a* _b_ [c](d) <e> `f` |g| ~h~ &i; #j !k {l} \\m\nn'), '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\`f\\` \\|g\\| \\~h\\~ \\&i; \\#j \\!k \\{l\\} \\\\m n');
  });

  it('says when nothing is open', () => {
    const empty = reportMarkdown(portfolioReport(sampleLedger(), day('2026-07-31')));
    assert.match(empty, /^- Open receivables: none\.$/m);
    assert.match(empty, /## Receivables aging\n\nNothing is open\.\n/);
  });
});
