import { parentPort } from 'node:worker_threads';
import { mayHaveLedgerFindings, sortFindings, summarizeFile, type CheckSettings, type FileSummary } from '../core/check';
import type { ClientRef } from '../core/model';
import { parseOptions } from '../core/load-ledger';
import { clientIdOf, ledgerFileOf, MAX_FILE_BYTES, type ParseOptions } from '../core/parse/ledger-file';
import { readUpTo } from '../node/read-up-to';
import type { Day } from '../core/values/calendar-day';
import { displayPath, renderFindings, type StreamFormat } from './render-findings';

/**
 * A check of the whole ledger shared by threads: the paths in order, cut in chunks that each
 * thread claims in turn (`next`, shared), so that a thread never waits for another's share.
 */
export interface ChunkedJob {
  readonly paths: readonly string[];
  readonly chunkSize: number;
  /** Int32Array on a SharedArrayBuffer: [0] is the next chunk to claim. */
  readonly next: Int32Array;
  /** Int32Array on a SharedArrayBuffer: [0] is how many files the threads have checked (the progress line). */
  readonly done: Int32Array;
  readonly today: Day;
  readonly currency?: string;
  readonly settings: CheckSettings;
  /** Render the findings of each file here, or send its summary (undefined: every file's summary). */
  readonly format?: StreamFormat;
  /** For rendered paths: the current directory they are shown relative to. */
  readonly cwd: string;
  /** Client ids (lower case) that more than one file of the ledger may have. */
  readonly sharedIds: readonly string[];
}

/** What a thread sends back of one file. */
export interface FileOutcome {
  readonly type: FileSummary['type'];
  readonly unreadableClient?: true;
  /** A client record's id and place (the ledger-wide findings look clients up by id). */
  readonly client?: ClientRef;
  /** The file's findings as the output shows them, final: no ledger-wide finding can join them. */
  readonly rendered?: string;
  /** How many findings `rendered` holds of each severity: error, warning, info, hint. */
  readonly counts?: readonly [number, number, number, number];
  /** Otherwise the summary, for the main thread to add the ledger-wide findings. */
  readonly summary?: FileSummary;
}

export interface ChunkResult {
  readonly chunk: number;
  readonly files: FileOutcome[];
}

/** Claims chunks of the job until none is left; `send` receives each chunk's outcomes. */
export function checkChunks(job: ChunkedJob, send: (result: ChunkResult) => void): void {
  const options = parseOptions({ currency: job.currency });
  const sharedIds = new Set(job.sharedIds);
  const chunks = Math.ceil(job.paths.length / job.chunkSize);
  for (let chunk = Atomics.add(job.next, 0, 1); chunk < chunks; chunk = Atomics.add(job.next, 0, 1)) {
    const end = Math.min((chunk + 1) * job.chunkSize, job.paths.length);
    const files: FileOutcome[] = [];
    for (let index = chunk * job.chunkSize; index < end; index++) files.push(checkPath(job, job.paths[index], options, sharedIds));
    Atomics.add(job.done, 0, files.length);
    send({ chunk, files });
  }
}

function checkPath(job: ChunkedJob, path: string, options: ParseOptions, sharedIds: ReadonlySet<string>): FileOutcome {
  const summary = summarizeFile(ledgerFileOf(path, readUpTo(path, MAX_FILE_BYTES), options), job.today, job.settings);
  // A client's id is its file name here; the main thread checks that no ledger-wide finding was missed.
  const final = job.format !== undefined && !mayHaveLedgerFindings(summary, sharedIds) && (summary.client === undefined || summary.client.id === clientIdOf(path));
  if (!final) return { type: summary.type, summary };
  const base = summary.unreadableClient ? { type: summary.type, unreadableClient: true as const } : { type: summary.type };
  const known = summary.client === undefined ? base : { ...base, client: summary.client };
  // sortFindings as checkSummaries would (stable: a sorted list stays as it is).
  const findings = sortFindings([...summary.findings]);
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (const finding of findings) counts[SEVERITY_INDEX[finding.severity]]++;
  return { ...known, rendered: renderFindings(job.format!, displayPath(job.cwd, path), findings), counts };
}

const SEVERITY_INDEX = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** The worker's messages: `{ job }` starts a chunked check (the worker may be started before the ledger is listed). */
export type WorkerRequest = { readonly job: ChunkedJob };
export type WorkerReply = { readonly result: ChunkResult } | { readonly error: string };

if (parentPort) {
  const port = parentPort;
  port.once('message', (request: WorkerRequest) => {
    try {
      checkChunks(request.job, (result) => port.postMessage({ result } satisfies WorkerReply));
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerReply);
    }
  });
}
