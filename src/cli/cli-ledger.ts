import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Ledger } from '../core/ledger';
import type { ClientRecord } from '../core/model';
import { closestWord } from '../core/parse/closest-word';
import { loadLedger } from '../core/load-ledger';
import type { LedgerStore } from '../core/store';
import { UsageError, type CliIo } from './cli-io';
import { NodeStore } from './node-store';
import { startProgress } from './progress';
import { displayPath } from './render-findings';

/** A ledger folder as a command names it: its absolute path, and the ledger read from it. */
export interface CliLedger {
  readonly folder: string;
  readonly ledger: Ledger;
}

export interface ReadOptions {
  readonly currency?: string;
  /** Show the progress line on a terminal while the ledger is read (default true); false when the output is for a program (JSON, a calendar). */
  readonly progress?: boolean;
}

/** Reads the ledger folder a command was given (relative to its directory); "no such folder" when it is not one. */
export async function readCliLedger(io: CliIo, given: string, options: ReadOptions = {}): Promise<CliLedger> {
  const folder = resolve(io.cwd, given);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${given}`);
  return { folder, ledger: await loadCliLedger(io, new NodeStore(folder), options) };
}

/** loadLedger with the progress line (startProgress), erased before the caller prints anything. */
export async function loadCliLedger(io: CliIo, store: LedgerStore, options: ReadOptions = {}): Promise<Ledger> {
  const progress = startProgress(io, options.progress ?? true);
  try {
    return await loadLedger(store, { currency: options.currency, onRead: (read, total) => progress.update(read, total) });
  } finally {
    progress.end();
  }
}

/** The record with the id (any case), else the one record with that name; a usage error naming what is wrong otherwise. */
export function findClient(ledger: Ledger, given: string, folder: string, cwd: string): ClientRecord {
  const wanted = given.trim();
  const byId = ledger.client(wanted);
  if (byId) return byId;
  const unreadable = ledger.unreadableClients.find((file) => file.clientId!.toLowerCase() === wanted.toLowerCase());
  if (unreadable) {
    const problem = unreadable.problems[0];
    const why = problem ? `: line ${problem.range.start.line}: ${problem.message}` : '';
    throw new UsageError(`the client record ${displayPath(cwd, unreadable.file)} cannot be read${why}; fix it, then run this again`);
  }
  const byName = ledger.clients.filter((client) => client.name.trim().toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) throw new UsageError(`"${wanted}" is the name of ${byName.length} clients (${byName.map((client) => client.id).join(', ')}): give the id`);
  const known = [...ledger.clients.map((client) => client.id), ...ledger.unreadableClients.map((file) => file.clientId!)];
  const guess = closestWord(wanted, known) ?? closestWord(wanted, ledger.clients.map((client) => client.name));
  throw new UsageError(`no client "${wanted}" in ${folder}${guess === undefined ? '' : ` (did you mean ${guess}?)`}`);
}
