import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';
import { recordText } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = 'examples/ledger/clients';

function run(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('client-ledger statement (the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);

  it('prints the statement of a client as markdown, exit 0', () => {
    const result = run(['statement', 'brightside-dental', SAMPLE, '--today', '2026-11-20']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^# Statement of account as of 2026-11-20\n/);
    assert.match(result.stdout, /^\| 2026-11-02 \| Invoice BD-025, due 2026-11-16 \| \$1,250\.00 \| +\| \$3,268\.75 \|$/m);
    assert.match(result.stdout, /^- \*\*Total due: \$3,268\.75\*\*$/m);
  });

  it('takes the id in any case, or the client: name', () => {
    const byId = run(['statement', 'Brightside-DENTAL', SAMPLE, '--today', '2026-11-20']);
    const byName = run(['statement', 'brightside dental', SAMPLE, '--today', '2026-11-20']);
    const expected = run(['statement', 'brightside-dental', SAMPLE, '--today', '2026-11-20']).stdout;
    assert.equal(byId.code, 0);
    assert.equal(byId.stdout, expected);
    assert.equal(byName.code, 0);
    assert.equal(byName.stdout, expected);
  });

  it('leaves out what happens after --today', () => {
    const result = run(['statement', 'brightside-dental', SAMPLE, '--today', '2026-10-31']);
    assert.match(result.stdout, /^\| 2026-10-30 \| Payment, BD-024 +\| +\| +\$500\.00 \| \$2,018\.75 \|$/m);
    assert.doesNotMatch(result.stdout, /BD-025/);
    assert.match(result.stdout, /\*\*Total due: \$2,018\.75\*\*/);
  });

  it('prints a standalone HTML page with --format html', () => {
    const result = run(['statement', 'brightside-dental', SAMPLE, '--today', '2026-11-20', '--format', 'html']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^<!DOCTYPE html>\n/);
    assert.match(result.stdout, /<li><strong>Total due: \$3,268\.75<\/strong><\/li>/);
    assert.match(result.stdout, /<\/html>\n$/);
  });

  it('an unknown client is one line on stderr, with a "did you mean", exit 2', () => {
    const result = run(['statement', 'brightsid-dental', SAMPLE, '--today', '2026-11-20']);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `client-ledger: no client "brightsid-dental" in ${SAMPLE} (did you mean brightside-dental?)\n`);
    const far = run(['statement', 'zebra', SAMPLE]);
    assert.equal(far.code, 2);
    assert.equal(far.stderr, `client-ledger: no client "zebra" in ${SAMPLE}\n`);
  });

  it('a client record that cannot be read is named, with why, exit 2', () => {
    const folder = mkdtempSync(join(tmpdir(), 'statement-'));
    try {
      writeFileSync(join(folder, 'acme.md'), '---\nclient: Acme\nstatus: [active\n---\n\n## Log\n');
      writeFileSync(join(folder, 'bee.md'), recordText(['client: Bee'], ['2026-11-01 invoice B-1 $10']));
      const result = run(['statement', 'acme', folder, '--today', '2026-11-20']);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^client-ledger: the client record .*acme\.md cannot be read: line \d+: .+; fix it, then run this again\n$/);
      assert.equal(result.stderr.split('\n').length, 2, 'one line');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses bad arguments with exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['statement', 'brightside-dental', SAMPLE, '--format', 'pdf'], /--format must be md or html, not "pdf"/],
      [['statement', 'brightside-dental'], /statement needs a CLIENT and a FOLDER/],
      [['statement', 'brightside-dental', SAMPLE, 'extra'], /unexpected argument: extra/],
      [['statement', 'brightside-dental', SAMPLE, '--today', '2026-13-01'], /--today must be a date YYYY-MM-DD/],
      [['statement', 'brightside-dental', SAMPLE, '--currency', 'XX'], /--currency must be an ISO 4217 code/],
      [['statement', 'brightside-dental', 'no/such/folder'], /no such folder: no\/such\/folder/],
      [['statement', 'brightside-dental', SAMPLE, '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    }
  });

  it('is in the help text', () => {
    assert.match(run(['--help']).stdout, /^  statement +print one client's statement of account$/m);
    const result = run(['help', 'statement']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Usage: client-ledger statement CLIENT FOLDER \[--today YYYY-MM-DD\] \[--format md\|html\]/);
  });

  it('prints exactly what the README shows for brightside-dental', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /<!-- statement-output:start -->\n```markdown\n([\s\S]*?)```\n<!-- statement-output:end -->/.exec(readme);
    assert.ok(shown, 'README has the statement-output block');
    assert.equal(shown[1], run(['statement', 'brightside-dental', SAMPLE, '--today', '2026-11-20']).stdout);
  });
});
