import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkChunks, type ChunkedJob, type ChunkResult, type FileOutcome, type WorkerReply, type WorkerRequest } from './check-worker';

/** What a check is given; the threads' shared counters are added. */
type JobOptions = Omit<ChunkedJob, 'next' | 'done' | 'chunkSize'>;

/** Below this many files the main thread checks them alone: a worker would still be starting. */
const PARALLEL_FROM_FILES = 200;
/** Files a thread claims at a time: small enough that no thread waits long for the last one. */
const CHUNK_FILES = 32;

/**
 * The threads of one check: the main thread checks chunks of the ledger, and so do the workers
 * (one per core beside it, at most 3), which can be started before the ledger is listed, to load
 * their code meanwhile. CLIENT_LEDGER_WORKERS=N sets the number of workers (0 = the main thread
 * alone), for tests and measurement.
 */
export class CheckThreads {
  private readonly workers: Worker[] = [];
  private readonly forced: number | undefined;
  private startError: Error | undefined;

  constructor(private readonly workerScript = join(__dirname, 'check-worker.js')) {
    const forced = process.env.CLIENT_LEDGER_WORKERS;
    this.forced = forced !== undefined && /^\d+$/.test(forced) ? Math.min(Number(forced), 16) : undefined;
  }

  /** Starts the workers now when the ledger has at least `files` files (a lower bound is enough). */
  expect(files: number): void {
    if (this.workers.length > 0) return;
    const count = this.forced ?? (files >= PARALLEL_FROM_FILES ? Math.min(availableParallelism(), 4) - 1 : 0);
    for (let index = 0; index < count; index++) {
      const worker = new Worker(this.workerScript);
      // Until the check listens (a worker that cannot start fails the check, not the process).
      worker.once('error', (error) => (this.startError ??= error));
      this.workers.push(worker);
    }
  }

  /**
   * Every file's outcome, in the order of `job.paths`. The workers are stopped when it settles.
   * `onChecked` learns how many files all threads have checked, after each chunk that comes back.
   */
  async check(job: JobOptions, onChecked?: (files: number) => void): Promise<FileOutcome[]> {
    try {
      return await this.run(job, onChecked);
    } finally {
      this.close();
    }
  }

  /** Stops the workers (those still starting too). */
  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers.length = 0;
  }

  private run(partial: JobOptions, onChecked?: (files: number) => void): Promise<FileOutcome[]> {
    this.expect(partial.paths.length);
    const workers = this.workers;
    const counter = () => new Int32Array(new SharedArrayBuffer(4));
    const job: ChunkedJob = { ...partial, chunkSize: CHUNK_FILES, next: counter(), done: counter() };
    const chunks = Math.ceil(job.paths.length / job.chunkSize);
    const results: FileOutcome[][] = new Array(chunks);
    let received = 0;
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const take = (result: ChunkResult) => {
        results[result.chunk] = result.files;
        onChecked?.(Atomics.load(job.done, 0));
        if (++received === chunks && !settled) {
          settled = true;
          resolve(results.flat());
        }
      };
      if (this.startError) fail(this.startError);
      for (const worker of workers) {
        worker.on('message', (reply: WorkerReply) => {
          if ('result' in reply) take(reply.result);
          else if ('error' in reply) fail(new Error(`check worker failed: ${reply.error}`));
        });
        worker.once('error', fail);
        worker.once('exit', (code) => {
          if (code !== 0) fail(new Error(`check worker stopped (exit code ${code})`));
        });
        worker.postMessage({ job } satisfies WorkerRequest);
      }
      if (chunks === 0) {
        settled = true;
        resolve([]);
        return;
      }
      try {
        checkChunks(job, take);
      } catch (error) {
        fail(error as Error);
      }
    });
  }
}
