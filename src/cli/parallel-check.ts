import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileSummary } from '../core/check';
import { summarizePaths, type CheckJob } from './check-worker';

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM_FILES = 400;

/**
 * Summaries of every file, on worker threads for big ledgers (one per core, at most 4).
 * CLIENT_LEDGER_WORKERS=N sets the count (0 = in this thread), for tests and measurement.
 */
export async function summarizeInParallel(job: CheckJob, workerScript = join(__dirname, 'check-worker.js')): Promise<FileSummary[]> {
  const count = workerCount(job.paths.length);
  if (count === 0) return summarizePaths(job);
  const shares = Array.from({ length: count }, (_, index) => job.paths.filter((_path, at) => at % count === index));
  const results = await Promise.all(shares.map((paths) => runWorker(workerScript, { ...job, paths })));
  return results.flat();
}

function workerCount(files: number): number {
  const forced = process.env.CLIENT_LEDGER_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  if (files < PARALLEL_FROM_FILES) return 0;
  return Math.min(availableParallelism(), 4);
}

function runWorker(script: string, job: CheckJob): Promise<FileSummary[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (message: { summaries?: FileSummary[]; error?: string }) => {
      if (message.summaries) resolve(message.summaries);
      else reject(new Error(`check worker failed: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
