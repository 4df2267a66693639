import { existsSync, readFileSync } from 'node:fs';
import { realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLedger, checkSummaries } from '../core/check';
import { loadLedger } from '../core/load-ledger';
import type { FileFindings, Severity } from '../core/model';
import { portfolioReport, type PortfolioReport } from '../core/report/portfolio-report';
import { reportHtml } from '../core/report/report-html';
import { reportMarkdown } from '../core/report/report-markdown';
import { isThresholdKey, parseThreshold, type ThresholdOverrides } from '../core/thresholds';
import { localToday, parseDay, type Day } from '../core/values/calendar-day';
import { isCurrencyCode } from '../core/values/money';
import { NodeStore } from './node-store';
import { summarizeInParallel } from './parallel-check';
import { toSarif } from './sarif';
import { changedFiles } from './changed-files';

export interface CliIo {
  readonly cwd: string;
  readonly now: Date;
  out(text: string): void;
  err(text: string): void;
}

export class UsageError extends Error {}

interface CheckArguments {
  readonly folder: string;
  readonly today: Day;
  readonly format: 'text' | 'json' | 'sarif';
  readonly currency?: string;
  readonly thresholds: ThresholdOverrides;
  /** Where to write the portfolio report, as given. */
  readonly report?: string;
  /** Report only files git says changed against this ref (--changed, --against). */
  readonly changedAgainst?: string;
}

export const CHECK_USAGE = `Usage: client-ledger check FOLDER [--today YYYY-MM-DD] [--format text|json|sarif]
                            [--currency CODE] [--threshold RULE=VALUE ...] [--report FILE]
                            [--changed [--against REF]]

  --format sarif   the findings as SARIF 2.1.0 JSON on stdout
  --report FILE    also write the portfolio report to FILE: HTML when FILE ends in .html,
                   markdown otherwise; FILE is overwritten, and must be outside FOLDER
  --changed        report only the files git says changed against HEAD (or --against REF):
                   modified, staged and new; the whole ledger is still read, so duplicate
                   ids and unknown clients are found (a pre-commit hook)`;

/** `check FOLDER ...`: prints every finding; exit 0 without errors, 1 with, 2 when it cannot run. */
export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseCheckArguments(args, io);
  const folder = resolve(io.cwd, options.folder);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${options.folder}`);
  const reportPath = options.report === undefined ? undefined : await reportTarget(io.cwd, folder, options);
  const settings = { thresholds: options.thresholds };
  const store = new NodeStore(folder);
  let findings: FileFindings[];
  let files: FileCounts;
  if (reportPath === undefined) {
    const summaries = await summarizeInParallel({ paths: await store.list(), today: options.today, currency: options.currency, settings });
    findings = checkSummaries(summaries);
    files = countFiles(summaries.map((summary) => ({ type: summary.type, record: summary.type === 'client' || summary.unreadableClient === true })));
  } else {
    // One read of the ledger for both the findings and the report, so they cannot disagree.
    const ledger = await loadLedger(store, { currency: options.currency });
    findings = checkLedger(ledger, options.today, settings);
    files = countFiles(ledger.files.map((file) => ({ type: file.type, record: file.type === 'client' || (file.type === 'broken' && file.clientId !== undefined) })));
    // The report's health from these findings: the ledger is checked once.
    const byFile = new Map(findings.map((result) => [result.file, result.findings]));
    await writeReport(reportPath, options.report!, portfolioReport(ledger, options.today, settings, { findings: (path) => byFile.get(path) ?? [] }), io.cwd);
  }
  if (options.changedAgainst !== undefined) {
    let changed: Set<string>;
    try {
      changed = changedFiles(folder, options.changedAgainst);
    } catch (error) {
      throw new UsageError(`--changed: ${(error as Error).message}`);
    }
    const real = await realpath(folder);
    findings = findings.filter((result) => changed.has(join(real, relative(folder, result.file))));
  }
  const results = findings.map((result) => ({ ...result, file: displayPath(io.cwd, result.file) }));
  if (options.format === 'json') io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
  else if (options.format === 'sarif') io.out(`${JSON.stringify(toSarif(results, toolVersion()), null, 2)}\n`);
  else {
    io.out(toText(results));
    if (files.records > 0) io.err(`${summary(results, files.total)}\n`);
    if (options.report !== undefined) io.err(`Report written to ${options.report}\n`);
  }
  // Checking nothing is not a pass: in CI, a wrong folder must fail the build, not go green.
  if (files.records === 0) {
    io.err(`client-ledger: ${noRecords(options.folder, files)}\n`);
    return 2;
  }
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

interface FileCounts {
  readonly total: number;
  /** Client records, readable or not. */
  readonly records: number;
  readonly documents: number;
  /** Files without frontmatter, or with neither client: nor document:. */
  readonly skipped: number;
}

function countFiles(files: readonly { type: string; record: boolean }[]): FileCounts {
  return {
    total: files.length,
    records: files.filter((file) => file.record).length,
    documents: files.filter((file) => file.type === 'document').length,
    skipped: files.filter((file) => file.type === 'ignored').length,
  };
}

/** Why nothing was checked, what a record is, and where the format is described. */
function noRecords(folder: string, files: FileCounts): string {
  const format = `The format of a record is described in ${formatDoc()}.`;
  if (files.total === 0) return `no client record in ${folder}: it holds no markdown (.md) file, and a client record is a .md file with a client: key in its frontmatter. ${format}`;
  const unreadable = files.total - files.skipped - files.documents;
  const parts = [
    `${files.skipped} skipped (no frontmatter, or neither client: nor document: in it)`,
    ...(files.documents > 0 ? [`${plural(files.documents, 'document')} checked`] : []),
    ...(unreadable > 0 ? [`${unreadable} with frontmatter that cannot be read`] : []),
  ];
  return `no client record in ${folder}: none of its ${plural(files.total, 'markdown file')} is one (a client: key in the frontmatter, and no document: key); ${parts.join(', ')}. ${format}`;
}

/** The format's page as shipped beside the checker (dist/ or out/src/cli/ below the package), else its path in the repository. */
function formatDoc(): string {
  for (const up of ['..', join('..', '..', '..')]) {
    const path = join(__dirname, up, 'docs', 'format.md');
    if (existsSync(path)) return path;
  }
  return 'docs/format.md';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The report's absolute path; a usage error when it is inside the ledger folder (a markdown
 * report there would be read as part of the ledger next time), symbolic links resolved.
 */
async function reportTarget(cwd: string, folder: string, options: CheckArguments): Promise<string> {
  const target = resolve(cwd, options.report!);
  const [folderReal, targetReal] = await Promise.all([realpath(folder), realTarget(target)]);
  if (isInside(folderReal, targetReal)) {
    throw new UsageError(`--report ${options.report} is inside the ledger folder ${options.folder}: write the report outside it`);
  }
  return target;
}

/** The path with its nearest existing ancestor's symbolic links resolved (the file itself may not exist yet). */
async function realTarget(path: string): Promise<string> {
  const real = await realpath(path).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(await realTarget(parent), basename(path));
}

function isInside(folder: string, path: string): boolean {
  const caseless = process.platform === 'win32' || process.platform === 'darwin';
  const rel = caseless ? relative(folder.toLowerCase(), path.toLowerCase()) : relative(folder, path);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

async function writeReport(path: string, given: string, report: PortfolioReport, cwd: string): Promise<void> {
  const shown = {
    ...report,
    clients: report.clients.map((client) => ({ ...client, file: displayPath(cwd, client.file) })),
    details: report.details.map((client) => ({ ...client, file: displayPath(cwd, client.file) })),
    unreadable: report.unreadable.map((record) => ({ ...record, file: displayPath(cwd, record.file) })),
  };
  const text = /\.html?$/i.test(path) ? reportHtml(shown) : reportMarkdown(shown);
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot write the report to ${given}: ${why}`);
  }
}

/** The package's version, when its package.json is where a build puts it (dist/ or out/src/cli/ below it). */
function toolVersion(): string | undefined {
  for (const up of ['..', join('..', '..', '..')]) {
    try {
      const manifest = JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'client-ledger' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not there: try the next place, or leave the version out
    }
  }
  return undefined;
}

function parseCheckArguments(args: readonly string[], io: CliIo): CheckArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        today: { type: 'string' },
        format: { type: 'string', default: 'text' },
        currency: { type: 'string' },
        threshold: { type: 'string', multiple: true, default: [] },
        report: { type: 'string' },
        changed: { type: 'boolean', default: false },
        against: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'check needs a FOLDER' : `unexpected argument: ${positionals[1]}`);
  const today = values.today === undefined ? localToday(io.now) : parseDay(values.today);
  if (today === undefined) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${values.today}"`);
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') {
    throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`);
  }
  if (values.report !== undefined && values.report.trim() === '') throw new UsageError('--report needs a FILE');
  const currency = values.currency?.toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) throw new UsageError(`--currency must be an ISO 4217 code, not "${values.currency}"`);
  const thresholds = parseThresholdFlags(values.threshold ?? []);
  if (values.against !== undefined && !values.changed) throw new UsageError('--against goes with --changed');
  const changedAgainst = values.changed ? values.against ?? 'HEAD' : undefined;
  return { folder: positionals[0], today, format: values.format, currency, thresholds, report: values.report, changedAgainst };
}

function parseThresholdFlags(flags: readonly string[]): ThresholdOverrides {
  const thresholds: ThresholdOverrides = {};
  for (const flag of flags) {
    const [key, value] = [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)];
    if (!flag.includes('=') || !isThresholdKey(key)) throw new UsageError(`--threshold takes RULE=VALUE with a known threshold, not "${flag}"`);
    const parsed = parseThreshold(key, value);
    if (!parsed.ok) throw new UsageError(`--threshold ${parsed.reason}`);
    Object.assign(thresholds, parsed.values);
  }
  return thresholds;
}

function displayPath(cwd: string, file: string): string {
  return relative(cwd, file).split(sep).join('/');
}

function toText(results: readonly FileFindings[]): string {
  return results
    .flatMap((result) =>
      result.findings.map((finding) => `${result.file}:${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule} ${finding.message}\n`),
    )
    .join('');
}

function toJson(results: readonly FileFindings[]) {
  return results.flatMap((result) =>
    result.findings.map((finding) => ({
      file: result.file,
      line: finding.range.start.line,
      column: finding.range.start.column,
      severity: finding.severity,
      rule: finding.rule,
      message: finding.message,
    })),
  );
}

function summary(results: readonly FileFindings[], fileCount: number): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (total === 0) return `No findings in ${files}.`;
  const parts = (Object.keys(counts) as Severity[]).filter((key) => counts[key] > 0).map((key) => `${counts[key]} ${key}${counts[key] === 1 ? '' : 's'}`);
  return `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${results.length} of ${files}.`;
}
