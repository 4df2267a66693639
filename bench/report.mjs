// The portfolio report's own cost (issue 13): `npm run bench:report` (not part of `npm test`).
//
//   node bench/report.mjs [--sizes 1000,10000] [--runs N] [--no-build]
//
// Generates the bench's deterministic ledgers (bench/generate-ledger.mjs) in a temporary folder,
// loads each once (loadLedger, timed apart: it is the checker's cost, not the report's), then,
// in a fresh process a size, times the report's core N times and prints the medians:
//   check        checkLedger(ledger, today): the findings, which `check --report` computes anyway
//                and the editor keeps (not the report's cost: shown for scale)
//   figures      portfolioReport(ledger, today, {}, findings from the check): what `check
//                --report` computes: every client's health and receivables, the totals, the
//                full figures of the first 20 by attention
//   uncached     portfolioReport(ledger, today) without findings: it checks every record itself
//                (what the report cost before it took the checker's findings)
//   html         reportHtml(report): the file `check --report FILE.html` writes
//   markdown     reportMarkdown(report): the file `check --report FILE.md` writes
//   webview      what opening the report in the editor costs: portfolioReport with the
//                editor's findings and no details, then webviewPage (the summary and the first
//                page of the list); its bytes are the webview's HTML
//   detail       one client's detail as the webview asks for it (the first red client):
//                clientReport + clientDetailHtml
// with the size in bytes of each output. The engine is required from out/src (tsc output; built
// first unless --no-build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateLedger, TODAY } from './generate-ledger.mjs';
import { median } from './median.mjs';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const self = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    child: { type: 'string' },
  },
});

if (values.child !== undefined) {
  process.stdout.write(`${JSON.stringify(await measure(values.child, Number(values.runs)))}\n`);
} else {
  await main();
}

async function main() {
  const sizes = values.sizes.split(',').map(Number);
  if (!values['no-build']) {
    process.stderr.write('bench:report: tsc -p tsconfig.test.json (out/)...\n');
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    } catch {
      process.stderr.write('bench:report: tsc reported errors; measuring the emitted out/ anyway\n');
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'client-ledger-bench-report-'));
  try {
    const rows = [];
    for (const size of sizes) {
      const dir = join(work, `ledger-${size}`);
      generateLedger(dir, size, DEFAULT_SEED);
      const runs = values.runs ?? (size >= 10_000 ? '3' : '5');
      process.stderr.write(`bench:report: ${size} records, ${runs} runs...\n`);
      const out = execFileSync(process.execPath, ['--expose-gc', self, '--child', dir, '--runs', runs], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
      rows.push({ size, ...JSON.parse(out.trim().split('\n').pop()) });
    }
    const commit = git(['rev-parse', '--short=10', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--', 'src']) !== '';
    console.log(`\nPortfolio report, ${commit}${dirty ? ' (src/ modified)' : ''}, node ${process.version}, ${availableParallelism()} cores; medians in ms, sizes in bytes`);
    const phases = ['check', 'figures', 'uncached', 'html', 'markdown', 'webview', 'detail'];
    const sized = ['html', 'markdown', 'webview', 'detail'];
    const header = ['records', 'load (not counted)', ...phases.map((phase) => `${phase} ms`), ...sized.map((phase) => `${phase} bytes`)];
    const lines = [header, header.map(() => '---')];
    for (const row of rows) {
      const ms = (phase) => (row[phase] === undefined ? '-' : fmt(row[phase].ms));
      const bytes = (phase) => (row[phase] === undefined ? '-' : row[phase].bytes.toLocaleString('en-US'));
      lines.push([row.size.toLocaleString('en-US'), fmt(row.load), ...phases.map(ms), ...sized.map(bytes)]);
    }
    console.log(lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
    for (const row of rows) console.log(`${row.size}: ${row.clients} clients (${row.red} red, ${row.amber} amber); runs ${JSON.stringify(row.runs)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** In a fresh process: load once, then time each phase `runs` times. */
async function measure(dir, runs) {
  const require = createRequire(import.meta.url);
  const engine = (path) => require(join(root, 'out', 'src', path));
  const { loadLedger } = engine('core/load-ledger.js');
  const { NodeStore } = engine('cli/node-store.js');
  const { parseDay } = engine('core/values/calendar-day.js');
  const { checkLedger } = engine('core/check.js');
  const { clientReport, portfolioReport } = engine('core/report/portfolio-report.js');
  const html = engine('core/report/report-html.js');
  const { webviewPage } = engine('core/report/report-webview.js');
  const { reportMarkdown } = engine('core/report/report-markdown.js');
  const today = parseDay(TODAY);
  const gc = globalThis.gc ?? (() => {});

  const loadStart = performance.now();
  const ledger = await loadLedger(new NodeStore(dir));
  const load = performance.now() - loadStart;

  const results = checkLedger(ledger, today);
  const byFile = new Map(results.map((result) => [result.file, result.findings]));
  const findingsOf = (path) => byFile.get(path) ?? [];

  let report;
  const phases = {
    check: () => checkLedger(ledger, today),
    figures: () => (report = portfolioReport(ledger, today, {}, { findings: findingsOf })),
    uncached: () => portfolioReport(ledger, today),
    html: () => html.reportHtml(report),
    markdown: () => reportMarkdown(report),
    webview: () => webviewPage(portfolioReport(ledger, today, { details: 0 }, { findings: findingsOf }), 'bench-nonce-0123456789'),
    detail: () => {
      const first = report.clients.find((client) => client.health.signal === 'red') ?? report.clients[0];
      const record = ledger.get(first.file);
      return html.clientDetailHtml(clientReport(record, findingsOf(first.file), today));
    },
  };
  const times = Object.fromEntries(Object.keys(phases).map((phase) => [phase, []]));
  const bytes = {};
  for (let run = 0; run < runs; run++) {
    for (const [phase, work] of Object.entries(phases)) {
      gc();
      const start = performance.now();
      const output = work();
      times[phase].push(performance.now() - start);
      if (typeof output === 'string') bytes[phase] = Buffer.byteLength(output, 'utf8');
    }
  }
  const result = { load, clients: report.clients.length, red: report.health.red, amber: report.health.amber, runs: {} };
  for (const phase of Object.keys(phases)) {
    result[phase] = { ms: median(times[phase]), ...(bytes[phase] === undefined ? {} : { bytes: bytes[phase] }) };
    result.runs[phase] = times[phase].map((ms) => Math.round(ms));
  }
  return result;
}

function fmt(ms) {
  return ms >= 100 ? String(Math.round(ms)) : ms.toFixed(1);
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
