import { realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkLedger, checkSummaries, fileFindings } from '../core/check';
import type { ClientRef, FileFindings, Finding, Severity } from '../core/model';
import { clientIdOf } from '../core/parse/ledger-file';
import { portfolioReport, type PortfolioReport } from '../core/report/portfolio-report';
import { reportHtml } from '../core/report/report-html';
import { reportMarkdown } from '../core/report/report-markdown';
import type { ThresholdOverrides } from '../core/thresholds';
import type { Day } from '../core/values/calendar-day';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { choiceOption, currencyOption, parseCommandArguments, positionalArguments, thresholdOptions, todayOption } from './arguments';
import type { CliCommand } from './cli-command';
import { NodeStore } from './node-store';
import { CheckThreads } from './parallel-check';
import type { FileOutcome } from './check-worker';
import { displayPath, jsonDocument, renderFindings, type StreamFormat } from './render-findings';
import { toSarif } from './sarif';
import { embeddedRuleHelp } from './embedded-rule-help';
import { changedFiles } from './changed-files';
import { fileProblem } from './file-problem';
import { packageVersion } from '../node/shipped-file';
import { loadCliLedger } from './cli-ledger';
import { startProgress } from './progress';
import { countFiles, ledgerFileCounts, noRecords, type FileCounts } from './no-records';

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

const CHECK_USAGE = `Usage: client-ledger check FOLDER [--today YYYY-MM-DD] [--format text|json|sarif]
                            [--currency CODE] [--threshold RULE=VALUE ...] [--report FILE]
                            [--changed [--against REF]]

  --format sarif   the findings as SARIF 2.1.0 JSON on stdout
  --report FILE    also write the portfolio report to FILE: HTML when FILE ends in .html,
                   markdown otherwise; FILE is overwritten, and must be outside FOLDER
  --changed        report only the files git says changed against HEAD (or --against REF):
                   modified, staged and new; the whole ledger is still read, so duplicate
                   ids and unknown clients are found (a pre-commit hook)`;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check a folder of client records and print what needs attention',
  usage: CHECK_USAGE,
  exit: `0 no error findings, 1 at least one error finding, 2 the command could not run
(bad arguments, no such folder, or no client record in it: nothing was checked).`,
  run: (args, io) => runCheck(args, io),
};

/** `check FOLDER ...`: prints every finding; exit 0 without errors, 1 with, 2 when it cannot run. */
async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseCheckArguments(args, io);
  const folder = resolve(io.cwd, options.folder);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${options.folder}`);
  const reportPath = options.report === undefined ? undefined : await reportTarget(io.cwd, folder, options);
  const settings = { thresholds: options.thresholds };
  const store = new NodeStore(folder);
  let shown: ShownFile[];
  let files: FileCounts;
  let sarif: FileFindings[] | undefined;
  if (reportPath === undefined) {
    // The workers start now and load their code while the ledger is listed.
    const threads = new CheckThreads();
    const progress = startProgress(io, options.format === 'text');
    let outcomes: FileOutcome[];
    let paths: string[];
    try {
      paths = await store.list((entries) => threads.expect(entries));
      progress.update(0, paths.length);
      const format = options.format === 'sarif' ? undefined : options.format;
      const job = { paths, today: options.today, currency: options.currency, settings, format, cwd: io.cwd, sharedIds: sharedClientIds(paths) };
      outcomes = await threads.check(job, (checked) => progress.update(checked, paths.length));
    } finally {
      threads.close();
      progress.end();
    }
    files = countFiles(outcomes.map((outcome) => ({ type: outcome.type, record: outcome.type === 'client' || (outcome.summary ?? outcome).unreadableClient === true })));
    if (options.format === 'sarif') sarif = checkSummaries(outcomes.map((outcome) => outcome.summary!));
    else shown = finishOutcomes(paths, outcomes, options.format, io.cwd);
  } else {
    // One read of the ledger for both the findings and the report, so they cannot disagree.
    const ledger = await loadCliLedger(io, store, { currency: options.currency, progress: options.format === 'text' });
    const findings = checkLedger(ledger, options.today, settings);
    files = ledgerFileCounts(ledger);
    // The report's health from these findings: the ledger is checked once.
    const byFile = new Map(findings.map((result) => [result.file, result.findings]));
    await writeReport(reportPath, options.report!, portfolioReport(ledger, options.today, settings, { findings: (path) => byFile.get(path) ?? [] }), io.cwd);
    if (options.format === 'sarif') sarif = findings;
    else shown = findings.map((result) => shownFile(result.file, result.findings, options.format as StreamFormat, io.cwd));
  }
  if (options.changedAgainst !== undefined) {
    let changed: Set<string>;
    try {
      changed = changedFiles(folder, options.changedAgainst);
    } catch (error) {
      throw new UsageError(`--changed: ${(error as Error).message}`);
    }
    const real = await realpath(folder);
    const isChanged = (file: string) => changed.has(join(real, relative(folder, file)));
    if (sarif) sarif = sarif.filter((result) => isChanged(result.file));
    else shown = shown!.filter((file) => isChanged(file.file));
  }
  if (sarif) {
    const results = sarif.map((result) => ({ ...result, file: displayPath(io.cwd, result.file) }));
    io.out(`${JSON.stringify(toSarif(results, { help: embeddedRuleHelp(), version: packageVersion() }), null, 2)}\n`);
    shown = results.map((result) => ({ file: result.file, rendered: '', counts: severityCounts(result.findings) }));
  } else {
    shown = shown!.filter((file) => file.rendered !== '');
    if (options.format === 'json') io.out(jsonDocument(shown.map((file) => file.rendered)));
    else {
      io.out(shown.map((file) => file.rendered).join(''));
      if (files.records > 0) io.err(`${summary(shown, files.total)}\n`);
      if (options.report !== undefined) io.err(`Report written to ${options.report}\n`);
    }
  }
  // Checking nothing is not a pass: in CI, a wrong folder must fail the build, not go green.
  if (files.records === 0) {
    io.err(`client-ledger: ${noRecords(options.folder, files)}\n`);
    return 2;
  }
  return shown.some((file) => file.counts[0] > 0) ? 1 : 0;
}

/** A file with findings as the output shows them (renderFindings), and how many of each severity. */
interface ShownFile {
  /** The path as read (not yet relative to the current directory). */
  readonly file: string;
  readonly rendered: string;
  /** Error, warning, info, hint. */
  readonly counts: readonly [number, number, number, number];
}

function shownFile(file: string, findings: readonly Finding[], format: StreamFormat, cwd: string): ShownFile {
  return { file, rendered: renderFindings(format, displayPath(cwd, file), findings), counts: severityCounts(findings) };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

function severityCounts(findings: readonly Finding[]): [number, number, number, number] {
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const finding of findings) counts[SEVERITIES.indexOf(finding.severity)]++;
  return counts;
}

/**
 * Lower-case client ids that more than one path of the ledger gives (a record's id is its file
 * name): only records with such an id can be duplicates, so only theirs wait for the whole ledger.
 */
function sharedClientIds(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const path of paths) {
    const key = clientIdOf(path).toLowerCase();
    if (seen.has(key)) shared.add(key);
    else seen.add(key);
  }
  return [...shared];
}

/**
 * The files in path order with their findings rendered: as the threads rendered them, or, for the
 * files where ledger-wide findings may join (duplicate ids, documents), from their summaries, with
 * the ledger's client records at hand, exactly as checkSummaries would.
 */
function finishOutcomes(paths: readonly string[], outcomes: readonly FileOutcome[], format: StreamFormat, cwd: string): ShownFile[] {
  const firstById = new Map<string, ClientRef>();
  for (const outcome of outcomes) {
    const client = outcome.summary?.client ?? outcome.client;
    const key = client?.id.toLowerCase();
    if (key !== undefined && !firstById.has(key)) firstById.set(key, client!);
  }
  const firstWithId = (id: string) => firstById.get(id.toLowerCase());
  return outcomes.map((outcome, index) => {
    const file = paths[index];
    if (outcome.summary) return shownFile(file, fileFindings(outcome.summary, firstWithId), format, cwd);
    if (outcome.client && firstWithId(outcome.client.id)!.file !== outcome.client.file) {
      throw new Error(`${file}: a duplicate client id was rendered before the ledger was read`);
    }
    return { file, rendered: outcome.rendered!, counts: outcome.counts! };
  });
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
    throw new UsageError(`cannot write the report to ${given}: ${fileProblem(error)}`);
  }
}

function parseCheckArguments(args: readonly string[], io: CliIo): CheckArguments {
  const { values, positionals } = parseCommandArguments(args, {
    today: { type: 'string' },
    format: { type: 'string', default: 'text' },
    currency: { type: 'string' },
    threshold: { type: 'string', multiple: true, default: [] },
    report: { type: 'string' },
    changed: { type: 'boolean', default: false },
    against: { type: 'string' },
  });
  const [folder] = positionalArguments('check', positionals, ['FOLDER']);
  const today = todayOption(values.today, io.now);
  const format = choiceOption('--format', values.format!, ['text', 'json', 'sarif'] as const);
  if (values.report !== undefined && values.report.trim() === '') throw new ArgumentError('--report needs a FILE');
  const currency = currencyOption(values.currency);
  const thresholds = thresholdOptions(values.threshold ?? []);
  if (values.against !== undefined && !values.changed) throw new ArgumentError('--against goes with --changed');
  const changedAgainst = values.changed ? values.against ?? 'HEAD' : undefined;
  return { folder, today, format, currency, thresholds, report: values.report, changedAgainst };
}

function summary(files: readonly ShownFile[], fileCount: number): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) SEVERITIES.forEach((severity, index) => (counts[severity] += file.counts[index]));
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const fileText = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (total === 0) return `No findings in ${fileText}.`;
  const parts = (Object.keys(counts) as Severity[]).filter((key) => counts[key] > 0).map((key) => `${counts[key]} ${key}${counts[key] === 1 ? '' : 's'}`);
  return `${total} finding${total === 1 ? '' : 's'} (${parts.join(', ')}) in ${files.length} of ${fileText}.`;
}
