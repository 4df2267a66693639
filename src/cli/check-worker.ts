import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile, type CheckSettings, type FileSummary } from '../core/check';
import { parseOptions } from '../core/load-ledger';
import { ledgerFileOf, MAX_FILE_BYTES } from '../core/parse/ledger-file';
import { readUpTo } from '../node/read-up-to';
import type { Day } from '../core/values/calendar-day';

/** One worker's share of a big ledger: read, parse and check these files, send back summaries. */
export interface CheckJob {
  readonly paths: readonly string[];
  readonly today: Day;
  readonly currency?: string;
  readonly settings: CheckSettings;
}

/** Reads synchronously: a CLI thread has nothing else to do, and awaiting each read left it idle. */
export async function summarizePaths(job: CheckJob): Promise<FileSummary[]> {
  const options = parseOptions({ currency: job.currency });
  const summaries: FileSummary[] = [];
  for (const path of job.paths) summaries.push(summarizeFile(ledgerFileOf(path, readUpTo(path, MAX_FILE_BYTES), options), job.today, job.settings));
  return summaries;
}

if (parentPort && workerData) {
  const port = parentPort;
  summarizePaths(workerData as CheckJob).then(
    (summaries) => port.postMessage({ summaries }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
}
