import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

const ROOT = resolve(__dirname, '../../..');
const NODE_DIR = dirname(process.execPath);

/**
 * npm with nothing of this machine's: its own home (no ~/.npmrc), an empty cache and --offline,
 * so an install that needed the registry fails instead of fetching.
 */
function npm(args: string[], scratch: string) {
  const env = { PATH: `${NODE_DIR}${delimiter}${process.env.PATH ?? ''}`, HOME: join(scratch, 'home') };
  const result = spawnSync('npm', [...args, '--cache', join(scratch, 'cache'), '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', env });
  assert.equal(result.status, 0, `npm ${args.join(' ')}: ${result.stderr}${result.error ?? ''}`);
  return result.stdout;
}

describe('client-ledger installed from the packed package (npm pack, npm install -g)', function () {
  this.timeout(HANG_GUARD_MS); // npm packs and installs: seconds on a quiet machine, more on a loaded one
  let scratch: string;
  let bin: string;
  let ledger: string;

  /** The installed command, with only node's folder on PATH and nothing else in its environment. */
  function installed(args: string[], cwd = scratch) {
    const result = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { PATH: NODE_DIR } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, error: result.error };
  }

  before(() => {
    scratch = realpathSync(mkdtempSync(join(tmpdir(), 'ledger-packed-')));
    mkdirSync(join(scratch, 'home'));
    // The bundles are built before the tests (npm run test:unit); --ignore-scripts packs those rather than rebuilding them under the other tests.
    const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], scratch)) as { filename: string; files: { path: string }[] }[];
    const listed = packed.files.map((file) => file.path);
    for (const file of ['dist/cli.js', 'dist/check-worker.js', 'docs/format.md', 'docs/rules.md', 'package.json']) assert.ok(listed.includes(file), `${file} is packed`);
    npm(['install', '--global', '--prefix', join(scratch, 'prefix'), join(scratch, packed.filename)], scratch);
    bin = join(scratch, 'prefix', 'bin', 'client-ledger');
    ledger = join(scratch, 'ledger');
    cpSync(join(ROOT, 'examples/ledger'), ledger, { recursive: true });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('installs the command and nothing beside it', () => {
    assert.ok(existsSync(bin), bin);
    const modules = join(scratch, 'prefix', 'lib', 'node_modules');
    assert.equal(existsSync(join(modules, 'client-ledger', 'node_modules')), false, 'no dependency was installed: the bundles hold their code');
    const manifest = JSON.parse(readFileSync(join(modules, 'client-ledger', 'package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined, 'npm would fetch a dependency from the registry');
  });

  it('prints its help', () => {
    const result = installed(['--help']);
    assert.equal(result.code, 0, `${result.stderr}${result.error ?? ''}`);
    assert.match(result.stdout, /^Usage: client-ledger COMMAND \[ARGUMENTS\]$/m);
    assert.match(result.stdout, /^  check +/m);
  });

  it('checks the sample ledger as the repository\'s build does: the same findings and exit status', () => {
    const args = ['check', 'clients', '--today', '2026-11-20', '--format', 'json'];
    const result = installed(args, ledger);
    const repo = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ledger, encoding: 'utf8' });
    assert.equal(result.code, repo.status, result.stderr);
    assert.equal(result.code, 1, 'the sample holds error findings');
    assert.ok((JSON.parse(result.stdout) as unknown[]).length > 0);
    assert.equal(result.stdout, repo.stdout);
  });

  it('drafts a document and points at the format page it ships with', () => {
    const drafted = installed(['draft', 'statement', 'brightside-dental', 'clients', '--today', '2026-11-20'], ledger);
    assert.equal(drafted.code, 0, drafted.stderr);
    assert.equal(drafted.stdout, 'clients/brightside-dental/2026-11-20-statement.md\n');
    mkdirSync(join(scratch, 'empty'));
    const empty = installed(['check', 'empty']);
    assert.equal(empty.code, 2);
    const format = join(scratch, 'prefix', 'lib', 'node_modules', 'client-ledger', 'docs', 'format.md');
    assert.ok(empty.stderr.includes(`described in ${format}.`), empty.stderr);
  });
});
