#!/usr/bin/env node
// Runs a compiled mocha suite inside a real VS Code extension host: code-server (VS Code
// 1.100's server and web workbench, from .test-host/) plus Debian's Chromium driven headless by
// playwright-core. The workbench loads this repository as a development extension and runs
// the suite's `run()`; the extension host's console (mocha's report) is printed here, and this
// process exits with the suite's exit code.
//
// usage: node scripts/test-host/run.mjs --tests <abs path to compiled suite index.js>
//          --workspace <folder or .code-workspace file> [--screenshot <png path>] [--timeout <seconds, default 900>]
//          [--web] [--verbose]
//
// --web runs the extension in the web worker extension host (its `browser` entry) instead of
// the Node one; the suite must then be a browser bundle (scripts/test-host/web-suite.mjs).
//
// Exit codes: the suite's own (0 passed, non-zero failed); 2 when the harness cannot start
// (missing .test-host, code-server or Chromium failing to start, bad arguments); 124 on timeout;
// 130/143 when interrupted. Every failure prints one line starting "test-host:" on stderr.
// Environment variables are passed on to code-server and so to the extension host;
// CLIENT_LEDGER_TEST_WORKSPACE is set to the --workspace folder unless already set (with a
// .code-workspace file, set it to the folder the tests expect first, as test.sh does).
// Run scripts/test-host/setup.sh first (scripts/test-host/test.sh does).

import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseUtilArgs } from 'node:util';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hostDir = join(repoRoot, '.test-host');
const codeServerEntry = join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CLIENT_LEDGER_CHROMIUM || '/usr/bin/chromium';
const SERVER_START_TIMEOUT_MS = 60_000;
const KILL_GRACE_MS = 5_000;

class HarnessError extends Error {
  constructor(message, code = 2) {
    super(message);
    this.code = code;
  }
}

// ---------------------------------------------------------------- arguments

/** node:util's parseArgs, with its errors as harness errors (exit 2, one line). */
function readOptions(argv, options) {
  try {
    return { ...parseUtilArgs({ args: argv, options, strict: true, allowPositionals: false }).values };
  } catch (error) {
    throw new HarnessError(error.message.split('\n')[0]);
  }
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    tests: { type: 'string' },
    workspace: { type: 'string' },
    screenshot: { type: 'string' },
    timeout: { type: 'string', default: '900' }, // a hang guard: a loaded machine is slow, not stuck
    web: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  });
  for (const key of ['tests', 'workspace', 'screenshot']) if (opts[key] !== undefined) opts[key] = resolve(opts[key]);
  opts.timeout = Number(opts.timeout);
  if (!opts.tests) throw new HarnessError('--tests <compiled suite index.js> is required');
  if (!opts.workspace) throw new HarnessError('--workspace <folder or .code-workspace file> is required');
  if (!existsSync(opts.tests)) throw new HarnessError(`no test suite at ${opts.tests} (compile the tests first)`);
  if (!existsSync(opts.workspace) || !(statSync(opts.workspace).isDirectory() || isWorkspaceFile(opts.workspace))) {
    throw new HarnessError(`no workspace folder or .code-workspace file at ${opts.workspace}`);
  }
  if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) throw new HarnessError('--timeout must be a positive number of seconds');
  return opts;
}

function isWorkspaceFile(path) {
  return path.endsWith('.code-workspace') && statSync(path).isFile();
}

/** The workbench's query for what to open: a folder, or a multi-root workspace file. */
function openQuery(workspace) {
  return `${isWorkspaceFile(workspace) ? 'workspace' : 'folder'}=${encodeURIComponent(workspace)}`;
}

// ---------------------------------------------------------------- state and cleanup

const state = { dataDir: undefined, server: undefined, serverExited: false, browser: undefined };
let cleaning;

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

async function killGroup(pgid) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* gone */ }
  const deadline = Date.now() + KILL_GRACE_MS;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    const hardDeadline = Date.now() + KILL_GRACE_MS;
    while (groupAlive(pgid) && Date.now() < hardDeadline) await sleep(50);
  }
}

function cleanup() {
  cleaning ??= (async () => {
    if (state.browser) {
      // Playwright launched Chromium in its own process group and kills that group on close.
      await withTimeout(state.browser.close(), KILL_GRACE_MS).catch(() => {});
    }
    if (state.server) await killGroup(state.server.pid);
    if (state.dataDir) {
      rmSync(state.dataDir, { recursive: true, force: true, maxRetries: 3 });
      state.dataDir = undefined;
    }
  })();
  return cleaning;
}

let finishing = false;
async function finish(code, reason) {
  if (finishing) return;
  finishing = true;
  if (reason) process.stderr.write(`test-host: ${reason}\n`);
  await cleanup();
  process.exit(code);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => void finish(code, `interrupted by ${signal}`));
}
// Last resort on any way out (an uncaught error included): no server may outlive this process.
// Playwright likewise kills the Chromium it launched when this process exits.
process.on('exit', () => {
  if (state.server && groupAlive(state.server.pid)) {
    try { process.kill(-state.server.pid, 'SIGKILL'); } catch { /* gone */ }
  }
  if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` every `every` ms until `done(value)` holds or `ms` pass; returns the last value either way. */
async function poll(read, done, ms, every = 200) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(every);
    value = await read();
  }
  return value;
}

function withTimeout(promise, ms, message = `timed out after ${ms} ms`) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * The user setting that moves an extension with both a `main` and a `browser` entry to the web
 * worker extension host (code-server ignores the payload's extensionDevelopmentKind).
 */
function webWorkerSettings() {
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
}

/** A fresh data folder: user settings (and `settings` on top), extensions, config, XDG homes. */
function makeDataDir(settings = {}) {
  const dir = mkdtempSync(join(realpathSync(tmpdir()), 'client-ledger-host-'));
  for (const sub of ['user/User', 'exts', 'xdg-config', 'xdg-data']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  writeFileSync(join(dir, 'user', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'git.openRepositoryInParentFolders': 'never',
    // VS Code for the Web saves after a delay by default; the desktop (what users run) does not.
    'files.autoSave': 'off',
    ...settings,
  }, null, 2));
  return dir;
}

/** Environment for code-server: the caller's, without a surrounding VS Code's hooks. */
function serverEnv(dataDir, extra) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  delete env.ELECTRON_RUN_AS_NODE;
  return {
    ...env,
    XDG_CONFIG_HOME: join(dataDir, 'xdg-config'),
    XDG_DATA_HOME: join(dataDir, 'xdg-data'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    ...extra,
  };
}

/**
 * Starts code-server in its own process group and resolves when it listens. `serverLog`
 * collects its output; it is printed when the start fails or with --verbose.
 */
async function startCodeServer({ dataDir, port, folder, extraArgs = [], env, verbose }) {
  if (!existsSync(codeServerEntry)) {
    throw new HarnessError(`code-server is not installed in ${hostDir} (run scripts/test-host/setup.sh)`);
  }
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', join(dataDir, 'user'),
    '--extensions-dir', join(dataDir, 'exts'),
    '--config', join(dataDir, 'config.yaml'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
    folder,
  ];
  const child = spawn(process.execPath, args, { cwd: dataDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  state.server = child;
  const serverLog = [];
  const ready = new Promise((res, rej) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      for (const line of text.split('\n')) if (line.trim()) {
        serverLog.push(line);
        if (serverLog.length > 200) serverLog.shift();
        if (verbose) process.stderr.write(`[code-server] ${line}\n`);
      }
      if (serverLog.some((l) => l.includes('HTTP server listening on'))) res();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => rej(new HarnessError(`code-server failed to start: ${err.message}`)));
    child.on('exit', (code, signal) => {
      state.serverExited = true;
      rej(new HarnessError(`code-server exited before listening (${signal ?? `code ${code}`})`));
    });
  });
  try {
    await withTimeout(ready, SERVER_START_TIMEOUT_MS, `code-server did not listen within ${SERVER_START_TIMEOUT_MS / 1000} s`);
  } catch (err) {
    if (!verbose) for (const line of serverLog) process.stderr.write(`[code-server] ${line}\n`);
    throw err instanceof HarnessError ? err : new HarnessError(err.message);
  }
  return { child, serverLog };
}

/** Stops the code-server started last (its whole process group), so another may start. */
async function stopCodeServer() {
  if (!state.server) return;
  await killGroup(state.server.pid);
  state.server = undefined;
  state.serverExited = false;
}

/** Installs a packaged extension (npm run package) the way a user would: what ships is what is tested. */
function installVsix(dataDir, vsixPath) {
  if (!existsSync(vsixPath)) throw new HarnessError(`no ${basename(vsixPath)}: run npm run package`);
  execFileSync(process.execPath, [codeServerEntry, '--extensions-dir', join(dataDir, 'exts'), '--user-data-dir', join(dataDir, 'user'), '--install-extension', vsixPath], {
    cwd: dataDir,
    env: serverEnv(dataDir, {}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const installed = join(dataDir, 'exts', `${manifest.publisher}.${manifest.name}-${manifest.version}`, '.vsixmanifest');
  if (!existsSync(installed)) throw new HarnessError(`the .vsix did not install (no ${installed})`);
}

function loadPlaywright() {
  const req = createRequire(join(hostDir, 'package.json'));
  try {
    return req('playwright-core');
  } catch {
    throw new HarnessError(`playwright-core is not installed in ${hostDir} (run scripts/test-host/setup.sh)`);
  }
}

async function launchChromium() {
  const { chromium } = loadPlaywright();
  if (!existsSync(chromiumPath)) throw new HarnessError(`no Chromium at ${chromiumPath} (run scripts/test-host/setup.sh)`);
  try {
    state.browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      chromiumSandbox: false,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  } catch (err) {
    throw new HarnessError(`Chromium failed to start: ${String(err.message).split('\n')[0]}`);
  }
  return state.browser;
}

export const harness = { webWorkerSettings, startCodeServer, stopCodeServer, installVsix, launchChromium, makeDataDir, serverEnv, freePort, finish, cleanup, state, HarnessError, repoRoot, withTimeout, sleep, poll, readOptions };

// ---------------------------------------------------------------- main

// The extension host's console output reaches codeAutomationLog mixed with the workbench's
// own log lines; test/host/mocha-options.ts marks its lines with this (keep the two in step).
const HOST_OUTPUT_MARK = '\u200b[ext-host]\u200b';
// The suite's last line (summaryLine in test/host/mocha-options.ts): the counts npm test adds up.
const SUMMARY_LINE = /^(?:host|web): (\d+) passed, (\d+) failed$/m;

/** The counts for scripts/test-all.mjs, in $CLIENT_LEDGER_TEST_STATS when it is set. */
function recordCounts(output) {
  const counts = SUMMARY_LINE.exec(output);
  const file = process.env.CLIENT_LEDGER_TEST_STATS;
  if (counts && file) writeFileSync(file, JSON.stringify({ passes: Number(counts[1]), failures: Number(counts[2]) }));
}

function makeLogPrinter(verbose) {
  return (type, args) => {
    const text = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ') : String(args);
    const at = text.indexOf(HOST_OUTPUT_MARK);
    if (at >= 0) {
      const out = text.slice(at + HOST_OUTPUT_MARK.length);
      recordCounts(out);
      process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    } else if (verbose || type === 'error') {
      process.stderr.write(`[workbench ${type}] ${text}${text.endsWith('\n') ? '' : '\n'}`);
    }
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const deadline = started + opts.timeout * 1000;
  const remaining = () => Math.max(1, deadline - Date.now());

  if (opts.screenshot) rmSync(opts.screenshot, { force: true }); // never leave last run's picture
  let timer;
  const timeout = new Promise((_, rej) => {
    timer = setTimeout(() => rej(new HarnessError(`timed out after ${opts.timeout} s`, 124)), opts.timeout * 1000);
  });

  let page;
  const run = (async () => {
    state.dataDir = makeDataDir(opts.web ? webWorkerSettings() : {});
    const port = await freePort();
    const env = serverEnv(state.dataDir, {
      CLIENT_LEDGER_TEST_WORKSPACE: process.env.CLIENT_LEDGER_TEST_WORKSPACE || opts.workspace,
    });
    await startCodeServer({ dataDir: state.dataDir, port, folder: opts.workspace, env, verbose: opts.verbose });
    if (finishing) return new Promise(() => {});
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });

    let exitCode;
    const exited = new Promise((res) => { exitCode = res; });
    await context.exposeFunction('codeAutomationLog', makeLogPrinter(opts.verbose));
    await context.exposeFunction('codeAutomationExit', (code) => exitCode(Number(code)));

    page = await context.newPage();
    if (opts.verbose) page.on('console', (msg) => process.stderr.write(`[browser ${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => opts.verbose && process.stderr.write(`[browser pageerror] ${err.message}\n`));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(repoRoot)],
      ['extensionTestsPath', remote(opts.tests)],
      ['skipWelcome', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?${openQuery(opts.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(url, { timeout: remaining() });

    const serverGone = new Promise((_, rej) => {
      if (state.serverExited) rej(new HarnessError('code-server exited during the run'));
      state.server.once('exit', () => rej(new HarnessError('code-server exited during the run')));
    });
    serverGone.catch(() => {}); // it also rejects when cleanup stops the server
    return Promise.race([exited, serverGone]);
  })();
  // Whichever of run and timeout loses may reject later, e.g. when cleanup closes the page.
  run.catch(() => {});
  timeout.catch(() => {});

  let code;
  let reason;
  try {
    code = await Promise.race([run, timeout]);
    clearTimeout(timer);
    if (code !== 0) reason = `the tests failed (extension host exit code ${code})`;
  } catch (err) {
    clearTimeout(timer);
    code = err instanceof HarnessError ? err.code : 2;
    reason = err.message.split('\n')[0];
  }
  if (opts.screenshot && page && !finishing) {
    try {
      mkdirSync(dirname(opts.screenshot), { recursive: true });
      await sleep(500); // let the workbench paint what the tests left on screen
      await withTimeout(page.screenshot({ path: opts.screenshot, timeout: 10_000 }), 15_000);
      process.stderr.write(`test-host: screenshot in ${opts.screenshot}\n`);
    } catch (err) {
      process.stderr.write(`test-host: no screenshot: ${err.message.split('\n')[0]}\n`);
    }
  }
  if (finishing) return; // interrupted: the signal handler cleans up and exits
  process.stderr.write(`test-host: finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await finish(code, reason);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => finish(err instanceof HarnessError ? err.code : 2, err.message.split('\n')[0]));
}
