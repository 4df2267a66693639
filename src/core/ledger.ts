import type { BrokenFile, ClientRecord, DocumentRecord, LedgerFile } from './model';

/**
 * The parsed ledger, kept current one file at a time: files by path, client ids to records,
 * documents by the client they name. Everything derived from it is computed on demand.
 */
export class Ledger {
  private readonly byPath = new Map<string, LedgerFile>();
  private readonly clientPaths = new Map<string, Set<string>>();
  private readonly documentPaths = new Map<string, Set<string>>();
  private sorted: LedgerFile[] | undefined;

  constructor(files: Iterable<LedgerFile> = []) {
    for (const file of files) this.set(file);
  }

  /** Adds or replaces a file; returns every path whose findings may have changed. */
  set(file: LedgerFile): string[] {
    const before = this.delete(file.file);
    this.byPath.set(file.file, file);
    this.sorted = undefined;
    const key = keyOf(file);
    if (file.type === 'client') addTo(this.clientPaths, key!, file.file);
    if (file.type === 'document') addTo(this.documentPaths, key!, file.file);
    return unique([...before, file.file, ...this.neighbours(key)]);
  }

  /** Removes a file; returns the paths whose findings may have changed (the removed one included). */
  delete(path: string): string[] {
    const old = this.byPath.get(path);
    if (!old) return [];
    this.byPath.delete(path);
    this.sorted = undefined;
    const key = keyOf(old);
    if (old.type === 'client') removeFrom(this.clientPaths, key!, path);
    if (old.type === 'document') removeFrom(this.documentPaths, key!, path);
    return unique([path, ...this.neighbours(key)]);
  }

  get(path: string): LedgerFile | undefined {
    return this.byPath.get(path);
  }

  /** Every file, in path order, so results never depend on the order files were read in. */
  get files(): readonly LedgerFile[] {
    this.sorted ??= [...this.byPath.values()].sort((a, b) => compare(a.file, b.file));
    return this.sorted;
  }

  get clients(): ClientRecord[] {
    return this.files.filter((file): file is ClientRecord => file.type === 'client');
  }

  /** Files that look like client records but whose frontmatter cannot be read, in path order. */
  get unreadableClients(): BrokenFile[] {
    return this.files.filter((file): file is BrokenFile => file.type === 'broken' && file.clientId !== undefined);
  }

  /** The record with this id (ignoring case); with duplicates, the first by path. */
  client(id: string): ClientRecord | undefined {
    const paths = this.clientPaths.get(id.toLowerCase());
    return paths ? (this.byPath.get(firstOf(paths)) as ClientRecord) : undefined;
  }

  /** The record that already has this client's id, when this one is a duplicate. */
  duplicateOf(client: ClientRecord): ClientRecord | undefined {
    const first = this.client(client.id);
    return first && first !== client ? first : undefined;
  }

  documentsOf(client: ClientRecord): DocumentRecord[] {
    const paths = this.documentPaths.get(client.id.toLowerCase()) ?? new Set<string>();
    return [...paths].sort(compare).map((path) => this.byPath.get(path) as DocumentRecord);
  }

  private neighbours(key: string | undefined): string[] {
    if (key === undefined) return [];
    return [...(this.clientPaths.get(key) ?? []), ...(this.documentPaths.get(key) ?? [])];
  }
}

function keyOf(file: LedgerFile): string | undefined {
  if (file.type === 'client') return file.id.toLowerCase();
  if (file.type === 'document') return file.clientId.toLowerCase();
  return undefined;
}

function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  let paths = map.get(key);
  if (!paths) map.set(key, (paths = new Set()));
  paths.add(path);
}

function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const paths = map.get(key);
  paths?.delete(path);
  if (paths?.size === 0) map.delete(key);
}

function firstOf(paths: Set<string>): string {
  let first: string | undefined;
  for (const path of paths) if (first === undefined || compare(path, first) < 0) first = path;
  return first!;
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
