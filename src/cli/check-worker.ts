import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile, type CheckSettings, type FileSummary } from '../core/check';
import { parseOptions } from '../core/load-ledger';
import { ledgerFileOf, MAX_FILE_BYTES, type ReadOutcome } from '../core/parse/ledger-file';
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

/** The file's bytes (the same system calls as readFileSync), none when it is over the limit, or the error. */
function readUpTo(path: string, limit: number): ReadOutcome {
  try {
    return bytesUpTo(path, limit);
  } catch (error) {
    return { error };
  }
}

function bytesUpTo(path: string, limit: number): ReadOutcome {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) return { tooLarge: true };
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    for (let read = 1; filled < size && read > 0; filled += read) read = readSync(fd, buffer, filled, size - filled, null);
    return { bytes: filled === size ? buffer : buffer.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}

if (parentPort && workerData) {
  const port = parentPort;
  summarizePaths(workerData as CheckJob).then(
    (summaries) => port.postMessage({ summaries }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
}
