// The benchmark of issue 5: `npm run bench` (not part of `npm test`).
//
// Builds everything it measures (dependencies, dist/ bundles, out/ from tsc), generates a
// deterministic synthetic ledger of 1,000 and 10,000 client records in a temporary folder, times
// the figures below on those same files, prints one table, checks that the in-process check and
// the CLI agree, writes bench/results.json and deletes the temporary folder.
//
//   (a) reading every file's bytes (readFile, 64 in flight, as the engine): the floor
//   (b) the full check in-process: loadLedger(NodeStore) + checkLedger, from out/src (one
//       fresh process a run, timed inside it: module loading and start-up are not counted)
//   (c) `node dist/cli.js check DIR --today 2026-11-20 --format json > /dev/null`, a fresh process
//   (d) markdownlint-cli2 on the same files, a fresh process
//   (e) re-check after editing one file of a loaded ledger: parseLedgerText, ledger.set, checkFile
//   (f) rss and heap used after indexing (loadLedger only), in a fresh process, after gc
//   (g) bundle sizes, and the time to require the bundles in a fresh process
//
// Timings are medians; every run is kept in results.json. Environment: BENCH_SIZES=1000,10000.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateLedger, TODAY, DEFAULT_SEED } from './generate-ledger.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const node = process.execPath;
const started = performance.now();
const loadavgAtStart = loadavg().map((x) => +x.toFixed(2));
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const BIG = Math.max(...SIZES);
const notes = [];
const log = (text) => process.stderr.write(`bench: ${text}\n`);

// ---------- 0. build what is measured ----------
log('dependencies, bundles (scripts/build.mjs) and tsc (out/)...');
run(node, ['scripts/ensure-deps.mjs']);
run(node, ['scripts/build.mjs']);
const tsc = spawnSync(node, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'], { cwd: root, encoding: 'utf8' });
const compileOk = tsc.status === 0;
if (!compileOk) {
  // tsc still emits on type errors; the engine may be mid-change. Measure what was emitted, say so.
  log(`tsc reported errors (exit ${tsc.status}); measuring the emitted out/ anyway:\n${(tsc.stdout + tsc.stderr).split('\n').slice(0, 10).join('\n')}`);
  notes.push('tsc -p tsconfig.test.json reported type errors; out/ was emitted anyway and measured.');
}
for (const module of ['core/load-ledger.js', 'core/check.js', 'cli/node-store.js', 'core/parse/ledger-file.js']) {
  if (!existsSync(join(root, 'out', 'src', module))) throw new Error(`out/src/${module} is missing: tsc did not emit it`);
}

const work = mkdtempSync(join(tmpdir(), 'client-ledger-bench-'));
const cleanUp = () => rmSync(work, { recursive: true, force: true });
process.on('SIGINT', () => { cleanUp(); process.exit(130); });

const results = { sizes: {}, figures: {}, guard: undefined };
try {
  // ---------- 1. the ledgers ----------
  const dirs = {};
  for (const size of SIZES) {
    const dir = join(work, `ledger-${size}`);
    const t0 = performance.now();
    const { files, bytes, sha256 } = generateLedger(dir, size, DEFAULT_SEED);
    dirs[size] = dir;
    results.sizes[size] = { files, bytes, sha256 };
    log(`generated ${files.toLocaleString('en-US')} records, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / files / 1024).toFixed(1)} KB a file) in ${Math.round(performance.now() - t0)} ms`);
  }

  // ---------- 2. the figures ----------
  const figures = results.figures;
  const child = (args) => JSON.parse(run(node, ['--expose-gc', 'bench/inprocess.mjs', ...args]).trim().split('\n').pop());

  for (const size of SIZES) {
    const dir = dirs[size];
    const big = size === BIG;
    log(`${size}: (a) read floor`);
    const floor = child(['floor', dir, '5']);
    figures[`floor.${size}`] = { median: median(floor.runs), runs: floor.runs, listMs: floor.listMs };
    figures[`floorSync.${size}`] = { median: median(floor.syncRuns), runs: floor.syncRuns };

    log(`${size}: (b) in-process check`);
    // Each run in a fresh process, as a full check happens (CLI run, editor start): later runs in
    // one process are slower, not faster, because of the heap the earlier ones leave behind.
    let checks;
    const loadRuns = [];
    const checkRuns = repeat(5, 3, 80_000, () => {
      checks = child(['check', dir, '1']);
      loadRuns.push(checks.loadRuns[0]);
      return checks.runs[0];
    });
    figures[`inprocess.${size}`] = { median: median(checkRuns), runs: checkRuns, loadMedian: median(loadRuns), loadRuns, findings: checks.findings, filesWithFindings: checks.filesWithFindings };
    if (checkRuns.length < 5) notes.push(`(b) at ${size}: ${checkRuns.length} runs, not 5 (${Math.round(checkRuns[0] / 1000)} s a run).`);

    log(`${size}: (c) check command, whole process`);
    const cli = repeat(big ? 3 : 5, 1, 60_000, () => timeProcess(node, [join(root, 'dist', 'cli.js'), 'check', dir, '--today', TODAY, '--format', 'json'], root, [0, 1]));
    figures[`cli.${size}`] = { median: median(cli), runs: cli };

    log(`${size}: (d) markdownlint-cli2`);
    const markdownlint = repeat(3, 1, 30_000, () => timeProcess(node, [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '**/*.md'], dir, [0, 1]));
    figures[`markdownlint.${size}`] = { median: median(markdownlint), runs: markdownlint };
    if (markdownlint.length < 3) notes.push(`(d) at ${size}: ${markdownlint.length} run${markdownlint.length === 1 ? '' : 's'} of markdownlint-cli2, not 3 (${Math.round(markdownlint[0] / 1000)} s a run).`);

    log(`${size}: (e) incremental re-check, 200 edits`);
    figures[`incremental.${size}`] = child(['incremental', dir, '200']);

    log(`${size}: (f) memory after indexing`);
    figures[`memory.${size}`] = child(['memory', dir]);

    if (size === Math.min(...SIZES)) results.guard = guard(dir, checks.byRule);
  }

  log('(g) bundles');
  figures.bundle = bundles();

  // ---------- 3. table and JSON ----------
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src']) !== '';
  Object.assign(results, {
    commit,
    srcDirty: dirty,
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model, memoryGB: +(totalmem() / 2 ** 30).toFixed(1), loadavgAtStart, loadavgAtEnd: loadavg().map((x) => +x.toFixed(2)) },
    today: TODAY,
    seed: DEFAULT_SEED,
    compileOk,
    notes,
  });
  if (dirty) notes.push('src/ had uncommitted changes when measured.');
  const table = buildTable(results);
  results.table = table.rows;
  results.goals = table.goals;
  results.elapsedSeconds = Math.round((performance.now() - started) / 1000);
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(`\nClient Ledger benchmark, ${commit.slice(0, 10)}${dirty ? ' (src/ modified)' : ''}, node ${process.version}, ${availableParallelism()} cores, ${results.date.slice(0, 16)}Z`);
  console.log(`Ledgers: ${SIZES.map((size) => `${size.toLocaleString('en-US')} records ${(results.sizes[size].bytes / 1e6).toFixed(1)} MB`).join('; ')}; checked as of ${TODAY}\n`);
  console.log(table.text);
  console.log(`\nCorrectness guard (${results.guard.size} records, findings per rule, in-process vs CLI JSON): ${results.guard.ok ? 'same' : 'DIFFERENT'}`);
  console.log(results.guard.text);
  for (const note of notes) console.log(`Note: ${note}`);
  console.log(`\nWrote bench/results.json. Whole run: ${results.elapsedSeconds} s.`);
  if (!results.guard.ok) process.exitCode = 1;
} finally {
  cleanUp();
}

// ---------- helpers ----------

function run(command, args, cwd = root) {
  return execFileSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Wall time of a fresh process, output discarded (stdout and stderr to /dev/null). */
function timeProcess(command, args, cwd, okCodes) {
  const start = performance.now();
  const child = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
  const ms = performance.now() - start;
  if (!okCodes.includes(child.status)) throw new Error(`${args.join(' ')} exited with ${child.status ?? child.signal}`);
  return ms;
}

/** Up to `planned` runs; stops early, after at least `least`, when another run would exceed the budget. */
function repeat(planned, least, budgetMs, once) {
  const runs = [];
  let spent = 0;
  while (runs.length < planned) {
    const ms = once();
    runs.push(ms);
    spent += ms;
    if (runs.length >= least && spent + ms > budgetMs) break;
  }
  return runs;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Findings per rule: in-process (loadLedger + checkLedger) vs the CLI's JSON output. */
function guard(dir, inProcess) {
  const cli = spawnSync(node, [join(root, 'dist', 'cli.js'), 'check', dir, '--today', TODAY, '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`check exited with ${cli.status}: ${cli.stderr}`); // 1: error findings
  return compareRules(dir, inProcess, cli.stdout);
}

function compareRules(dir, inProcess, output) {
  const cli = {};
  for (const finding of JSON.parse(output)) cli[finding.rule] = (cli[finding.rule] ?? 0) + 1;
  const rules = [...new Set([...Object.keys(inProcess), ...Object.keys(cli)])].sort();
  const rows = rules.map((rule) => ({ rule, inProcess: inProcess[rule] ?? 0, cli: cli[rule] ?? 0 }));
  const ok = rows.every((row) => row.inProcess === row.cli);
  const total = (key) => rows.reduce((sum, row) => sum + row[key], 0);
  const width = Math.max(...rules.map((rule) => rule.length), 5);
  const text = [
    `  ${'rule'.padEnd(width)}  in-process   CLI`,
    ...rows.map((row) => `  ${row.rule.padEnd(width)}  ${String(row.inProcess).padStart(10)}  ${String(row.cli).padStart(5)}${row.inProcess === row.cli ? '' : '  <-- differs'}`),
    `  ${'total'.padEnd(width)}  ${String(total('inProcess')).padStart(10)}  ${String(total('cli')).padStart(5)}`,
  ].join('\n');
  return { size: Number(/ledger-(\d+)$/.exec(dir)[1]), ok, rows, text };
}

/** (g) Sizes of the bundles, and the median of 10 fresh processes requiring each. */
function bundles() {
  const out = {};
  for (const [name, stub] of [['cli.js', false], ['extension.js', true], ['check-worker.js', null]]) {
    const path = join(root, 'dist', name);
    const entry = { bytes: statSync(path).size };
    if (stub !== null) {
      const runs = [];
      for (let n = 0; n < 10; n++) runs.push(Number(run(node, ['bench/require-time.cjs', path, ...(stub ? ['--stub-vscode'] : [])]).trim()));
      Object.assign(entry, { requireMedian: median(runs), requireRuns: runs, vscodeStubbed: stub });
    }
    out[name] = entry;
  }
  return out;
}

function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
}

function kb(bytes) {
  return `${Math.round(bytes / 1024)} KB`;
}

function times(value) {
  return value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(value < 10 ? 1 : 0)}×`;
}

function yes(ok) {
  return ok === undefined ? '' : ok ? 'yes' : 'no';
}

/** The table of issue 5: figure | 1,000 | 10,000 | goal | met? (met is judged at the largest size). */
function buildTable({ figures: f, sizes }) {
  const [small, big] = [Math.min(...SIZES), BIG];
  const at = (key, size, pick = (x) => x.median) => (f[`${key}.${size}`] ? pick(f[`${key}.${size}`]) : undefined);
  const ratio = (size) => at('inprocess', size) / at('floor', size);
  const mlRatio = (size) => at('markdownlint', size) / at('cli', size);
  const goals = [];
  const goal = (name, value, ok) => (goals.push({ goal: name, value, met: ok }), ok);
  const rows = [];
  const row = (figure, fmt, key, pick, goalText, ok) =>
    rows.push({ figure, [small]: fmt(key(small, pick)), [big]: fmt(key(big, pick)), goal: goalText ?? '', met: yes(ok) });
  const value = (key) => (size, pick) => at(key, size, pick);
  const runsOf = (key) => (size) => f[`${key}.${size}`]?.runs.length;

  row('files (MB)', (x) => x, (size) => `${sizes[size].files.toLocaleString('en-US')} (${(sizes[size].bytes / 1e6).toFixed(1)} MB)`);
  row(`(a) read every file, 64 in flight: the floor (median of ${runsOf('floor')(big)})`, ms, value('floor'));
  row('    for reference: readFileSync one by one, no concurrency', ms, value('floorSync'));
  row(`(b) check in-process: load + checkLedger (median of ${runsOf('inprocess')(small)}/${runsOf('inprocess')(big)})`, ms, value('inprocess'));
  row('    ours / floor (b / a)', times, (size) => ratio(size), undefined, 'within 6×', goal('in-process check within 6× the read floor', ratio(big), ratio(big) <= 6));
  const cliBig = at('cli', big);
  row(`(c) check command, whole process, cold (median of ${runsOf('cli')(small)}/${runsOf('cli')(big)})`, ms, value('cli'), undefined, 'under 1.5 s (aim 1.0 s)', goal('check of 10,000 clients, whole process, under 1.5 s', cliBig, cliBig < 1500));
  row(`(d) markdownlint-cli2, whole process (median of ${runsOf('markdownlint')(small)}/${runsOf('markdownlint')(big)})`, ms, value('markdownlint'));
  row('    markdownlint-cli2 / ours (d / c)', times, (size) => mlRatio(size), undefined, 'at least 30×', goal('ours at least 30× faster than markdownlint-cli2', mlRatio(big), mlRatio(big) >= 30));
  row('(e) re-check one edited file: p50 (200 edits)', ms, value('incremental'), (x) => x.p50);
  const p95 = at('incremental', big, (x) => x.p95);
  row('(e) re-check one edited file: p95', ms, value('incremental'), (x) => x.p95, 'p95 under 5 ms', goal('incremental re-check p95 under 5 ms', p95, p95 < 5));
  const rss = at('memory', big, (x) => x.rss);
  row('(f) resident memory after indexing (rss)', (x) => (x === undefined ? '—' : mb(x)), value('memory'), (x) => x.rss, 'under 300 MB', goal('rss of a 10,000-client index under 300 MB', rss, rss < 300 * 2 ** 20));
  row('(f) heap used after indexing', (x) => (x === undefined ? '—' : mb(x)), value('memory'), (x) => x.heapUsed);
  const b = f.bundle;
  const once = (figure, text, goalText, ok) => rows.push({ figure, [small]: text, [big]: '', goal: goalText, met: yes(ok) });
  const size = (name) => b[name].bytes;
  once('(g) bundle dist/cli.js (minified)', kb(size('cli.js')), 'under 1 MB', goal('dist/cli.js under 1 MB', size('cli.js'), size('cli.js') < 2 ** 20));
  once('(g) bundle dist/check-worker.js (minified)', kb(size('check-worker.js')), 'under 1 MB', goal('dist/check-worker.js under 1 MB', size('check-worker.js'), size('check-worker.js') < 2 ** 20));
  once('(g) bundle dist/extension.js (minified)', kb(size('extension.js')), 'under 1 MB', goal('dist/extension.js under 1 MB', size('extension.js'), size('extension.js') < 2 ** 20));
  const loadCli = b['cli.js'].requireMedian;
  const loadExt = b['extension.js'].requireMedian;
  once('(g) require dist/cli.js, fresh process (median of 10)', ms(loadCli), 'under 50 ms', goal('require dist/cli.js under 50 ms', loadCli, loadCli < 50));
  once('(g) require dist/extension.js, vscode stubbed (median of 10)', ms(loadExt), 'under 50 ms', goal('require dist/extension.js under 50 ms', loadExt, loadExt < 50));

  const header = ['figure', small.toLocaleString('en-US'), big.toLocaleString('en-US'), 'goal', 'met?'];
  const cells = rows.map((r) => [r.figure, r[small], r[big], r.goal, r.met]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((x, i) => (i === 1 || i === 2 ? String(x).padStart(widths[i]) : String(x).padEnd(widths[i]))).join(' | ')} |`;
  const text = [line(header), `|${widths.map((w, i) => (i === 1 || i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...cells.map(line)].join('\n');
  return { rows, goals, text };
}
