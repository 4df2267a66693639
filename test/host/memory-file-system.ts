import * as vscode from 'vscode';

type Entry = { readonly type: vscode.FileType.File; data: Uint8Array; ctime: number; mtime: number } | { readonly type: vscode.FileType.Directory; ctime: number; mtime: number };

/**
 * A file system held in memory, for a workspace folder of another scheme than `file`: what
 * github.dev and vscode.dev give an extension. Every change is reported, watched or not.
 */
export class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now() }]]);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.entry(uri);
    return { type: entry.type, ctime: entry.ctime, mtime: entry.mtime, size: entry.type === vscode.FileType.File ? entry.data.length : 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    if (this.entry(uri).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.entries]
      .filter(([path]) => path !== '/' && path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path, entry]) => [path.slice(prefix.length), entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    if (this.entries.has(uri.path)) throw vscode.FileSystemError.FileExists(uri);
    this.parentOf(uri);
    this.entries.set(uri.path, { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now() });
    this.fire(vscode.FileChangeType.Created, uri);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.entry(uri);
    if (entry.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const entry = this.entries.get(uri.path);
    if (entry?.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!entry && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (entry && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.parentOf(uri);
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content.slice(), ctime: entry?.ctime ?? Date.now(), mtime: Date.now() });
    this.fire(entry ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri);
  }

  delete(uri: vscode.Uri, options: { readonly recursive: boolean }): void {
    this.entry(uri);
    const inside = [...this.entries.keys()].filter((path) => path.startsWith(`${uri.path}/`));
    if (inside.length > 0 && !options.recursive) throw vscode.FileSystemError.NoPermissions(`${uri.path} is not empty`);
    for (const path of [uri.path, ...inside]) this.entries.delete(path);
    this.fire(vscode.FileChangeType.Deleted, uri);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { readonly overwrite: boolean }): void {
    this.entry(from);
    if (this.entries.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.parentOf(to);
    for (const [path, entry] of [...this.entries]) {
      if (path !== from.path && !path.startsWith(`${from.path}/`)) continue;
      this.entries.delete(path);
      this.entries.set(to.path + path.slice(from.path.length), entry);
    }
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }

  private entry(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }

  private parentOf(uri: vscode.Uri): void {
    const parent = vscode.Uri.joinPath(uri, '..');
    if (this.entries.get(parent.path)?.type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotFound(parent);
  }

  private fire(type: vscode.FileChangeType, uri: vscode.Uri): void {
    this.changed.fire([{ type, uri }]);
  }
}
