// The navigation bench (issue 16): `npm run bench:navigation`, and part of `npm run bench`.
//
// Writes one deterministic client record of about 1 MB (bench/generate-big-record.mjs) as the
// only record of a fresh workspace, checked as of the bench's day, and runs
// bench/navigation-host.cjs inside code-server's extension host (scripts/test-host/run.mjs, the
// extension loaded from this checkout's dist/ as in npm run test:host). There, VS Code's own
// commands for the outline, inlay hints, folding, formatting, definition, references, links and
// workspace symbols are timed on that record: once cold, then after each of RUNS one-character
// edits (medians); the floor in the same run is reading the file's bytes with readFileSync.
// Twice: as a person gets it (VS Code's markdown extension answers the same commands), then with
// the document's language set to plain text, which leaves Client Ledger's providers alone.
// Prints a table and writes bench/navigation-results.json. Environment: BENCH_NAVIGATION_RUNS
// (default 5), BENCH_NAVIGATION_BYTES (default 1048576).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigRecord, BIG_RECORD_BYTES } from './generate-big-record.mjs';
import { TODAY } from './generate-ledger.mjs';
import { median } from './median.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const node = process.execPath;
const log = (text) => process.stderr.write(`bench:navigation: ${text}\n`);
const ms = (value) => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

function prepare() {
  log('dependencies, the test host, the bundles...');
  for (const [command, args] of [[node, ['scripts/ensure-deps.mjs']], ['bash', ['scripts/test-host/setup.sh']], [node, ['scripts/build.mjs']]]) {
    execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}

function workspaceWith(text) {
  const dir = mkdtempSync(join(tmpdir(), 'client-ledger-navigation-'));
  mkdirSync(join(dir, 'clients'));
  mkdirSync(join(dir, '.vscode'));
  writeFileSync(join(dir, 'clients', 'meridian-agency.md'), text);
  writeFileSync(join(dir, '.vscode', 'settings.json'), `{\n  "clientLedger.today": "${TODAY}"\n}\n`);
  return dir;
}

/** The host half in code-server (as markdown, then as plain text); its figures. */
function hostRun(workspace) {
  const out = join(workspace, 'results.json');
  const args = ['scripts/test-host/run.mjs', '--tests', join(root, 'bench', 'navigation-host.cjs'), '--workspace', workspace];
  const child = spawnSync(node, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, BENCH_NAVIGATION_OUT: out } });
  if (child.status !== 0) throw new Error(`the extension host run failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/**
 * What a person gets (VS Code's own markdown extension answers the same commands on a markdown
 * file, and its share is most of the time), and Client Ledger's providers alone.
 */
export function navigationBench() {
  prepare();
  const bytes = Number(process.env.BENCH_NAVIGATION_BYTES ?? BIG_RECORD_BYTES);
  const workspace = workspaceWith(bigRecord({ bytes }));
  try {
    log(`a ${(bytes / 1e6).toFixed(1)} MB record in code-server's extension host, as markdown and as plain text...`);
    return { date: new Date().toISOString(), machine: { cpus: availableParallelism(), loadavg: loadavg().map((x) => +x.toFixed(2)) }, ...hostRun(workspace) };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** The table: each command with VS Code's markdown extension and with Client Ledger alone, after an edit, beside the floor. */
export function navigationTable({ withMarkdown, alone, floor: read }) {
  const floor = median(read.readFileSyncMs);
  const rows = [
    ['VS Code\'s command, in its extension host', 'with markdown: cold', 'after an edit', 'Client Ledger alone: cold', 'after an edit', '× floor', 'results'],
    ['the floor: readFileSync of the record', ms(floor), '', '', '', '1', ''],
    ['VS Code opening the record (openTextDocument)', ms(read.openTextDocumentMs), '', '', '', '', ''],
    ...alone.map((mine, i) => {
      const both = withMarkdown[i];
      return [mine.name, ms(both.coldMs), ms(median(both.afterEditMs)), ms(mine.coldMs), ms(median(mine.afterEditMs)), String(Math.round(median(mine.afterEditMs) / floor)), `${mine.results}`];
    }),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = navigationBench();
  writeFileSync(join(root, 'bench', 'navigation-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const { bytes, lines } = results;
  console.log(`\nOne record of ${(bytes / 1e6).toFixed(2)} MB, ${lines.toLocaleString('en-US')} lines (bench/generate-big-record.mjs), in code-server's extension host, ${results.machine.cpus} cores, load ${results.machine.loadavg.join(' ')}; "results" counts what Client Ledger alone returned\n`);
  console.log(navigationTable(results));
  console.log('\nWrote bench/navigation-results.json.');
}
