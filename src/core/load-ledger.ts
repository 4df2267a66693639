import type { LedgerFile } from './model';
import { Ledger } from './ledger';
import { parseLedgerBytes, type ParseOptions } from './parse/ledger-file';
import { FILE_START } from './parse/source-text';
import { CLIENT_RULES } from './rules/index';
import type { LedgerStore } from './store';
import { mapLimited } from './map-limited';

export interface LoadOptions {
  /** Currency of records without `currency`; default USD. */
  readonly currency?: string;
}

/** Only the rules about a client can be snoozed in its record. */
const SNOOZABLE_RULE_IDS = CLIENT_RULES.map((rule) => rule.id);

export function parseOptions(options: LoadOptions = {}): ParseOptions {
  return { currency: options.currency ?? 'USD', ruleIds: SNOOZABLE_RULE_IDS };
}

/** Reads and parses every file of the store; a file that cannot be read becomes a finding, not a failure. */
export async function loadLedger(store: LedgerStore, options: LoadOptions = {}): Promise<Ledger> {
  const parse = parseOptions(options);
  const paths = await store.list();
  const files = await mapLimited(paths, READ_CONCURRENCY, (path) => loadFile(store, path, parse));
  return new Ledger(files);
}

/** Enough reads in flight to keep the disk busy, few enough to stay under open-file limits. */
const READ_CONCURRENCY = 64;

async function loadFile(store: LedgerStore, path: string, options: ParseOptions): Promise<LedgerFile> {
  try {
    return parseLedgerBytes(path, await store.read(path), options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { type: 'broken', file: path, problems: [{ rule: 'file-unreadable', range: FILE_START, message: `File could not be read: ${reason}` }] };
  }
}
