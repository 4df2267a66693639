import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  CodeActionRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  ShutdownRequest, type ClientCapabilities, type ConfigurationItem, type ConfigurationParams, type CodeAction, type Command, type Diagnostic, type InitializeResult,
  type PublishDiagnosticsParams, type Range, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');

/** A copy of the sample ledger (examples/ledger, its records in clients/) to be the workspace folder; removed by `remove`. */
export function sampleWorkspace(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'client-ledger-lsp-'));
  cpSync(join(ROOT, 'examples/ledger'), folder, { recursive: true });
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Every markdown file under a folder, as absolute paths. */
export function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function relativeFile(folder: string, uri: string): string {
  return relative(folder, new URL(uri).pathname).split('\\').join('/');
}

/** What a client like Neovim or Helix says it can do: versioned edits, file creation, watched files, showDocument. */
export const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: {
    workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
  },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, isPreferredSupport: true },
  },
  window: { showDocument: { support: true } },
};

export interface StartOptions {
  readonly initializationOptions?: unknown;
  readonly capabilities?: ClientCapabilities;
  /** The command line after `node dist/cli.js`; default `lsp --stdio`. */
  readonly args?: string[];
  /** The client's answer to each item of a workspace/configuration request (null when undefined). */
  readonly configuration?: (item: ConfigurationItem) => unknown;
}

interface Waiter {
  readonly uri: string;
  readonly test: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

/**
 * A language client over the server's standard input and output (`node dist/cli.js lsp --stdio`),
 * speaking through vscode-jsonrpc: it keeps the latest diagnostics of each file and lets a
 * test wait for the ones it expects. Waits end on the notification, never on a clock.
 */
export class LspTestClient {
  /** The latest diagnostics published for each URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Everything the server wrote on standard error. */
  stderr = '';
  /** What went wrong on the connection (a message that could not be read: something else on standard output). */
  readonly errors: string[] = [];
  /** Requests the server sent to the client (client/registerCapability, window/showDocument...), by method. */
  readonly requests: { method: string; params: unknown }[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection, configuration?: (item: ConfigurationItem) => unknown) {
    process.stderr!.setEncoding('utf8').on('data', (text: string) => (this.stderr += text));
    this.exited = new Promise((done) => process.on('exit', (code) => done(code)));
    connection.onError(([error]) => this.errors.push(error.message));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.test(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.onRequest((method, params) => {
      this.requests.push({ method, params });
      if (method === 'workspace/configuration') return (params as ConfigurationParams).items.map((item) => configuration?.(item) ?? null);
      return method === 'window/showDocument' ? { success: true } : null;
    });
    connection.listen();
  }

  /** Starts the server and initializes it on the workspace folder; `initialized` sent. */
  static async start(folder: string, options: StartOptions = {}): Promise<{ client: LspTestClient; result: InitializeResult }> {
    const child = spawn(process.execPath, [CLI, ...(options.args ?? ['lsp', '--stdio'])], { cwd: folder, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspTestClient(child, connection, options.configuration);
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uriOf(folder),
      workspaceFolders: [{ uri: uriOf(folder), name: 'ledger' }],
      capabilities: options.capabilities ?? CLIENT_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? { clientLedger: { today: '2026-11-20' } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, result };
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  configure(settings: unknown): Promise<void> {
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const actions = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (actions ?? []).filter((action): action is CodeAction => !isCommand(action));
  }

  /** The next (or latest) diagnostics of a file that pass the test. */
  diagnosticsWhen(uri: string, test: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const latest = this.diagnostics.get(uri);
    if (latest && test(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.push({ uri, test, resolve }));
  }

  /** Diagnostics published for this version of the open document. */
  diagnosticsOfVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsWhen(uri, (params) => params.version === version);
  }

  /** shutdown, exit; the process's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server without the protocol's goodbye (a test that failed half-way). */
  kill(): void {
    this.connection.dispose();
    this.process.kill();
  }

  get exitCode(): Promise<number | null> {
    return this.exited;
  }
}

function isCommand(action: CodeAction | Command): action is Command {
  return typeof (action as Command).command === 'string' && (action as CodeAction).kind === undefined && (action as CodeAction).edit === undefined;
}
