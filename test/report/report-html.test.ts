import assert from 'node:assert/strict';
import { portfolioReport } from '../../src/core/report/portfolio-report';
import { REPORT_CSP, reportBody, reportHtml } from '../../src/core/report/report-html';
import { escapeHtml } from '../../src/core/report/html-escape';
import { day, TODAY } from '../helpers/ledger-text';
import { HOSTILE_NAME, hostileLedger, sampleLedger } from './fixtures';

const ID = `a&quot;b&lt;i&gt;&amp;&#39;c`; // the id a"b<i>&'c, escaped for an attribute

/** Every element with this data-client and data-metric, as its opening tag. */
function tagsWith(html: string, client: string, metric: string): string[] {
  return [...html.matchAll(/<[a-z]+\b[^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes(`data-client="${client}"`) && tag.includes(`data-metric="${metric}"`));
}

describe('report: HTML', () => {
  const report = portfolioReport(hostileLedger(), day(TODAY));
  const html = reportHtml(report);

  it('is one HTML page with the CSP meta in its head and the body as reportBody gives it', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'));
    assert.equal(REPORT_CSP, "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    const head = html.slice(0, html.indexOf('</head>'));
    assert.ok(head.includes(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`));
    assert.ok(html.includes(`<body>\n${reportBody(report)}\n</body>`));
    assert.ok(reportBody(report).startsWith('<main class="ledger-report">'));
  });

  it('loads and runs nothing: no URL, no src, no script, no event handler', () => {
    assert.doesNotMatch(html, /https?:/i);
    assert.doesNotMatch(html, /\bsrc\s*=/i);
    assert.doesNotMatch(html, /\bhref\s*=/i);
    assert.doesNotMatch(html, /url\(|@import/i);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<(?:iframe|object|embed|img|link|foreignObject)\b/i);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
    assert.doesNotMatch(html, /xmlns/);
  });

  it('escapes every text from the ledger: <script>, &, quotes', () => {
    const name = '&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;Sons&quot; | Co';
    assert.equal(escapeHtml(HOSTILE_NAME), name);
    assert.ok(html.includes(`<span class="name">${name}</span>`));
    assert.ok(html.includes(`No contact from ${name} for 77 days`));
    assert.ok(html.includes(`<p class="record">clients/a&quot;b&lt;i&gt;&amp;&#39;c.md</p>`));
    assert.ok(html.includes(`<article class="client amber" data-client="${ID}">`));
    assert.ok(!html.includes(HOSTILE_NAME));
  });

  it('shows the figures, in table rows with data-client and data-metric', () => {
    const row = (metric: string) => {
      const match = new RegExp(`<tr data-client="${ID.replace(/[&#;]/g, (c) => `\\${c}`)}" data-metric="${metric}"[^>]*>(.*?)</tr>`).exec(html);
      assert.ok(match, `no row ${metric}`);
      return match[1].replace(/<[^>]+>/g, '');
    };
    assert.equal(row('open-balance'), 'Open balance$400.00');
    assert.equal(row('average-days-to-pay'), 'Average days to pay24 days (1 paid invoice)');
    assert.equal(row('average-days-late'), 'Average days late10 days late');
    assert.equal(row('dso'), 'Days sales outstandingUSD 21.8 days ($400.00 open, $1,650.00 invoiced in the last 90 days)');
    assert.equal(row('average-response-time'), 'Reply time2 days on average (1 reply)');
    assert.equal(row('health'), 'HealthAmber');
    assert.match(row('hours-per-week'), /2026-11-09 3h; minimum 2h a week$/);
    const aging = tagsWith(html, ID, 'client-aging');
    assert.equal(aging.length, 1);
    assert.ok(html.includes('<td class="money" data-bucket="31-60" data-value="40000">$400.00</td>'));
    assert.match(html, /<tr data-metric="aging" data-currency="USD"><th>USD<\/th>.*?<strong>\$400\.00<\/strong><\/td><\/tr>/);
    assert.match(html, /<span class="signal amber" data-metric="health-amber" data-value="1">1 amber<\/span>/);
  });

  it('draws days late per invoice as bars, open ones marked', () => {
    assert.equal(tagsWith(html, ID, 'days-late').filter((tag) => tag.startsWith('<svg')).length, 1);
    const bars = tagsWith(html, ID, 'days-late').filter((tag) => tag.startsWith('<g'));
    assert.equal(bars.length, 2);
    assert.match(bars[0], /data-invoice="H-1" data-value="10"/);
    assert.doesNotMatch(bars[0], /data-open/);
    assert.match(bars[1], /data-invoice="H-2" data-value="36" data-open="true"/);
    assert.match(html, /<title>H-2 36 days late \(open, due 2026-10-15\)<\/title>/);
  });

  it('draws response times and hours per week', () => {
    assert.equal(tagsWith(html, ID, 'response-times').length, 1);
    assert.match(tagsWith(html, ID, 'response-time')[0], /data-value="2"/);
    assert.equal(tagsWith(html, ID, 'hours-per-week').filter((tag) => tag.startsWith('<g')).map((tag) => /data-value="(\d+)"/.exec(tag)![1]).join(','), '0,0,0,180');
    assert.match(tagsWith(html, ID, 'minimum-hours')[0], /data-value="120"/);
  });

  it('closes every element it opens', () => {
    for (const tag of ['main', 'section', 'article', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'ul', 'li', 'svg', 'g', 'text', 'title', 'figure', 'p', 'span']) {
      const opened = html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0;
      const closed = html.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
      assert.equal(opened, closed, `<${tag}>: ${opened} opened, ${closed} closed`);
    }
  });

  it('reports a ledger with nothing open, and former clients as not counted', () => {
    const quiet = reportHtml(portfolioReport(sampleLedger(), day('2026-07-31')));
    assert.ok(quiet.includes('<p class="muted" data-metric="aging">Nothing is open.</p>'));
    assert.ok(html.includes('former client, not counted'));
    assert.ok(html.includes('2 clients: 0 green, 1 amber, 0 red (1 former client listed, not counted).'));
  });
});
