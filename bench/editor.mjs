// The editor's benchmark (issue 13): `npm run bench:editor`, not part of `npm test`.
//
// Packages the extension (npm run package) and installs the .vsix into code-server, as the UI
// test does; generates the bench's deterministic ledger (bench/generate-ledger.mjs) of 1,000
// records as clients/ of a fresh workspace (BENCH_EDITOR_SIZES=1000,10000 for more sizes), pins
// clientLedger.today to the bench's day in the user settings, opens it in headless Chromium and
// times, from page open (navigation start), what a person sees:
//
//   workbench ready            the status bar part in the DOM
//   extension activated        the extension host's log: "ExtensionService#_doActivateExtension
//                              client-ledger.client-ledger" (VS Code starting to activate it, with
//                              the activation event that did it); the screen shows nothing of ours
//                              before the first findings (the window progress item waits 150 ms)
//   first findings             our status bar item shown (after the first batch of files)
//   every file read and checked  our window progress item gone / the status bar (our count and
//                              the Problems count) final
//   extension host memory      rss from /proc of the process under code-server started with
//                              --type=extensionHost, after indexing, the host idle
//   then, after indexing, each action timed in the page from its input event to the frame that
//   shows its result: opening the Clients view, expanding clients, the squiggle after typing one
//   character in a record (and after Backspace), and the portfolio report (tab, summary);
//   and, in the same run, the floor: readFileSync of the same files one after another.
//
// Each run starts code-server afresh (the same data folder: its caches are warm after the first
// run) in a fresh browser context; the table shows medians, bench/editor-results.json every run
// and where the seconds before activation go (code-server's and the extension host's logs).
// Environment: BENCH_EDITOR_SIZES (default 1000), BENCH_EDITOR_RUNS (default 3 below 10,000
// records, 1 from there), BENCH_EDITOR_VSIX (measure that package instead of packaging this
// checkout: to compare two versions on the same machine), BENCH_EDITOR_VERBOSE=1 (code-server's
// output).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { harness } from '../scripts/test-host/run.mjs';
import { vsixPath as packagedVsix } from '../scripts/package.mjs';
import { DEFAULT_SEED, generateLedger, TODAY } from './generate-ledger.mjs';
import { median } from './median.mjs';
import { expandClients, installProbes, openClientsView, openFile, reportTimes, squiggleTimes, startupTimes, waitIndexed } from './editor-page.mjs';

const { startCodeServer, stopCodeServer, installVsix, launchChromium, makeDataDir, serverEnv, freePort, finish, state, repoRoot, sleep } = harness;
const node = process.execPath;
const SIZES = (process.env.BENCH_EDITOR_SIZES ?? '1000').split(',').map(Number);
const VERBOSE = process.env.BENCH_EDITOR_VERBOSE === '1';
const vsixPath = process.env.BENCH_EDITOR_VSIX ? resolve(process.env.BENCH_EDITOR_VSIX) : packagedVsix;
const runsFor = (size) => Number(process.env.BENCH_EDITOR_RUNS ?? (size >= 10_000 ? 1 : 3));
// Generous: the machine is shared and slow; every wait ends as soon as what it waits for shows.
const budget = (size) => ({ index: 180_000 + size * 60, action: 60_000 + size * 6, report: 120_000 + size * 60 });
const EXPANSIONS = 5;
const SQUIGGLE_PAIRS = 3;
const STABLE_MS = 3_000;
const log = (text) => process.stderr.write(`bench:editor: ${text}\n`);
const started = Date.now();

// ---------------------------------------------------------------- main

async function main() {
  if (SIZES.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(`BENCH_EDITOR_SIZES must list record counts, not ${process.env.BENCH_EDITOR_SIZES}`);
  prepare();
  const results = { sizes: {}, machine: { cpus: availableParallelism(), loadavgAtStart: loadavg().map((x) => +x.toFixed(2)) } };
  const browser = await launchChromium();
  for (const size of SIZES) results.sizes[size] = await benchSize(size, browser);
  Object.assign(results, describeRun(results));
  const table = buildTable(results);
  results.table = table.rows;
  writeFileSync(join(repoRoot, 'bench', 'editor-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nClient Ledger in the editor (code-server ${codeServerVersion()}, headless Chromium), ${results.commit.slice(0, 10)}${results.srcDirty ? ' (src/ modified)' : ''}, ${results.machine.cpus} cores, ${results.date.slice(0, 16)}Z`);
  console.log(`Ledgers: the bench's, ${SIZES.map((size) => `${size.toLocaleString('en-US')} records ${(results.sizes[size].ledger.bytes / 1e6).toFixed(1)} MB`).join('; ')}; checked as of ${TODAY}; times from page open unless said\n`);
  console.log(table.text);
  console.log(`\n${activationText(results)}`);
  for (const note of results.notes) console.log(`Note: ${note}`);
  console.log(`\nWrote bench/editor-results.json. Whole run: ${results.elapsedSeconds} s.`);
  await finish(0);
}

function prepare() {
  log(`dependencies, the test host (scripts/test-host/setup.sh)${process.env.BENCH_EDITOR_VSIX ? '' : ', the .vsix (scripts/package.mjs)'}...`);
  run(node, ['scripts/ensure-deps.mjs']);
  run('bash', ['scripts/test-host/setup.sh']);
  if (!process.env.BENCH_EDITOR_VSIX) run(node, ['scripts/package.mjs']);
}

function run(command, args) {
  return execFileSync(command, args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** One size: a data folder with the .vsix installed, the ledger, the floor, then the runs. */
async function benchSize(size, browser) {
  const dataDir = makeDataDir();
  state.dataDir = dataDir; // removed on any way out (run.mjs)
  try {
    installVsix(dataDir, vsixPath);
    pinToday(dataDir);
    const workspace = join(dataDir, `ledger-${size}`);
    const ledger = generateLedger(join(workspace, 'clients'), size, DEFAULT_SEED);
    log(`${size}: generated ${ledger.files} records, ${(ledger.bytes / 1e6).toFixed(1)} MB; the floor`);
    const floor = readFloor(join(workspace, 'clients'));
    const runs = [];
    for (let n = 1; n <= runsFor(size); n++) {
      log(`${size}: run ${n} of ${runsFor(size)}`);
      runs.push(await oneRun({ size, dataDir, workspace, browser }));
      log(`${size}: run ${n}: ${summaryLine(runs.at(-1))}`);
    }
    return { ledger, floor, runs };
  } finally {
    await stopCodeServer();
    rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
    state.dataDir = undefined;
  }
}

/** The records are checked as of the bench's day, as `npm run bench` does (a user setting: no .vscode/ in the ledger). */
function pinToday(dataDir) {
  const path = join(dataDir, 'user', 'User', 'settings.json');
  const settings = JSON.parse(readFileSync(path, 'utf8'));
  writeFileSync(path, JSON.stringify({ ...settings, 'clientLedger.today': TODAY }, null, 2));
}

/** The fastest read of the same bytes: readFileSync one file after another (bench/inprocess.mjs floor, median of 5). */
function readFloor(dir) {
  const floor = JSON.parse(run(node, ['--expose-gc', 'bench/inprocess.mjs', 'floor', dir, '5']).trim().split('\n').pop());
  return { median: median(floor.syncRuns), runs: floor.syncRuns, files: floor.files, bytes: floor.bytes };
}

// ---------------------------------------------------------------- one run

async function oneRun({ size, dataDir, workspace, browser }) {
  const limits = budget(size);
  const port = await freePort();
  await startCodeServer({ dataDir, port, folder: workspace, env: serverEnv(dataDir, {}), verbose: VERBOSE });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    await installProbes(context);
    const page = await context.newPage();
    page.setDefaultTimeout(limits.action);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`, { timeout: limits.action });
    const record = await waitIndexed(page, { timeoutMs: limits.index, stableMs: STABLE_MS });
    const host = extensionHost(state.server.pid);
    await waitQuiet(host, limits.action);
    const figures = { startup: startupTimes(record), log: logTimeline(dataDir, record.origin), rssAfterIndexing: memoryOf(host).rss };
    figures.clientsView = await openClientsView(page, limits.action);
    await waitQuiet(host, limits.action);
    figures.expand = await expandClients(page, EXPANSIONS, limits.action);
    const { file, candidates } = typingTarget(join(workspace, 'clients'));
    await openFile(page, file, limits.action);
    await waitQuiet(host, limits.action);
    figures.squiggles = { file, ...(await squiggleTimes(page, candidates, { pairs: SQUIGGLE_PAIRS, ms: limits.action, settle: () => waitQuiet(host, limits.action) })) };
    await waitQuiet(host, limits.action);
    figures.report = await reportTimes(page, limits.report);
    figures.rssPeak = memoryOf(host).peak;
    return figures;
  } catch (error) {
    await screenshotFailure(context);
    throw error;
  } finally {
    await context.close().catch(() => {});
    await stopCodeServer();
  }
}

async function screenshotFailure(context) {
  const page = context.pages()[0];
  if (!page) return;
  const path = join(repoRoot, '.test-artifacts', 'bench-editor-failure.png');
  mkdirSync(join(repoRoot, '.test-artifacts'), { recursive: true });
  await page.screenshot({ path, timeout: 30_000 }).then(() => log(`screenshot of the failure: ${path}`), () => {});
}

/**
 * The record the keystrokes go to, and the lines to type on: the first record (by name) of an
 * active client, its log entries of the form "- DAY email|message|call|meeting ...", the column
 * just after the kind (one more letter makes it an unknown kind: a new finding on that line).
 */
function typingTarget(clients) {
  for (const name of readdirSync(clients).filter((n) => n.endsWith('.md')).sort()) {
    const lines = readFileSync(join(clients, name), 'utf8').split('\n');
    if (!lines.some((l) => l === 'status: active') && lines.some((l) => l.startsWith('status: '))) continue;
    const candidates = lines.flatMap((text, i) => {
      const kind = /^- \d{4}-\d\d-\d\d (email|message|call|meeting) /.exec(text)?.[1];
      return kind ? [{ line: i + 1, column: 14 + kind.length }] : [];
    }).slice(0, 10);
    if (candidates.length > 0) return { file: name, candidates };
  }
  throw new Error(`no record in ${clients} to type in`);
}

// ---------------------------------------------------------------- the extension host process

/** The extension host under code-server: the descendant of `root` started with --type=extensionHost. */
function extensionHost(root) {
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = readProc(pid, 'stat')?.replace(/^.*\) /s, '').split(' ')[1];
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const queue = [String(root)];
  while (queue.length > 0) {
    const pid = queue.shift();
    if (readProc(pid, 'cmdline')?.includes('--type=extensionHost')) return Number(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  throw new Error(`no extension host process under code-server (pid ${root})`);
}

function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** rss and its peak (VmHWM), in bytes. */
function memoryOf(pid) {
  const status = readProc(pid, 'status') ?? '';
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function cpuSeconds(pid) {
  const fields = (readProc(pid, 'stat') ?? '').replace(/^.*\) /s, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime + stime
}

/** Waits until the extension host used under 5% of a core for a whole second (or `ms` passed). */
async function waitQuiet(pid, ms) {
  const deadline = Date.now() + ms;
  let before = cpuSeconds(pid);
  while (Date.now() < deadline) {
    await sleep(1_000);
    const now = cpuSeconds(pid);
    if (now - before < 0.05) return;
    before = now;
  }
}

// ---------------------------------------------------------------- the logs: where the seconds go

/**
 * From code-server's log (remoteagent.log) and the extension host's (exthost1/remoteexthost.log)
 * of the server started last: milliseconds from page open to each step of the extension host's
 * start, and the activation event VS Code named.
 */
function logTimeline(dataDir, origin) {
  const logs = join(dataDir, 'user', 'logs');
  const latest = readdirSync(logs).sort().at(-1);
  const lines = (path) => readFileOr(join(logs, latest, path)).split('\n');
  const at = (path, pattern) => {
    for (const line of lines(path)) {
      const match = pattern.exec(line);
      if (match) return { t: logTime(line) - origin, match };
    }
    return undefined;
  };
  const host = 'exthost1/remoteexthost.log';
  const ours = at(host, /_doActivateExtension client-ledger\.client-ledger, startup: (\w+), activationEvent: '([^']+)'/);
  return {
    hostLaunched: at('remoteagent.log', /Launched Extension Host Process/)?.t,
    hostStarted: at(host, /Extension host with pid \d+ started/)?.t,
    eagerStarted: at(host, /_doActivateExtension \S+, startup: true/)?.t,
    activated: ours?.t,
    activationEvent: ours?.match[2],
    eagerDone: at(host, /Eager extensions activated/)?.t,
  };
}

function readFileOr(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** A log line's local time ("2026-12-01 12:09:37.414 [info] ...") in ms since the epoch. */
function logTime(line) {
  return new Date(line.slice(0, 23).replace(' ', 'T')).getTime();
}

// ---------------------------------------------------------------- results

function git(args) {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function codeServerVersion() {
  return JSON.parse(readFileSync(join(repoRoot, '.test-host', 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
}

function describeRun(results) {
  const notes = [];
  const srcDirty = git(['status', '--porcelain', '--', 'src', 'package.json']) !== '';
  if (srcDirty) notes.push('src/ or package.json had uncommitted changes when measured.');
  for (const [size, { runs }] of Object.entries(results.sizes)) {
    const events = [...new Set(runs.map((r) => r.log.activationEvent))];
    if (events.length > 1) notes.push(`${size}: the runs activated on different events: ${events.join(', ')}.`);
    if (runs.some((r) => r.report.summary === undefined)) notes.push(`${size}: the report's summary did not show within ${Math.round(budget(Number(size)).report / 1000)} s in some runs.`);
  }
  if (process.env.BENCH_EDITOR_VSIX) notes.push(`measured ${vsixPath}, not a package of this checkout.`);
  return {
    vsix: vsixPath,
    commit: git(['rev-parse', 'HEAD']),
    srcDirty,
    date: new Date().toISOString(),
    node: process.version,
    codeServer: codeServerVersion(),
    today: TODAY,
    machine: { ...results.machine, loadavgAtEnd: loadavg().map((x) => +x.toFixed(2)) },
    elapsedSeconds: Math.round((Date.now() - started) / 1000),
    notes,
  };
}

function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value < 10) return `${value.toFixed(2)} ms`;
  if (value < 1000) return `${Math.round(value)} ms`;
  return `${(value / 1000).toFixed(value < 10_000 ? 2 : 1)} s`;
}
const mb = (bytes) => (bytes === undefined || Number.isNaN(bytes) ? '—' : `${Math.round(bytes / 2 ** 20)} MB`);

/** Per size, the median over the runs of `pick(run)` (a run's list of samples counts sample by sample). */
function figureOf(results, size, pick) {
  const values = results.sizes[size].runs.flatMap((r) => [pick(r)].flat());
  return median(values);
}

function summaryLine(r) {
  return `workbench ${ms(r.startup.workbench)}, activated ${ms(r.log.activated)} (${r.log.activationEvent}), first findings ${ms(r.startup.firstFindings)}, indexed ${ms(r.startup.progressGone)}, rss ${mb(r.rssAfterIndexing)}, squiggle ${ms(median(r.squiggles.times))}, expand ${ms(median(r.expand))}, report ${ms(r.report.tab)} / ${ms(r.report.summary)}`;
}

function buildTable(results) {
  const sizes = Object.keys(results.sizes).map(Number);
  const rows = [];
  const runsText = sizes.map((size) => results.sizes[size].runs.length).join('/');
  const row = (figure, cell) => rows.push({ figure, ...Object.fromEntries(sizes.map((size) => [size, cell(size)])) });
  const f = (pick, fmt = ms) => (size) => fmt(figureOf(results, size, pick));
  row(`workbench ready (median of ${runsText} runs)`, f((r) => r.startup.workbench));
  row('extension activated (extension host log)', f((r) => r.log.activated));
  row('    after the workbench was ready', f((r) => r.log.activated - r.startup.workbench));
  row('first findings (our status bar item shown)', f((r) => r.startup.firstFindings));
  row('every file read and checked: progress gone / status bar final', (size) => `${f((r) => r.startup.progressGone)(size)} / ${f((r) => r.startup.statusFinal)(size)}`);
  row('extension host memory after indexing (rss)', f((r) => r.rssAfterIndexing, mb));
  row(`squiggle after typing one character (median of ${SQUIGGLE_PAIRS * 2} a run)`, f((r) => r.squiggles.times));
  row('Clients view: click to the first clients shown', f((r) => r.clientsView));
  row(`expanding a client: click to children shown (median of ${EXPANSIONS} a run)`, f((r) => r.expand));
  row('portfolio report: tab / summary shown', (size) => `${f((r) => r.report.tab)(size)} / ${f((r) => r.report.summary)(size)}`);
  row('extension host peak memory, the report included (VmHWM)', f((r) => r.rssPeak, mb));
  row('floor: readFileSync the same files one by one (median of 5)', (size) => ms(results.sizes[size].floor.median));
  const head = ['in the editor', ...sizes.map((size) => `${size.toLocaleString('en-US')} records`)];
  const body = rows.map((r) => [r.figure, ...sizes.map((size) => r[size])]);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return { rows, text: [line(head), rule, ...body.map(line)].join('\n') };
}

/** Where the time before activation goes, from the logs (medians, ms from page open). */
function activationText(results) {
  const lines = ['Before activation (medians; code-server\'s and the extension host\'s logs):'];
  for (const size of Object.keys(results.sizes).map(Number)) {
    const at = (pick) => ms(figureOf(results, size, pick));
    const events = [...new Set(results.sizes[size].runs.map((r) => r.log.activationEvent))].join(', ');
    lines.push(`  ${size.toLocaleString('en-US')}: workbench ready ${at((r) => r.startup.workbench)}, extension host launched ${at((r) => r.log.hostLaunched)}, started ${at((r) => r.log.hostStarted)}, `
      + `eager activations begin ${at((r) => r.log.eagerStarted)}, Client Ledger ${at((r) => r.log.activated)} (${events}), all eager ones done ${at((r) => r.log.eagerDone)}`);
  }
  return lines.join('\n');
}

main().catch((error) => {
  log(`failed: ${String(error.stack ?? error.message)}`);
  void finish(1, String(error.message).split('\n')[0]);
});
