import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { HANG_GUARD_MS } from '../helpers/budget';

// The progress line of the bundled CLI on a real pseudo-terminal (util-linux `script`), shown at
// once (CLIENT_LEDGER_PROGRESS_DELAY_MS=0) so that nothing depends on the machine's speed.

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLE = 'examples/ledger/clients';
const ENV = { ...process.env, CLIENT_LEDGER_PROGRESS_DELAY_MS: '0' };

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** What the terminal receives (standard output and error together) when the CLI runs on one. */
function onTerminal(args: readonly string[]): string {
  const command = [process.execPath, CLI, ...args].map(quote).join(' ');
  // -q: no banner, -e: the command's exit status, -c: the command; the typescript goes nowhere.
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new Error(`this test needs util-linux's script (a pseudo-terminal): ${result.error.message}`);
  assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr}`);
  return result.stdout.replace(/\r\n/g, '\n');
}

function piped(args: readonly string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8' });
}

/** The progress line's writes at the start of the output (each drawing, then the erasing), and the rest. */
function splitProgress(output: string): { drawn: string[]; rest: string } {
  const match = /^((?:\r[^\r\n]*\x1b\[K)+)\r\x1b\[K/.exec(output);
  if (!match) return { drawn: [], rest: output };
  return { drawn: match[1].split('\x1b[K').filter(Boolean).map((text) => text.slice(1)), rest: output.slice(match[0].length) };
}

describe('the progress line of the bundled CLI', function () {
  this.timeout(HANG_GUARD_MS);

  for (const [what, args] of [
    ['check', ['check', SAMPLE, '--today', '2026-11-20']],
    ['check --report', ['check', SAMPLE, '--today', '2026-11-20', '--report', '/dev/null']],
    ['statement', ['statement', 'harbor-realty', SAMPLE, '--today', '2026-11-20']],
  ] as const) {
    it(`${what}: on a terminal, the line, erased before anything else is printed`, () => {
      const { drawn, rest } = splitProgress(onTerminal(args));
      assert.ok(drawn.length > 0, 'the line was drawn');
      for (const text of drawn) assert.match(text, /^client-ledger: reading the ledger…( \d+ of \d+ files)?$/);
      assert.ok(drawn.some((text) => / of \d+ files$/.test(text)), `a count was shown: ${drawn}`);
      const plain = piped(args);
      assert.equal(rest, plain.stdout + plain.stderr, 'nothing else differs from the output in a pipe');
    });
  }

  for (const format of ['json', 'sarif']) {
    it(`check --format ${format}: never, even on a terminal`, () => {
      const output = onTerminal(['check', SAMPLE, '--today', '2026-11-20', '--format', format]);
      assert.ok(output.trimStart().startsWith(format === 'json' ? '[' : '{'), output.slice(0, 80));
      assert.doesNotMatch(output, /reading the ledger|\x1b\[K/);
    });
  }

  it('never in a pipe', () => {
    const result = piped(['check', SAMPLE, '--today', '2026-11-20']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /findings/);
    assert.doesNotMatch(result.stderr + result.stdout, /reading the ledger|\x1b\[K/);
  });
});
