import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeFile, type CheckSettings, type FileSummary } from '../core/check';
import { parseOptions } from '../core/load-ledger';
import { MAX_FILE_BYTES, oversizedFile, parseLedgerBytes } from '../core/parse/ledger-file';
import { FILE_START } from '../core/parse/source-text';
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
  for (const path of job.paths) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = readUpTo(path, MAX_FILE_BYTES);
    } catch (error) {
      const message = `File could not be read: ${error instanceof Error ? error.message : String(error)}`;
      summaries.push(summarizeFile({ type: 'broken', file: path, problems: [{ rule: 'file-unreadable', range: FILE_START, message }] }, job.today, job.settings));
      continue;
    }
    const file = bytes === undefined ? oversizedFile(path) : parseLedgerBytes(path, bytes, options);
    summaries.push(summarizeFile(file, job.today, job.settings));
  }
  return summaries;
}

/** The file's bytes (the same system calls as readFileSync), or undefined when it is over the limit and not read. */
function readUpTo(path: string, limit: number): Uint8Array | undefined {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) return undefined;
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    for (let read = 1; filled < size && read > 0; filled += read) read = readSync(fd, buffer, filled, size - filled, null);
    return filled === size ? buffer : buffer.subarray(0, filled);
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
