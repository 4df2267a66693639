import type { LedgerFile } from './model';
import { Ledger } from './ledger';
import { ledgerFileOf, type ParseOptions } from './parse/ledger-file';
import { CLIENT_RULES } from './rules/index';
import type { LedgerStore } from './store';
import { mapLimited } from './map-limited';

export interface LoadOptions {
  /** Currency of records without `currency`; default USD. */
  readonly currency?: string;
  /** The client id of a record's file, when paths are not plain file paths (the extension's URIs). */
  readonly clientIdOf?: (file: string) => string;
  /** Told how many files are read of how many: once the store is listed (0 of them), then after each file. */
  readonly onRead?: (read: number, total: number) => void;
}

/** Only the rules about a client can be snoozed in its record. */
const SNOOZABLE_RULE_IDS = CLIENT_RULES.map((rule) => rule.id);

export function parseOptions(options: LoadOptions = {}): ParseOptions {
  const parse = { currency: options.currency ?? 'USD', ruleIds: SNOOZABLE_RULE_IDS };
  return options.clientIdOf ? { ...parse, clientIdOf: options.clientIdOf } : parse;
}

/** Reads and parses every file of the store; a file that cannot be read becomes a finding, not a failure. */
export async function loadLedger(store: LedgerStore, options: LoadOptions = {}): Promise<Ledger> {
  const parse = parseOptions(options);
  const paths = await store.list();
  let read = 0;
  options.onRead?.(read, paths.length);
  const files = await mapLimited(paths, READ_CONCURRENCY, async (path) => {
    const file = await loadFile(store, path, parse);
    options.onRead?.(++read, paths.length);
    return file;
  });
  return new Ledger(files);
}

/** Enough reads in flight to keep the disk busy, few enough to stay under open-file limits. */
const READ_CONCURRENCY = 64;

async function loadFile(store: LedgerStore, path: string, options: ParseOptions): Promise<LedgerFile> {
  const read = await store.read(path).then((bytes) => ({ bytes }), (error: unknown) => ({ error }));
  return ledgerFileOf(path, read, options);
}
