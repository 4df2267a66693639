import assert from 'node:assert/strict';
import { runCli } from '../helpers/run-cli';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NodeStore } from '../../src/cli/node-store';
import { loadLedger } from '../../src/core/load-ledger';
import { newClientRecord } from '../../src/core/templates/new-client';
import { HANG_GUARD_MS } from '../helpers/budget';
import { day } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const TODAY = ['--today', '2026-11-20'];

const run = runCli;

describe('client-ledger new (the bundled CLI)', function () {
  this.timeout(HANG_GUARD_MS);
  let workspace: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'ledger-new-'));
    cpSync(join(ROOT, 'examples/ledger'), workspace, { recursive: true });
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it('writes the record the New Client command creates at FOLDER/<id>.md and prints the path', () => {
    const result = run(['new', 'Acme Bakery & Co.', 'clients', ...TODAY], workspace);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'clients/acme-bakery-co.md\n');
    assert.equal(result.stderr, '');
    assert.equal(readFileSync(join(workspace, 'clients', 'acme-bakery-co.md'), 'utf8'), newClientRecord('Acme Bakery & Co.', day('2026-11-20'), 'USD'));
  });

  it('gives a record that check accepts with no error, under the name given', async () => {
    const name = 'Zoë: O\'Brien #1 ';
    const result = run(['new', name, 'fresh', '--currency', 'eur', ...TODAY], workspace);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'fresh/zoe-o-brien-1.md\n');
    assert.equal(result.stderr, 'client-ledger: created the folder fresh\n', 'the folder did not exist: its parent does');
    assert.equal(readFileSync(join(workspace, 'fresh', 'zoe-o-brien-1.md'), 'utf8'), newClientRecord(name.trim(), day('2026-11-20'), 'EUR'));
    const check = run(['check', 'fresh', ...TODAY, '--format', 'json'], workspace);
    assert.equal(check.code, 0, check.stdout);
    assert.deepEqual((JSON.parse(check.stdout) as { severity: string }[]).filter((finding) => finding.severity === 'error'), []);
    const ledger = await loadLedger(new NodeStore(join(workspace, 'fresh')));
    assert.deepEqual(ledger.clients.map((client) => [client.id, client.name, client.status]), [['zoe-o-brien-1', name.trim(), 'prospect']]);
  });

  it('never writes over a record: exit 2, the file unchanged', () => {
    const path = join(workspace, 'clients', 'harbor-realty.md');
    const before = readFileSync(path);
    const result = run(['new', 'Harbor Realty', 'clients', ...TODAY], workspace);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'client-ledger: a client record clients/harbor-realty.md is already there; it was not changed\n');
    assert.deepEqual(readFileSync(path), before);
  });

  it('refuses an empty name, bad arguments and a folder it cannot make, writing nothing', () => {
    writeFileSync(join(workspace, 'notes'), 'a file\n');
    const before = readdirSync(workspace, { recursive: true }).sort();
    const cases: [string[], RegExp][] = [
      [['new', '  ', 'clients'], /^client-ledger: new needs a client name, not an empty one\n\nUsage: client-ledger new "Client Name" FOLDER/],
      [['new', 'Acme'], /^client-ledger: new needs a NAME and a FOLDER\n\nUsage: /],
      [['new', 'Acme', 'clients', 'extra'], /unexpected argument: extra/],
      [['new', 'Acme', 'clients', '--currency', 'EURO'], /--currency must be an ISO 4217 code/],
      [['new', 'Acme', 'clients', '--today', 'tomorrow'], /--today must be a date YYYY-MM-DD/],
      [['new', 'Acme', 'clients', '--owner', 'me'], /Unknown option '--owner'/],
      [['new', 'Acme', 'no/such'], /^client-ledger: no such folder: no\/such \(nor its parent, so it was not created\)\n$/],
      [['new', 'Acme', 'notes'], /^client-ledger: notes is a file, not a folder\n$/],
    ];
    for (const [args, message] of cases) {
      const result = run(args, workspace);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    }
    assert.deepEqual(readdirSync(workspace, { recursive: true }).sort(), before);
    assert.equal(existsSync(join(workspace, 'no')), false);
  });

  it('prints what the README shows for the sample ledger', () => {
    const shown = /\n\$ client-ledger (new "([^"]+)" (\S+) (--today \S+))\n([\s\S]*?)```\n/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    assert.ok(shown, 'README shows client-ledger new');
    const result = run(['new', shown[2], shown[3], ...shown[4].split(' ')], workspace);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`, shown[5]);
  });

  it('is in the help text', () => {
    assert.match(run(['--help'], workspace).stdout, /^  new +write a new client record, as the New Client command does$/m);
    assert.match(run(['new', '--help'], workspace).stdout, /^Usage: client-ledger new "Client Name" FOLDER \[--today YYYY-MM-DD\] \[--currency CODE\]$/m);
  });
});
