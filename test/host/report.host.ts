import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, waitFor } from './host-helpers';

describe('the portfolio report in a real VS Code', () => {
  it('opens in a webview with a strict policy and the figures of the ledger', async () => {
    const { report } = await api();
    await vscode.commands.executeCommand('clientLedger.openReport');
    const html = await waitFor('the report', () => report.html);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /^default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+'/);
    assert.doesNotMatch(html.replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, ''), /https?:|\b(?:src|href)=|url\(/, 'no remote content, no resource at all');
    assert.equal(html.match(/<script/g)?.length, 1, 'one script, the click handler');
    assert.match(html, /data-metric="health-red" data-value="3"/);
    assert.match(html, /data-metric="health-green" data-value="1"/);
    assert.match(html, /Open receivables: \$4,750\.00/);
    const row = /<tr class="client-row red" data-client="brightside-dental"[^>]* data-record="([^"]+)"/.exec(html);
    assert.ok(row, 'a row for the red client, its detail not yet built');
    assert.doesNotMatch(html, /<article class="client/, 'no detail before a row is opened');
    const detail = await report.handle({ type: 'detail', record: row[1] });
    assert.equal(detail?.type, 'detail');
    const article = detail?.type === 'detail' ? detail.html ?? '' : '';
    assert.match(article, /<article class="client red" data-client="brightside-dental">/);
    assert.match(article, /<svg[^>]*data-client="brightside-dental"[^>]*data-metric="days-late"/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the panel to close', () => (report.html === undefined ? true : undefined));
  });
});
