import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { checkSummaries } from '../core/check';
import type { FileFindings, Severity } from '../core/model';
import { isThresholdKey, parseThreshold, type ThresholdOverrides } from '../core/thresholds';
import { localToday, parseDay, type Day } from '../core/values/calendar-day';
import { isCurrencyCode } from '../core/values/money';
import { NodeStore } from './node-store';
import { summarizeInParallel } from './parallel-check';

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
  readonly format: 'text' | 'json';
  readonly currency?: string;
  readonly thresholds: ThresholdOverrides;
}

export const CHECK_USAGE = `Usage: client-ledger check FOLDER [--today YYYY-MM-DD] [--format text|json]
                            [--currency CODE] [--threshold RULE=VALUE ...]`;

/** `check FOLDER ...`: prints every finding; exit 0 without errors, 1 with, 2 when it cannot run. */
export async function runCheck(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseCheckArguments(args, io);
  const folder = resolve(io.cwd, options.folder);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${options.folder}`);
  const paths = await new NodeStore(folder).list();
  const summaries = await summarizeInParallel({ paths, today: options.today, currency: options.currency, settings: { thresholds: options.thresholds } });
  const results = checkSummaries(summaries).map((result) => ({
    ...result,
    file: displayPath(io.cwd, result.file),
  }));
  if (options.format === 'json') io.out(`${JSON.stringify(toJson(results), null, 2)}\n`);
  else {
    io.out(toText(results));
    io.err(`${summary(results, paths.length)}\n`);
  }
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
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
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'check needs a FOLDER' : `unexpected argument: ${positionals[1]}`);
  const today = values.today === undefined ? localToday(io.now) : parseDay(values.today);
  if (today === undefined) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${values.today}"`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  const currency = values.currency?.toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) throw new UsageError(`--currency must be an ISO 4217 code, not "${values.currency}"`);
  return { folder: positionals[0], today, format: values.format, currency, thresholds: parseThresholdFlags(values.threshold ?? []) };
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
