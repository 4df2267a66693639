import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordText } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

const CLI = resolve(__dirname, '../../../dist/cli.js');

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('client-ledger check (the bundled CLI, end to end)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-cli-'));
    mkdirSync(join(root, 'clients', 'archive'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  // Former clients: only the rules about money and the log's form speak for them.
  const quiet = recordText(['status: former'], ['2026-09-01 note: last day']);
  const overdue = recordText(['status: former'], ['2026-09-01 invoice INV-1 $100 due 2026-09-15']);

  it('prints nothing on stdout and exits 0 for a healthy ledger', () => {
    writeFileSync(join(root, 'clients', 'quiet.md'), quiet);
    const result = run(['check', 'clients', '--today', '2026-11-20'], root);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'No findings in 1 file.\n');
  });

  it('prints path:line:column severity rule message, paths relative to the current directory', () => {
    writeFileSync(join(root, 'clients', 'archive', 'late.md'), overdue);
    const result = run(['check', 'clients', '--today', '2026-11-20'], root);
    assert.equal(
      result.stdout,
      'clients/archive/late.md:10:3 error invoice-overdue Invoice INV-1 ($100.00 unpaid) is 66 days overdue (due 2026-09-15): ' +
        'call about it, offer a payment plan, and pause new work until it is settled\n',
    );
    assert.equal(result.code, 1, 'an error finding exits 1');
    const fromInside = run(['check', '.', '--today', '2026-11-20'], join(root, 'clients'));
    assert.match(fromInside.stdout, /^archive\/late\.md:10:3 /);
  });

  it('exits 0 when findings are only warnings or below', () => {
    writeFileSync(join(root, 'clients', 'late.md'), overdue);
    const result = run(['check', 'clients', '--today', '2026-10-20'], root);
    assert.match(result.stdout, / warning invoice-overdue Invoice INV-1 \(\$100\.00 unpaid\) is 35 days overdue/);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /^1 finding \(1 warning\) in 1 of 1 file\.$/m);
  });

  it('prints one JSON array with file, line, column, severity, rule and message', () => {
    writeFileSync(join(root, 'clients', 'late.md'), overdue);
    writeFileSync(join(root, 'clients', 'quiet.md'), quiet);
    const result = run(['check', 'clients', '--today', '2026-10-20', '--format', 'json'], root);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: 'clients/late.md', line: 10, column: 3, severity: 'warning', rule: 'invoice-overdue',
        message: 'Invoice INV-1 ($100.00 unpaid) is 35 days overdue (due 2026-09-15): send a firm reminder and follow up by phone',
      },
    ]);
  });

  it('prints an empty JSON array when there is nothing to report', () => {
    writeFileSync(join(root, 'clients', 'quiet.md'), quiet);
    const result = run(['check', 'clients', '--today', '2026-11-20', '--format', 'json'], root);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });

  it('takes thresholds and a default currency from flags', () => {
    writeFileSync(join(root, 'clients', 'late.md'), overdue);
    const result = run(['check', 'clients', '--today', '2026-10-20', '--threshold', 'invoice-overdue=40', '--currency', 'eur'], root);
    assert.match(result.stdout, / info invoice-overdue Invoice INV-1 \(\$100\.00 unpaid\)/);
    writeFileSync(join(root, 'clients', 'late.md'), overdue.replace('$100', '100'));
    const euros = run(['check', 'clients', '--today', '2026-10-20', '--currency', 'EUR'], root);
    assert.match(euros.stdout, /Invoice INV-1 \(€100\.00 unpaid\)/);
  });

  it('checks the rest of the ledger when a file is broken', () => {
    writeFileSync(join(root, 'clients', 'broken.md'), '---\nclient: [Acme\n---\n');
    writeFileSync(join(root, 'clients', 'late.md'), overdue);
    writeFileSync(join(root, 'clients', 'junk.md'), Buffer.from([0, 1, 2, 255, 254]));
    const result = run(['check', 'clients', '--today', '2026-11-20'], root);
    const rules = result.stdout.trim().split('\n').map((line) => `${line.split(' ')[0].split(':')[0]} ${line.split(' ')[2]}`);
    assert.deepEqual(rules, ['clients/broken.md frontmatter-invalid', 'clients/junk.md file-unreadable', 'clients/late.md invoice-overdue']);
    assert.equal(result.code, 1);
  });

  const cannotRun: [string, string[], RegExp][] = [
    ['a missing folder', ['check', 'nowhere'], /^client-ledger: no such folder: nowhere\n$/],
    ['an unknown command', ['lint', 'clients'], /^client-ledger: unknown command "lint"/],
    ['a file instead of a folder', ['check', 'clients/file.md'], /^client-ledger: no such folder: clients\/file\.md\n$/],
  ];
  for (const [what, args, message] of cannotRun) {
    it(`exits 2 with one line on stderr for ${what}`, () => {
      writeFileSync(join(root, 'clients', 'file.md'), quiet);
      const result = run(args, root);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    });
  }

  const badArguments: [string, string[], RegExp][] = [
    ['no folder', ['check'], /^client-ledger: check needs a FOLDER$/],
    ['a bad date', ['check', 'clients', '--today', '2026-02-30'], /^client-ledger: --today must be a date YYYY-MM-DD, not "2026-02-30"$/],
    ['a bad format', ['check', 'clients', '--format', 'xml'], /^client-ledger: --format must be text, json or sarif, not "xml"$/],
    ['an unknown option', ['check', 'clients', '--colour'], /^client-ledger: Unknown option '--colour'/],
    ['a bad threshold', ['check', 'clients', '--threshold', 'no-contact=soon'], /^client-ledger: --threshold threshold no-contact must be a number of days/],
    ['an unknown threshold', ['check', 'clients', '--threshold', 'speed=3'], /^client-ledger: --threshold takes RULE=VALUE/],
  ];
  for (const [what, args, message] of badArguments) {
    it(`exits 2 with one line and the usage on stderr for ${what}`, () => {
      const result = run(args, root);
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      const [first, blank, usage] = result.stderr.split('\n');
      assert.match(first, message);
      assert.equal(blank, '');
      assert.match(usage, /^Usage: client-ledger check FOLDER /);
    });
  }

  it('prints the same on worker threads as in one thread', () => {
    const sample = resolve(__dirname, '../../../examples/ledger');
    const args = ['check', 'clients', '--today', '2026-11-20', '--format', 'json'];
    const single = run(args, sample, { CLIENT_LEDGER_WORKERS: '0' });
    const parallel = run(args, sample, { CLIENT_LEDGER_WORKERS: '3' });
    const summary = /^(\d+) findings/m.exec(run(args.slice(0, -2), sample, { CLIENT_LEDGER_WORKERS: '0' }).stderr);
    assert.ok(summary, 'the text output counts its findings on stderr');
    assert.equal(JSON.parse(single.stdout).length, Number(summary[1]));
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.code, single.code);
  });

  it('prints its usage with --help, help check and check --help, and exits 0', () => {
    for (const args of [['help', 'check'], ['check', '--help'], ['check', 'clients', '-h']]) {
      const result = run(args, root);
      assert.equal(result.code, 0, args.join(' '));
      assert.match(result.stdout, /^client-ledger check: /);
      assert.match(result.stdout, /Usage: client-ledger check FOLDER \[--today YYYY-MM-DD\] \[--format text\|json\|sarif\]/);
      assert.match(result.stdout, /\[--report FILE\]/);
      assert.match(result.stdout, /\nExit status: 0 no error findings, 1 /);
    }
  });

  it('lists every command with --help, and on stderr with exit 2 when given none', () => {
    const listed = run(['--help'], root);
    assert.equal(listed.code, 0);
    for (const name of ['check', 'statement', 'merge', 'install-merge-driver']) assert.match(listed.stdout, new RegExp(`^  ${name} +\\S`, 'm'));
    const none = run([], root);
    assert.equal(none.code, 2);
    assert.equal(none.stdout, '');
    assert.equal(none.stderr, listed.stdout);
    const unknown = run(['help', 'lint'], root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^client-ledger: no command "lint" \(commands: check, /);
  });
});
