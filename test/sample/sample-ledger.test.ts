import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_RULES } from '../../src/core/rules/index';

const ROOT = resolve(__dirname, '../../..');
const SPEC_RULES = [
  'invoice-overdue', 'no-contact', 'awaiting-reply', 'slow-payer', 'no-deposit-policy', 'deposit-not-received',
  'no-backup-contact', 'no-agreement', 'scope-creep', 'after-hours', 'relationship-at-risk', 'hold-expired',
  'notice-period-over', 'minimum-hours-unbilled', 'frontmatter-invalid', 'entry-malformed', 'entry-in-future',
  'log-out-of-order', 'invoice-duplicate', 'payment-unknown-invoice', 'invoice-overpaid',
];

function runSample() {
  const args = ['dist/cli.js', 'check', 'examples/ledger/clients', '--today', '2026-11-20'];
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe('the bundled sample ledger', () => {
  const result = runSample();
  const lines = result.stdout.trim().split('\n');

  it('fires every rule of the spec at least once', () => {
    const fired = new Set(lines.map((line) => line.split(' ')[2]));
    assert.deepEqual(SPEC_RULES.filter((rule) => !fired.has(rule)), []);
  });

  it('gives the healthy client no findings', () => {
    assert.deepEqual(lines.filter((line) => line.includes('sunrise-yoga')), []);
  });

  it('exits 1 because it holds error findings', () => {
    assert.equal(result.status, 1);
  });

  it('prints exactly what the README shows', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const shown = /<!-- sample-output:start -->\n```text\n([\s\S]*?)```\n<!-- sample-output:end -->/.exec(readme);
    assert.ok(shown, 'README has the sample-output block');
    assert.equal(shown[1], result.stdout);
  });

  it('documents every rule id in docs/rules.md under its own heading', () => {
    const docs = readFileSync(resolve(ROOT, 'docs/rules.md'), 'utf8');
    const missing = ALL_RULES.map((rule) => rule.id).filter((id) => !docs.includes(`\n## ${id}\n`));
    assert.deepEqual(missing, []);
  });

  it('names the README commands first, and .ci/run calls the test command', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8').split('\n').slice(0, 6).join('\n');
    assert.match(readme, /^npm start /m);
    assert.match(readme, /^npm test /m);
    assert.match(readFileSync(resolve(ROOT, '.ci/run'), 'utf8'), /^npm test$/m);
  });
});
