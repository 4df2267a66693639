// The in-process measurements of the benchmark, each run in a fresh child process by bench/run.mjs:
//
//   node --expose-gc bench/inprocess.mjs floor DIR RUNS        (a) read every file's bytes, three ways
//                                                              (the floor: the fastest of them)
//   node --expose-gc bench/inprocess.mjs check DIR RUNS        (b) loadLedger(NodeStore) + checkLedger
//                                                              (run.mjs: RUNS=1, a fresh process a run),
//                                                              with the findings per rule and a digest
//                                                              of all of them for the correctness guard
//   node --expose-gc bench/inprocess.mjs incremental DIR EDITS (e) edit one file of a loaded ledger
//   node --expose-gc bench/inprocess.mjs memory DIR            (f) memory after indexing (full records, loadLedger)
//   node --expose-gc bench/inprocess.mjs index DIR             (f) memory of the editor's index: compact records
//                                                              (ParseOptions.recent, readAgain from the disk) read
//                                                              in the editor's batches, each file's findings and each
//                                                              client's standing, steps and report summary kept, as
//                                                              LedgerQueries keeps them
//
// Prints one line of JSON on stdout. The engine is required from out/src (tsc output).
import { readdir, readFile } from 'node:fs/promises';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { mulberry32, TODAY } from './generate-ledger.mjs';
import { digestOf, findingKey } from './findings-digest.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const require = createRequire(import.meta.url);
const engine = (path) => require(join(root, 'out', 'src', path));

const READ_CONCURRENCY = 64; // as src/core/load-ledger.ts
const gc = globalThis.gc ?? (() => {});

const [mode, dir, countText] = process.argv.slice(2);
const count = Number(countText ?? 0);

/** Every .md file under dir, the way a plain walk finds them (not timed as part of the floor). */
async function listMarkdown(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await listMarkdown(path)));
    else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found.sort();
}

async function mapLimited(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Ways to read every file's bytes; each returns the bytes it read. The floor is the fastest of
 * them in the run (run.mjs picks it by median).
 */
const READS = {
  // as src/core/load-ledger.ts did: fs/promises readFile, 64 in flight
  'readFile, 64 in flight': async (paths) => (await mapLimited(paths, READ_CONCURRENCY, (path) => readFile(path))).reduce((sum, content) => sum + content.length, 0),
  // one file after another, a Buffer each (what the CLI's workers do)
  'readFileSync one by one': async (paths) => {
    let bytes = 0;
    for (const path of paths) bytes += readFileSync(path).length;
    return bytes;
  },
  // one file after another into one reused buffer: no allocation per file
  'readSync into one buffer': async (paths) => {
    let buffer = Buffer.allocUnsafe(1 << 16);
    let bytes = 0;
    for (const path of paths) {
      const fd = openSync(path, 'r');
      try {
        const size = fstatSync(fd).size;
        if (size > buffer.length) buffer = Buffer.allocUnsafe(size * 2);
        let read = 0;
        while (read < size) {
          const n = readSync(fd, buffer, read, size - read, read);
          if (n === 0) break;
          read += n;
        }
        bytes += read;
      } finally {
        closeSync(fd);
      }
    }
    return bytes;
  },
};

async function floor() {
  const t0 = performance.now();
  const paths = await listMarkdown(dir);
  const listMs = performance.now() - t0;
  const names = Object.keys(READS);
  const methods = Object.fromEntries(names.map((name) => [name, []]));
  let bytes = 0;
  // The methods take turns, a different one first each round, so that none always has the warmest cache.
  for (let run = 0; run < count; run++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(run + k) % names.length];
      gc();
      const start = performance.now();
      const read = await READS[name](paths);
      methods[name].push(performance.now() - start);
      if (bytes && read !== bytes) throw new Error(`${name} read ${read} bytes, another method ${bytes}`);
      bytes = read;
    }
  }
  // runs and syncRuns as before (bench/editor.mjs reads syncRuns).
  return { files: paths.length, bytes, listMs, methods, runs: methods['readFile, 64 in flight'], syncRuns: methods['readFileSync one by one'] };
}

async function check() {
  const { loadLedger } = engine('core/load-ledger.js');
  const { checkLedger } = engine('core/check.js');
  const { NodeStore } = engine('cli/node-store.js');
  const { parseDay } = engine('core/values/calendar-day.js');
  const today = parseDay(TODAY);
  const runs = [];
  const loadRuns = [];
  let results;
  for (let run = 0; run < count; run++) {
    results = undefined;
    gc();
    const start = performance.now();
    const ledger = await loadLedger(new NodeStore(dir));
    const loaded = performance.now();
    results = checkLedger(ledger, today);
    const end = performance.now();
    runs.push(end - start);
    loadRuns.push(loaded - start);
  }
  const byRule = {};
  let findings = 0;
  const keys = [];
  for (const file of results) for (const finding of file.findings) {
    byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    findings++;
    keys.push(findingKey(relative(dir, file.file), finding.range.start.line, finding.range.start.column, finding.rule, finding.severity, finding.message));
  }
  return { runs, loadRuns, findings, filesWithFindings: results.length, byRule, digest: digestOf(keys) };
}

async function incremental() {
  const { loadLedger, parseOptions } = engine('core/load-ledger.js');
  const { checkLedger, checkFile } = engine('core/check.js');
  const { NodeStore } = engine('cli/node-store.js');
  const { parseDay } = engine('core/values/calendar-day.js');
  const { parseLedgerText } = engine('core/parse/ledger-file.js');
  const today = parseDay(TODAY);
  const options = parseOptions();
  const ledger = await loadLedger(new NodeStore(dir));
  checkLedger(ledger, today); // as the extension does after indexing; also warms the rules up

  // 200 edits on files picked at random (fixed seed), prepared before timing: typing in the
  // prose, a new log entry, a new payment, a frontmatter value changed.
  const clients = ledger.files.filter((file) => file.type === 'client').map((file) => file.file);
  const random = mulberry32(5);
  const edits = [];
  for (let n = 0; n < count; n++) {
    const path = clients[Math.floor(random() * clients.length)];
    const text = readFileSync(path, 'utf8');
    let edited;
    switch (n % 4) {
      case 0: edited = text.replace('\n## Log', ` Edited ${n}.\n## Log`); break;
      case 1: edited = `${text}- 2026-11-19 email from the client: edit ${n}, answered the open questions\n`; break;
      case 2: edited = `${text}- 2026-11-19 payment ${(n + 1) * 10}: edit ${n}\n`; break;
      default: edited = text.replace(/^rate: .*$/m, `rate: ${40 + (n % 30)}/h`); break;
    }
    edits.push({ path, text: edited });
  }

  const times = [];
  let affected = 0;
  let findings = 0;
  for (const { path, text } of edits) {
    const start = performance.now();
    const file = parseLedgerText(path, text, options);
    const paths = ledger.set(file);
    for (const each of paths) findings += checkFile(ledger, each, today).length;
    times.push(performance.now() - start);
    affected += paths.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { edits: times.length, files: ledger.files.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], mean: times.reduce((a, b) => a + b, 0) / times.length, affectedPerEdit: affected / times.length, findings };
}

async function memory() {
  const { loadLedger } = engine('core/load-ledger.js');
  const { NodeStore } = engine('cli/node-store.js');
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const ledger = await loadLedger(new NodeStore(dir));
  const loadMs = performance.now() - start;
  gc();
  gc();
  const after = process.memoryUsage();
  const files = ledger.files.length;
  return {
    files,
    loadMs,
    gcExposed: typeof globalThis.gc === 'function',
    rss: after.rss,
    heapUsed: after.heapUsed,
    external: after.external,
    arrayBuffers: after.arrayBuffers,
    rssBefore: before.rss,
    heapUsedBefore: before.heapUsed,
  };
}

async function index() {
  const { parseOptions } = engine('core/load-ledger.js');
  const { ledgerFileOf, MAX_FILE_BYTES } = engine('core/parse/ledger-file.js');
  const { decodeLedgerBytes } = engine('core/parse/source-text.js');
  const { RecentParses } = engine('core/parse/compact-record.js');
  const { readUpTo } = engine('node/read-up-to.js');
  const { NodeStore } = engine('cli/node-store.js');
  const { Ledger } = engine('core/ledger.js');
  const { checkFile } = engine('core/check.js');
  const { standingOf } = engine('core/summary/client-standing.js');
  const { clientAgenda } = engine('core/agenda/agenda.js');
  const { DEFAULT_AGENDA } = engine('core/agenda/next-step.js');
  const { clientSummary } = engine('core/report/portfolio-report.js');
  const { parseDay } = engine('core/values/calendar-day.js');
  const today = parseDay(TODAY);
  const readAgain = (file) => {
    const read = readUpTo(file, MAX_FILE_BYTES);
    const decoded = 'bytes' in read ? decodeLedgerBytes(read.bytes) : undefined;
    return decoded?.ok ? decoded.text : undefined;
  };
  gc();
  const before = process.memoryUsage();
  const start = performance.now();
  const options = { ...parseOptions({}), recent: new RecentParses(300), readAgain };
  const paths = await new NodeStore(dir).list();
  const ledger = new Ledger();
  const kept = new Map();
  for (let from = 0, to = 50; from < paths.length; from = to, to += 250) {
    const batch = paths.slice(from, to).map((path) => ledgerFileOf(path, readUpTo(path, MAX_FILE_BYTES), options));
    const changed = new Set(batch.flatMap((file) => ledger.set(file)));
    for (const path of changed) {
      const file = ledger.get(path);
      const findings = checkFile(ledger, path, today, {});
      kept.set(path, file?.type === 'client'
        ? { findings, standing: standingOf(file, findings, today), steps: clientAgenda(ledger, file, today, DEFAULT_AGENDA), summary: clientSummary(file, findings, today, {}) }
        : { findings });
    }
  }
  const loadMs = performance.now() - start;
  gc();
  gc();
  const after = process.memoryUsage();
  return { files: ledger.files.length, kept: kept.size, loadMs, rss: after.rss, heapUsed: after.heapUsed, heapTotal: after.heapTotal, external: after.external, heapUsedBefore: before.heapUsed };
}

// Last: the modes above use constants declared above them.
const result = await ({ floor, check, incremental, memory, index })[mode]();
process.stdout.write(`${JSON.stringify(result)}\n`);
