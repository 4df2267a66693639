// The commands outside the editor on an agency's ledger (issue 17):
//
//   node bench/cli-commands.mjs [COUNT] [RUNS]      (npm run bench:cli; defaults 10000 and 5)
//
// On the deterministic ledger of bench/generate-ledger.mjs (realistic profile), as of its day,
// the median of RUNS runs each, one after another in this process's machine:
//   the floor            the bytes of every record read, readFileSync one by one, in this process
//   check --format json  the whole checker, a fresh process
//   agenda (text, ics)   the Next Steps of every client, a fresh process
//   lsp                  a fresh `lsp --stdio` told of the workspace, until it has published the
//                        diagnostics of every file `check` finds something in
// Writes bench/cli-results.json and prints a table. Nothing here is asserted: figures, not tests.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { generateLedger, TODAY } from './generate-ledger.mjs';
import { median } from './median.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const cli = join(root, 'dist', 'cli.js');
const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

function timed(run) {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function floor(folder) {
  const files = readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => join(folder, name));
  let bytes = 0;
  for (const file of files) bytes += readFileSync(file).length;
  return bytes;
}

function command(args, cwd) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** Milliseconds from spawning the server to the diagnostics of every one of `expected` (URIs) published. */
async function lspFirstDiagnostics(workspace, expected) {
  const start = performance.now();
  const server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Set(expected);
  const done = new Promise((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', ({ uri, diagnostics }) => {
      if (diagnostics.length > 0) waiting.delete(uri);
      if (waiting.size === 0) resolve(performance.now() - start);
    });
  });
  connection.onRequest(() => null);
  connection.listen();
  const uri = pathToFileURL(workspace).href;
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: {},
    initializationOptions: { clientLedger: { today: TODAY } },
  });
  connection.sendNotification('initialized', {});
  const ms = await done;
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  await new Promise((resolve) => server.once('exit', resolve));
  connection.dispose();
  return ms;
}

const workspace = mkdtempSync(join(tmpdir(), 'client-ledger-cli-bench-'));
try {
  const folder = join(workspace, 'clients');
  mkdirSync(folder);
  generateLedger(folder, count);
  const findings = JSON.parse(command(['check', 'clients', '--today', TODAY, '--format', 'json'], workspace));
  const withFindings = [...new Set(findings.map((finding) => pathToFileURL(join(workspace, finding.file)).href))];
  const steps = JSON.parse(command(['agenda', 'clients', '--today', TODAY, '--format', 'json'], workspace)).length;
  const figures = { floor: [], check: [], agenda: [], ics: [], lsp: [] };
  for (let run = 0; run < runs; run++) {
    figures.floor.push(timed(() => floor(folder)).ms);
    figures.check.push(timed(() => command(['check', 'clients', '--today', TODAY, '--format', 'json'], workspace)).ms);
    figures.agenda.push(timed(() => command(['agenda', 'clients', '--today', TODAY], workspace)).ms);
    figures.ics.push(timed(() => command(['agenda', 'clients', '--today', TODAY, '--format', 'ics'], workspace)).ms);
    figures.lsp.push(await lspFirstDiagnostics(workspace, withFindings));
  }
  const results = { count, runs, findings: findings.length, filesWithFindings: withFindings.length, steps, medians: Object.fromEntries(Object.entries(figures).map(([name, values]) => [name, median(values)])), figures };
  writeFileSync(join(root, 'bench', 'cli-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const labels = { floor: 'floor: read every record (readFileSync)', check: 'check --format json', agenda: 'agenda (text)', ics: 'agenda --format ics', lsp: 'lsp --stdio: every diagnostic published' };
  console.log(`${count} records, ${findings.length} findings in ${withFindings.length} files, ${steps} steps; median of ${runs}:`);
  for (const [name, label] of Object.entries(labels)) console.log(`  ${label.padEnd(42)} ${Math.round(results.medians[name]).toLocaleString('en-US').padStart(7)} ms  (${(results.medians[name] / results.medians.floor).toFixed(0)}x the floor)`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
