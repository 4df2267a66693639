import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { LedgerStore } from '../core/store';

/**
 * The ledger folder on disk. Subfolders are searched; hidden folders and node_modules are not,
 * and a symbolic link is followed only when it stays inside the folder.
 */
export class NodeStore implements LedgerStore {
  constructor(private readonly root: string) {}

  /** `onRoot` learns how many entries the folder itself holds as soon as it is read (a ledger's size, early). */
  async list(onRoot?: (entries: number) => void): Promise<string[]> {
    const rootReal = await realpath(this.root);
    const found: string[] = [];
    await this.walk(this.root, rootReal, found, new Set([rootReal]), onRoot);
    return found.sort();
  }

  /**
   * Whether `list` would name this path: a markdown file below the folder, in no hidden folder
   * nor node_modules, that stays inside the folder once links are followed (a file reported by a
   * watcher is read only then).
   */
  async lists(path: string): Promise<boolean> {
    const rel = relative(this.root, path);
    if (rel === '' || !isInside(this.root, path) || !path.toLowerCase().endsWith('.md')) return false;
    if (rel.split(sep).some((segment) => segment.startsWith('.') || segment === 'node_modules')) return false;
    const [rootReal, target] = await Promise.all([realpath(this.root), realpath(path).catch(() => undefined)]);
    return target !== undefined && isInside(rootReal, target);
  }

  read(path: string): Promise<Uint8Array> {
    return readFile(path);
  }

  private async walk(folder: string, rootReal: string, found: string[], visited: Set<string>, onRead?: (entries: number) => void): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    onRead?.(entries.length);
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => undefined);
        if (!target || !isInside(rootReal, target) || visited.has(target)) continue;
        const kind = await stat(target);
        isDirectory = kind.isDirectory();
        isFile = kind.isFile();
        if (isDirectory) visited.add(target);
      }
      if (isDirectory) await this.walk(path, rootReal, found, visited);
      else if (isFile && entry.name.toLowerCase().endsWith('.md')) found.push(path);
    }
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
