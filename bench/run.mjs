// The benchmark of issues 5 and 13: `npm run bench` (not part of `npm test`).
//
// Builds everything it measures (dependencies, dist/ bundles, out/ from tsc), generates two
// deterministic synthetic ledgers of 1,000 and 10,000 client records each in a temporary folder
// (bench/generate-ledger.mjs: the "realistic" profile, about one finding a record, and the
// findings-heavy "heavy" profile, about 11 a record), times the figures below on those same
// files, checks that the in-process check and the CLI give the same findings, prints one table
// with the goals beside the figures, then runs the editor's bench (bench/editor.mjs, 1,000
// records) and prints its table, writes bench/results.json and deletes the temporary folder.
//
//   (a) the floor: the fastest of three ways to read every file's bytes, measured in turn in
//       one process (readFile with 64 in flight, readFileSync one by one, readSync into one
//       buffer); which one was fastest is reported
//   (b) the full check in-process: loadLedger(NodeStore) + checkLedger, from out/src (one
//       fresh process a run, timed inside it: module loading and start-up are not counted)
//   (c) `node dist/cli.js check DIR --today 2026-11-20 --format json > /dev/null`, a fresh process
//   (d) markdownlint-cli2 on the same files, a fresh process (the realistic profile only: it
//       does not read findings)
//   (e) re-check after editing one file of a loaded ledger: parseLedgerText, ledger.set, checkFile
//   (f) rss and heap used after indexing (loadLedger only), in a fresh process, after gc
//   (g) bundle sizes, and the time to require the bundles in a fresh process; the web bundle's
//       size (and gzipped), and the time to evaluate it in a fresh node:vm context with only a
//       stubbed 'vscode' to require (bench/web-load-time.cjs), a fresh process a run
//   the correctness guard, every profile and size: the in-process findings and the CLI's JSON
//       output, per rule and as a digest of every finding (file, line, column, rule, severity,
//       message)
//   the editor: `node bench/editor.mjs` (code-server and headless Chromium; its header says what
//       it times), its bench/editor-results.json read back; then `node bench/navigation.mjs`
//       (the outline, inlay hints, folding, formatting... on one 1 MB record in the extension
//       host), its bench/navigation-results.json read back
//
// Timings are medians; every run is kept in results.json. Environment: BENCH_SIZES=1000,10000,
// BENCH_PROFILES=realistic,heavy, BENCH_EDITOR=0 (skip the editor), BENCH_EDITOR_SIZES=1000
// (passed on to bench/editor.mjs, as its other BENCH_EDITOR_* variables).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateLedger, TODAY, DEFAULT_SEED, PROFILES as KNOWN_PROFILES, RECORDED_SHA256 } from './generate-ledger.mjs';
import { digestOf, findingKey } from './findings-digest.mjs';
import { median } from './median.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const node = process.execPath;
const started = performance.now();
const startedAt = new Date();
const loadavgAtStart = loadavg().map((x) => +x.toFixed(2));
let SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
let PROFILES = (process.env.BENCH_PROFILES ?? KNOWN_PROFILES.join(',')).split(',');
const EDITOR = process.env.BENCH_EDITOR !== '0';
const EDITOR_SIZES = process.env.BENCH_EDITOR_SIZES ?? '1000';
let BIG = Math.max(...SIZES);
const notes = [];
const log = (text) => process.stderr.write(`bench: ${text}\n`);
if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`BENCH_SIZES must list record counts, not ${process.env.BENCH_SIZES}`);
if (PROFILES.some((profile) => !KNOWN_PROFILES.includes(profile))) throw new Error(`BENCH_PROFILES must list profiles among ${KNOWN_PROFILES.join(', ')}, not ${process.env.BENCH_PROFILES}`);

// The goals of issue 13 (the checker), beside the figures; the older ones of issue 5 stay.
const GOALS = {
  cliBig: 1000, // check of 10,000 records, whole process, cold: 1.0 s ...
  cliBigLimit: 1500, // ... and no more than 1.5 s
  cliSmall: 250, // check of 1,000 records, whole process
  inprocessRatio: 6, // in-process full check within 6x the floor
  findingsCost: 300, // 100,000 findings: "no more than a few hundred milliseconds" on top of the check
};

/** The floor's methods, short, for a table cell. */
const SHORT = { 'readFile, 64 in flight': 'readFile ×64', 'readFileSync one by one': 'readFileSync', 'readSync into one buffer': 'readSync' };

// `node bench/run.mjs --print`: the tables again from bench/results.json, nothing measured.
if (process.argv[2] === '--print') {
  const saved = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8'));
  PROFILES = Object.keys(saved.profiles);
  SIZES = Object.keys(saved.profiles[PROFILES[0]].sizes).map(Number);
  BIG = Math.max(...SIZES);
  printChecker(saved, buildTable(saved));
  if (saved.editor?.ok) console.log(`\n${editorText(saved.editor)}`);
  if (saved.navigation?.ok) console.log(`\n${saved.navigation.output}`);
  for (const note of saved.notes) console.log(`Note: ${note}`);
  process.exit(0);
}

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

const results = { profiles: {}, figures: {}, editor: undefined };
try {
  // ---------- 1. the ledgers ----------
  const dirs = {};
  for (const profile of PROFILES) {
    results.profiles[profile] = { sizes: {}, figures: {}, guards: {} };
    for (const size of SIZES) {
      const dir = join(work, `${profile}-${size}`);
      const t0 = performance.now();
      const { files, bytes, sha256 } = generateLedger(dir, size, DEFAULT_SEED, { profile });
      dirs[`${profile}.${size}`] = dir;
      const expected = RECORDED_SHA256[profile]?.[size];
      const asRecorded = expected === undefined ? undefined : sha256 === expected;
      results.profiles[profile].sizes[size] = { files, bytes, sha256, ...(expected ? { sha256AsRecorded: asRecorded } : {}) };
      if (asRecorded === false) notes.push(`the ${profile} ledger of ${size} records is not the one of earlier runs (sha256 ${sha256}, recorded ${expected}): its figures do not compare with theirs.`);
      log(`generated ${profile} ${files.toLocaleString('en-US')} records, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / files / 1024).toFixed(1)} KB a file) in ${Math.round(performance.now() - t0)} ms${asRecorded === undefined ? '' : asRecorded ? ', sha256 as recorded' : ', sha256 CHANGED'}`);
    }
  }

  // ---------- 2. the figures ----------
  const child = (args) => JSON.parse(run(node, ['--expose-gc', 'bench/inprocess.mjs', ...args]).trim().split('\n').pop());

  for (const profile of PROFILES) {
    const figures = results.profiles[profile].figures;
    for (const size of SIZES) {
      const dir = dirs[`${profile}.${size}`];
      const big = size === BIG;
      const tag = `${profile} ${size}`;
      log(`${tag}: (a) read floor, three ways`);
      const floor = child(['floor', dir, '5']);
      const methods = Object.fromEntries(Object.entries(floor.methods).map(([name, runs]) => [name, { median: median(runs), runs }]));
      const [fastest] = Object.entries(methods).sort((a, b) => a[1].median - b[1].median)[0];
      figures[`floor.${size}`] = { median: methods[fastest].median, method: fastest, runs: methods[fastest].runs, methods, listMs: floor.listMs };

      log(`${tag}: (b) in-process check`);
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
      if (checkRuns.length < 5) notes.push(`(b) ${tag}: ${checkRuns.length} runs, not 5 (${Math.round(checkRuns[0] / 1000)} s a run).`);

      log(`${tag}: (c) check command, whole process`);
      const cli = repeat(big ? 3 : 5, 1, 60_000, () => timeProcess(node, [join(root, 'dist', 'cli.js'), 'check', dir, '--today', TODAY, '--format', 'json'], root, [0, 1]));
      figures[`cli.${size}`] = { median: median(cli), runs: cli };

      if (profile === 'realistic') {
        log(`${tag}: (d) markdownlint-cli2`);
        const markdownlint = repeat(3, 1, 30_000, () => timeProcess(node, [join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), '**/*.md'], dir, [0, 1]));
        figures[`markdownlint.${size}`] = { median: median(markdownlint), runs: markdownlint };
        if (markdownlint.length < 3) notes.push(`(d) ${tag}: ${markdownlint.length} run${markdownlint.length === 1 ? '' : 's'} of markdownlint-cli2, not 3 (${Math.round(markdownlint[0] / 1000)} s a run).`);
      }

      log(`${tag}: (e) incremental re-check, 200 edits`);
      figures[`incremental.${size}`] = child(['incremental', dir, '200']);

      log(`${tag}: (f) memory after indexing`);
      figures[`memory.${size}`] = child(['memory', dir]);
      log(`${tag}: (f) memory of the editor's index`);
      figures[`index.${size}`] = child(['index', dir]);

      log(`${tag}: correctness guard (in-process vs CLI)`);
      results.profiles[profile].guards[size] = guard(dir, size, checks);
    }
  }

  log('(g) bundles');
  results.figures.bundle = bundles();

  // ---------- 3. the checker's table and JSON ----------
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src']) !== '';
  if (dirty) notes.push('src/ had uncommitted changes when measured.');
  Object.assign(results, {
    commit,
    srcDirty: dirty,
    date: startedAt.toISOString(),
    node: process.version,
    machine: { cpus: availableParallelism(), model: cpus()[0]?.model, memoryGB: +(totalmem() / 2 ** 30).toFixed(1), loadavgAtStart, loadavgAfterChecker: loadavg().map((x) => +x.toFixed(2)) },
    today: TODAY,
    seed: DEFAULT_SEED,
    compileOk,
    notes,
  });
  const table = buildTable(results);
  results.table = table.rows;
  results.goals = table.goals;
  const guardsOk = PROFILES.every((profile) => Object.values(results.profiles[profile].guards).every((g) => g.ok));
  results.guardsOk = guardsOk;
  save();

  printChecker(results, table);
  if (!guardsOk) process.exitCode = 1;

  // ---------- 4. the editor ----------
  if (EDITOR) {
    results.editor = editorBench();
    results.machine.loadavgAtEnd = loadavg().map((x) => +x.toFixed(2));
    save();
    if (results.editor.ok) {
      console.log(`\n${editorText(results.editor)}`);
    } else {
      notes.push(`the editor's bench (node bench/editor.mjs, BENCH_EDITOR_SIZES=${EDITOR_SIZES}) failed: ${results.editor.error} (its own output above says why); the checker's figures above stand.`);
      process.exitCode = 1;
    }
    results.navigation = navigationRun();
    save();
    if (results.navigation.ok) console.log(`\n${results.navigation.output}`);
    else {
      notes.push(`the navigation bench (node bench/navigation.mjs) failed: ${results.navigation.error} (its own output above says why).`);
      process.exitCode = 1;
    }
  } else {
    results.editor = { skipped: true };
    results.navigation = { skipped: true };
    notes.push('the editor\'s bench and the navigation bench were skipped (BENCH_EDITOR=0).');
  }
  results.machine.loadavgAtEnd ??= loadavg().map((x) => +x.toFixed(2));
  results.elapsedSeconds = Math.round((performance.now() - started) / 1000);
  save();
  console.log('');
  for (const note of notes) console.log(`Note: ${note}`);
  console.log(`\nWrote bench/results.json. Load average at the end ${results.machine.loadavgAtEnd.join(' ')}. Whole run: ${results.elapsedSeconds} s.`);
} finally {
  cleanUp();
}

// ---------- helpers ----------

/** The checker's part of the output: the ledgers, the table, the goals, the guard. */
function printChecker(results, table) {
  console.log(`\nClient Ledger benchmark, ${results.commit.slice(0, 10)}${results.srcDirty ? ' (src/ modified)' : ''}, node ${results.node}, ${results.machine.cpus} cores (${results.machine.model ?? 'unknown'}), load average at start ${results.machine.loadavgAtStart.join(' ')}, ${results.date.slice(0, 16)}Z`);
  for (const profile of PROFILES) {
    const p = results.profiles[profile];
    console.log(`Ledger ${profile}: ${SIZES.map((size) => `${size.toLocaleString('en-US')} records ${(p.sizes[size].bytes / 1e6).toFixed(1)} MB, ${p.figures[`inprocess.${size}`].findings.toLocaleString('en-US')} findings`).join('; ')}; bytes as recorded: ${SIZES.map((size) => yes(p.sizes[size].sha256AsRecorded) || 'none recorded').join('/')}`);
  }
  console.log(`Checked as of ${TODAY}. ✓/✗: the goal of that row met or not for that ledger.\n`);
  console.log(table.text);
  console.log(`\nGoals (issue 13 for the checker; issue 5 for the rest):\n\n${table.goalsText}`);
  console.log(`\nCorrectness guard (in-process loadLedger + checkLedger vs the CLI's JSON, every finding's file, line, column, rule, severity and message): ${results.guardsOk ? 'same' : 'DIFFERENT'}`);
  console.log(guardText(results));
}

function save() {
  writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

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

/** The in-process findings (per rule and digest, from the last (b) run) against the CLI's JSON output. */
function guard(dir, size, inProcess) {
  const cli = spawnSync(node, [join(root, 'dist', 'cli.js'), 'check', dir, '--today', TODAY, '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (cli.status !== 0 && cli.status !== 1) throw new Error(`check exited with ${cli.status}: ${cli.stderr}`); // 1: error findings
  const output = JSON.parse(cli.stdout);
  const byRule = {};
  for (const finding of output) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
  const digest = digestOf(output.map((f) => findingKey(relative(dir, resolve(root, f.file)), f.line, f.column, f.rule, f.severity, f.message)));
  const rules = [...new Set([...Object.keys(inProcess.byRule), ...Object.keys(byRule)])].sort();
  const rows = rules.map((rule) => ({ rule, inProcess: inProcess.byRule[rule] ?? 0, cli: byRule[rule] ?? 0 }));
  const ok = rows.every((row) => row.inProcess === row.cli) && digest === inProcess.digest;
  return { size, ok, sameDigest: digest === inProcess.digest, inProcessDigest: inProcess.digest, cliDigest: digest, findings: output.length, rows };
}

/** Per profile: rule | in-process | CLI at each size. */
function guardText({ profiles }) {
  const blocks = [];
  for (const profile of PROFILES) {
    const guards = profiles[profile].guards;
    const rules = [...new Set(SIZES.flatMap((size) => guards[size].rows.map((row) => row.rule)))].sort();
    const header = ['rule', ...SIZES.flatMap((size) => [`${size.toLocaleString('en-US')}: in-process`, 'CLI'])];
    const count = (size, rule, key) => guards[size].rows.find((row) => row.rule === rule)?.[key] ?? 0;
    const body = rules.map((rule) => [rule, ...SIZES.flatMap((size) => [count(size, rule, 'inProcess'), count(size, rule, 'cli')].map(String))]);
    const total = (size, key) => guards[size].rows.reduce((sum, row) => sum + row[key], 0);
    body.push(['total', ...SIZES.flatMap((size) => [total(size, 'inProcess'), total(size, 'cli')].map(String))]);
    const digestRow = 'every finding the same (digest)';
    body.push([digestRow, ...SIZES.flatMap((size) => [guards[size].sameDigest ? 'same' : 'DIFFERENT', ''])]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
    const line = (cells) => `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`.trimEnd();
    const differs = (cells) => (cells[0] === digestRow ? cells.includes('DIFFERENT') : cells.slice(1).some((_, i) => i % 2 === 0 && cells[i + 1] !== cells[i + 2]));
    blocks.push([`${profile}:`, line(header), ...body.map((cells) => `${line(cells)}${differs(cells) ? '  <-- differs' : ''}`)].join('\n'));
  }
  return blocks.join('\n');
}

/** (g) Sizes of the bundles, and the median of 10 fresh processes requiring each (evaluating the web bundle). */
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
  const web = join(root, 'dist', 'web', 'extension.js');
  const runs = [];
  for (let n = 0; n < 10; n++) runs.push(Number(run(node, ['bench/web-load-time.cjs', web]).trim()));
  out['web/extension.js'] = { bytes: statSync(web).size, gzipBytes: gzipSync(readFileSync(web)).length, loadMedian: median(runs), loadRuns: runs };
  return out;
}

function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

function mb(bytes) {
  return bytes === undefined || Number.isNaN(bytes) ? '—' : `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
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

/**
 * The table: figure | each profile at each size | goal. A cell that a goal judges ends in ✓ (met)
 * or ✗. The goals, with their values per profile, are returned as a list as well.
 */
function buildTable({ profiles, figures: shared }) {
  const columns = PROFILES.flatMap((profile) => SIZES.map((size) => ({ profile, size })));
  const key = ({ profile, size }) => `${profile}.${size}`;
  const at = (profile, name, size, pick = (x) => x.median) => {
    const figure = profiles[profile].figures[`${name}.${size}`];
    return figure ? pick(figure) : undefined;
  };
  const n = (count) => count.toLocaleString('en-US');
  const rows = [];
  const goals = [];
  const defined = (v) => v !== undefined && !Number.isNaN(v);
  /** A goal judged per profile: its values, as text, and met or not. */
  const addGoal = (name, value, fmt, ok) => {
    const values = Object.fromEntries(PROFILES.map((profile) => [profile, value(profile)]).filter(([, v]) => defined(v)));
    if (Object.keys(values).length === 0) return;
    goals.push({
      goal: name,
      values,
      text: Object.fromEntries(Object.entries(values).map(([p, v]) => [p, fmt(v)])),
      met: Object.fromEntries(Object.entries(values).map(([p, v]) => [p, ok(v)])),
    });
  };
  /**
   * One row: value(profile, size), fmt(value) [, text(profile, size) for the cell]; goal: { text,
   * ok(size) (a predicate for the values at that size, or undefined: not judged there), name(size) }.
   */
  const row = (figure, value, fmt, { goal, text } = {}) => {
    const cells = {};
    for (const column of columns) {
      const v = value(column.profile, column.size);
      const ok = goal?.ok(column.size);
      const shown = text ? text(column.profile, column.size) : fmt(v);
      cells[key(column)] = ok && defined(v) ? `${shown} ${ok(v) ? '✓' : '✗'}` : shown;
    }
    rows.push({ figure, cells, goal: goal?.text ?? '' });
    if (goal) for (const size of SIZES) if (goal.ok(size)) addGoal(goal.name(size), (profile) => value(profile, size), fmt, goal.ok(size));
  };
  const runsOf = (name) => PROFILES.map((profile) => SIZES.map((size) => profiles[profile].figures[`${name}.${size}`]?.runs.length ?? '—').join('/')).join(', ');
  const floor = (profile, size) => at(profile, 'floor', size);
  const findings = (profile, size) => at(profile, 'inprocess', size, (x) => x.findings);

  row('files (MB)', () => undefined, String, { text: (p, size) => `${n(size)} (${(profiles[p].sizes[size].bytes / 1e6).toFixed(1)} MB)` });
  row('findings (a record)', findings, String, { text: (p, size) => `${n(findings(p, size))} (${(findings(p, size) / size).toFixed(1)})` });
  row('(a) the floor: the fastest read of the same bytes (median of 5)', floor, ms, { text: (p, size) => `${ms(floor(p, size))} ${SHORT[at(p, 'floor', size, (x) => x.method)] ?? ''}`.trim() });
  for (const method of Object.keys(SHORT)) row(`    ${method}`, (p, size) => at(p, 'floor', size, (x) => x.methods[method]?.median), ms);
  row(`(b) check in-process: load + checkLedger (median of ${runsOf('inprocess')})`, (p, size) => at(p, 'inprocess', size), ms);
  row('    (b) / floor', (p, size) => at(p, 'inprocess', size) / floor(p, size), times, {
    goal: { text: 'within 6× at 10,000', ok: (size) => (size === 10_000 ? (v) => v <= GOALS.inprocessRatio : undefined), name: (size) => `in-process full check within 6× the fastest read, ${n(size)} records` },
  });
  row(`(c) check command, whole process, cold (median of ${runsOf('cli')})`, (p, size) => at(p, 'cli', size), ms, {
    goal: {
      text: '≤ 0.25 s at 1,000; ≤ 1.0 s at 10,000 (no more than 1.5 s)',
      ok: (size) => (size === 1000 ? (v) => v <= GOALS.cliSmall : size === 10_000 ? (v) => v <= GOALS.cliBig : undefined),
      name: (size) => (size === 1000 ? '`check` of 1,000 records, whole process: ≤ 0.25 s' : '`check` of 10,000 records, whole process, cold: ≤ 1.0 s'),
    },
  });
  if (SIZES.includes(10_000)) addGoal('    the same, no more than 1.5 s', (p) => at(p, 'cli', 10_000), ms, (v) => v <= GOALS.cliBigLimit);
  row('    (c) / floor', (p, size) => at(p, 'cli', size) / floor(p, size), times);
  if (PROFILES.includes('realistic') && PROFILES.includes('heavy') && SIZES.includes(10_000)) {
    // What the findings cost: the heavy ledger has about 11 findings a record, the realistic about one (and the heavy has ~7% more bytes).
    const cost = at('heavy', 'cli', 10_000) - at('realistic', 'cli', 10_000);
    const extra = findings('heavy', 10_000) - findings('realistic', 10_000);
    goals.push({ goal: `${n(extra)} more findings cost no more than a few hundred ms (taken as ≤ 300 ms): (c) heavy − realistic at 10,000`, values: { heavy: cost }, text: { heavy: ms(cost) }, met: { heavy: cost <= GOALS.findingsCost } });
  }
  if (PROFILES.includes('realistic')) {
    row(`(d) markdownlint-cli2, whole process (median of ${SIZES.map((size) => profiles.realistic.figures[`markdownlint.${size}`]?.runs.length).join('/')}; realistic only)`, (p, size) => at(p, 'markdownlint', size), ms);
    row('    (d) / (c)', (p, size) => at(p, 'markdownlint', size) / at(p, 'cli', size), times, {
      goal: { text: 'at least 30× at 10,000', ok: (size) => (size === 10_000 ? (v) => v >= 30 : undefined), name: () => 'ours at least 30× faster than markdownlint-cli2, 10,000 records (issue 5)' },
    });
  }
  row('(e) re-check one edited file: p50 (200 edits)', (p, size) => at(p, 'incremental', size, (x) => x.p50), ms);
  row('(e) re-check one edited file: p95', (p, size) => at(p, 'incremental', size, (x) => x.p95), ms, {
    goal: { text: `p95 under 5 ms at ${n(BIG)}`, ok: (size) => (size === BIG ? (v) => v < 5 : undefined), name: (size) => `incremental re-check p95 under 5 ms, ${n(size)} records (issue 5)` },
  });
  row('(f) resident memory after indexing (rss)', (p, size) => at(p, 'memory', size, (x) => x.rss), mb, {
    goal: { text: 'under 300 MB at 10,000', ok: (size) => (size === 10_000 ? (v) => v < 300 * 2 ** 20 : undefined), name: () => 'rss of a 10,000-record index under 300 MB (issue 5)' },
  });
  row('(f) heap used after indexing', (p, size) => at(p, 'memory', size, (x) => x.heapUsed), mb);
  row("(f) the editor's index (compact records, findings, standings, steps): heap used", (p, size) => at(p, 'index', size, (x) => x.heapUsed), mb);
  row("(f) the editor's index: rss", (p, size) => at(p, 'index', size, (x) => x.rss), mb);

  /** A figure of the build, not of a ledger: shown in the first column. */
  const once = (figure, text, goalText, name, ok) => {
    rows.push({ figure, cells: { [key(columns[0])]: `${text} ${ok ? '✓' : '✗'}` }, goal: goalText });
    goals.push({ goal: name, values: { any: text }, text: { any: text }, met: { any: ok } });
  };
  const b = shared.bundle;
  for (const name of ['cli.js', 'check-worker.js', 'extension.js']) once(`(g) bundle dist/${name} (minified)`, kb(b[name].bytes), 'under 1 MB', `dist/${name} under 1 MB (issue 5)`, b[name].bytes < 2 ** 20);
  once('(g) require dist/cli.js, fresh process (median of 10)', ms(b['cli.js'].requireMedian), 'under 50 ms', 'require dist/cli.js under 50 ms (issue 5)', b['cli.js'].requireMedian < 50);
  once('(g) require dist/extension.js, vscode stubbed (median of 10)', ms(b['extension.js'].requireMedian), 'under 50 ms', 'require dist/extension.js under 50 ms (issue 5)', b['extension.js'].requireMedian < 50);
  const web = b['web/extension.js'];
  if (web) {
    once('(g) bundle dist/web/extension.js (minified; gzipped)', `${kb(web.bytes)}; ${kb(web.gzipBytes)}`, 'under 1 MB', 'dist/web/extension.js under 1 MB (as the bundles of issue 5)', web.bytes < 2 ** 20);
    once('(g) evaluate dist/web/extension.js in a fresh node:vm context, vscode stubbed (median of 10)', ms(web.loadMedian), 'under 50 ms', 'evaluate dist/web/extension.js under 50 ms (as dist/extension.js, issue 5)', web.loadMedian < 50);
  }

  const header = ['figure', ...columns.map(({ profile, size }) => `${profile} ${n(size)}`), 'goal'];
  const cells = rows.map((r) => [r.figure, ...columns.map((column) => r.cells[key(column)] ?? ''), r.goal]);
  const text = markdownTable(header, cells, (i) => i > 0 && i <= columns.length);

  const goalCells = goals.map((g) => {
    const shown = 'any' in g.values ? PROFILES.map((_, i) => (i === 0 ? g.text.any : '')) : PROFILES.map((p) => g.text[p] ?? '');
    const met = 'any' in g.values ? (g.met.any ? 'yes' : 'no') : PROFILES.filter((p) => p in g.met).map((p) => (g.met[p] ? 'yes' : 'no')).join(' / ');
    return [g.goal, ...shown, met];
  });
  const goalsText = markdownTable(['goal', ...PROFILES, 'met?'], goalCells, (i) => i > 0 && i <= PROFILES.length);
  return { rows, goals, text, goalsText };
}

/** A Markdown table, padded; `right(i)` says which columns are right-aligned. */
function markdownTable(header, cells, right) {
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((x, i) => (right(i) ? String(x).padStart(widths[i]) : String(x).padEnd(widths[i]))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (right(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...cells.map(line)].join('\n');
}

// ---------- the editor ----------

/** Runs bench/editor.mjs (its progress to our stderr), then reads bench/editor-results.json if this run wrote it. */
function editorBench() {
  log(`the editor: node bench/editor.mjs, BENCH_EDITOR_SIZES=${EDITOR_SIZES} (packages the extension, code-server, headless Chromium)...`);
  const t0 = performance.now();
  const path = join(root, 'bench', 'editor-results.json');
  const before = existsSync(path) ? statSync(path).mtimeMs : 0;
  const child = spawnSync(node, ['bench/editor.mjs'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, BENCH_EDITOR_SIZES: EDITOR_SIZES },
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 60 * 60_000,
  });
  const seconds = Math.round((performance.now() - t0) / 1000);
  const fresh = existsSync(path) && statSync(path).mtimeMs > before;
  if (child.status !== 0 || !fresh) {
    const why = child.error ? String(child.error.message) : child.status !== 0 ? `exit ${child.status ?? child.signal}` : 'it did not write bench/editor-results.json';
    return { ok: false, error: `${why} after ${seconds} s`, stdout: child.stdout?.slice(-4000) };
  }
  const editor = JSON.parse(readFileSync(path, 'utf8'));
  return { ok: true, seconds, output: child.stdout.trim(), goals: editorGoals(editor), results: editor };
}

/** Runs bench/navigation.mjs (one 1 MB record in code-server's extension host), then reads bench/navigation-results.json. */
function navigationRun() {
  log('the editor on one 1 MB record: node bench/navigation.mjs...');
  const path = join(root, 'bench', 'navigation-results.json');
  const before = existsSync(path) ? statSync(path).mtimeMs : 0;
  const child = spawnSync(node, ['bench/navigation.mjs'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'], timeout: 30 * 60_000 });
  if (child.status !== 0 || !existsSync(path) || statSync(path).mtimeMs <= before) {
    return { ok: false, error: child.error ? String(child.error.message) : `exit ${child.status ?? child.signal}` };
  }
  return { ok: true, output: child.stdout.trim(), results: JSON.parse(readFileSync(path, 'utf8')) };
}

function figureOf(editor, size, pick) {
  return median(editor.sizes[size].runs.flatMap((r) => [pick(r)].flat()));
}

/** The editor's goals of issue 13, judged on the medians of its runs. */
function editorGoals(editor) {
  const goals = [];
  for (const size of Object.keys(editor.sizes).map(Number)) {
    const f = (pick) => figureOf(editor, size, pick);
    const goal = (name, value, limit, fmt = ms) => goals.push({ size, goal: name, value, text: fmt(value), limit, met: value !== undefined && value <= limit });
    goal('extension activated within 1 s of the workbench', f((r) => r.log.activated - r.startup.workbench), 1000);
    goal('first findings within 1 s of the workbench', f((r) => r.startup.firstFindings - r.startup.workbench), 1000);
    if (size <= 1000) goal('every file read and checked within 1 s of activation (1,000 records)', f((r) => r.startup.progressGone - r.log.activated), 1000);
    if (size >= 10_000) goal('every file read and checked within 5 s of activation (10,000 records)', f((r) => r.startup.progressGone - r.log.activated), 5000);
    if (size >= 10_000) goal('extension host memory after indexing ≤ 300 MB (10,000 records)', f((r) => r.rssAfterIndexing), 300 * 2 ** 20, mb);
    goal('squiggle after typing one character ≤ 0.3 s', f((r) => r.squiggles.times), 300);
    goal('expanding a client in the tree ≤ 0.2 s', f((r) => r.expand), 200);
    goal(`report summary shown ≤ 1 s${size < 10_000 ? ' (the goal is set for 10,000 records)' : ''}`, f((r) => r.report.summary), 1000);
  }
  return goals;
}

function editorText(editor) {
  // bench/editor.mjs's own output (its table, where the time before activation goes, its notes), then the goals.
  const sizes = [...new Set(editor.goals.map((g) => g.size))];
  const cells = editor.goals.map((g) => [g.goal, ...sizes.map((size) => (g.size === size ? g.text : '')), g.met ? 'yes' : 'no']);
  const header = ['editor goal (issue 13)', ...sizes.map((size) => `${size.toLocaleString('en-US')} records`), 'met?'];
  return `${editor.output}\n\nEditor goals (issue 13), medians of the runs above:\n\n${markdownTable(header, cells, (i) => i > 0 && i <= sizes.length)}`;
}
