/**
 * Where ledger files come from. The CLI reads the disk, the extension reads through
 * vscode.workspace.fs and open documents, tests use MemoryStore.
 */
export interface LedgerStore {
  /** Paths of every markdown file of the ledger, as the store names them. */
  list(): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
}

export class MemoryStore implements LedgerStore {
  private readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  async list(): Promise<string[]> {
    return [...this.files.keys()].filter((path) => path.toLowerCase().endsWith('.md'));
  }

  async read(path: string): Promise<Uint8Array> {
    const content = this.files.get(path);
    if (!content) throw new Error(`ENOENT: no such file ${path}`);
    return content;
  }
}
