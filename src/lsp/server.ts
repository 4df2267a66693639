import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type InitializeParams, type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS_SECTION } from '../core/settings';
import { mergeCapabilities } from './capabilities';
import { canonicalUri, fileUri } from './file-uri';
import { codeActions } from './lsp-code-actions';
import { rulesDocUri, toDiagnostic } from './lsp-diagnostics';
import { clientSupport, SHOW_COMMAND, type ClientSupport } from './lsp-edits';
import type { LspFeature } from './lsp-files';
import { pulledSettings, pushedSettings } from './lsp-settings';
import { LspWorkspace } from './lsp-workspace';
import { LSP_FEATURES } from './features/index';

/** Typing is re-checked once it pauses this long; other changes are published together after it too. */
const PUBLISH_DELAY_MS = 100;

export interface ServerInfo {
  readonly name: string;
  readonly version?: string;
}

/**
 * The language server on a connection: the ledgers of the client's workspace folders, their
 * findings as diagnostics (published for the files a change may touch), quick fixes, and each
 * feature's requests. Nothing here writes to a file: every change is an edit the client applies.
 */
export function startServer(connection: Connection, info: ServerInfo, features: readonly LspFeature[] = LSP_FEATURES): void {
  const documents = new TextDocuments(TextDocument);
  /** How the client spells each file's URI (publish under its own spelling). */
  const clientUris = new Map<string, string>();
  const openDocument = (key: string) => documents.get(clientUris.get(key) ?? key);
  const workspace = new LspWorkspace(openDocument, (uris) => publisher.queue(uris));
  const publisher = new DiagnosticsPublisher(connection, workspace, documents, (key) => clientUris.get(key) ?? key);
  const logged = (work: Promise<unknown>) => void work.catch((error: unknown) => connection.console.error(describe(error)));
  let capabilities: ClientCapabilities = {};
  let support: ClientSupport = clientSupport({});
  let initialFolders: string[] = [];
  let stopMidnight: () => void = () => undefined;

  const pullSettings = async (): Promise<void> => {
    if (capabilities.workspace?.configuration !== true) return;
    const folders = workspace.workspaceFolders.length > 0 ? workspace.workspaceFolders : initialFolders;
    const values = await connection.workspace.getConfiguration(folders.map((uri) => ({ scopeUri: uri, section: SETTINGS_SECTION }))).catch(() => undefined);
    if (!Array.isArray(values)) return;
    folders.forEach((uri, index) => workspace.settings.pulled.set(uri, pulledSettings(values[index])));
  };

  connection.onInitialize((params) => {
    capabilities = params.capabilities;
    support = clientSupport(capabilities);
    workspace.settings.initial = pushedSettings(params.initializationOptions);
    initialFolders = foldersOf(params).map(canonicalUri);
    const own: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...(support.showDocument ? { executeCommandProvider: { commands: [SHOW_COMMAND] } } : {}),
    };
    return { capabilities: mergeCapabilities(own, ...features.map((feature) => feature.capabilities)), serverInfo: info };
  });

  /** Inlay hints count days and follow the thresholds: the client asks for them again after a new day or new settings. */
  const refreshHints = () => {
    if (capabilities.workspace?.inlayHint?.refreshSupport) logged(connection.languages.inlayHint.refresh());
  };

  connection.onInitialized(() => logged(initialized()));
  const initialized = async () => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }] });
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => canonicalUri(folder.uri)));
        const kept = workspace.workspaceFolders.filter((uri) => !removed.has(uri));
        logged(pullSettings().then(() => workspace.setWorkspaceFolders([...kept, ...event.added.map((folder) => folder.uri)])));
      });
    }
    stopMidnight = everyMidnight(() => {
      workspace.checkDay();
      refreshHints();
    });
    await pullSettings();
    await workspace.setWorkspaceFolders(initialFolders);
  };

  connection.onDidChangeConfiguration((params) => {
    if (typeof params.settings === 'object' && params.settings !== null) workspace.settings.pushed = pushedSettings(params.settings);
    logged(pullSettings().then(() => workspace.reload()).then(refreshHints));
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
      else logged(workspace.refresh(change.uri));
    }
  });

  documents.onDidOpen((event) => {
    clientUris.set(canonicalUri(event.document.uri), event.document.uri);
    publisher.schedule();
  });
  documents.onDidChangeContent(() => publisher.schedule());
  documents.onDidClose((event) => logged(workspace.closeDocument(event.document.uri)));

  connection.onCodeAction((params) => codeActions(workspace, support, params, (message) => connection.console.warn(message)));
  connection.onExecuteCommand(async (params) => {
    if (params.command !== SHOW_COMMAND || typeof params.arguments?.[0] !== 'string') return;
    const [uri, selection] = params.arguments;
    await connection.window.showDocument({ uri, takeFocus: true, ...(selection ? { selection } : {}) });
  });

  for (const feature of features) feature.register(connection, workspace);

  connection.onShutdown(() => {
    stopMidnight();
    publisher.dispose();
  });
  documents.listen(connection);
  connection.listen();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** The workspace folders of `initialize`, else its root. */
function foldersOf(params: InitializeParams): string[] {
  if (params.workspaceFolders) return params.workspaceFolders.map((folder) => folder.uri);
  if (params.rootUri) return [params.rootUri];
  return params.rootPath ? [fileUri(params.rootPath)] : [];
}

/**
 * Diagnostics for the files a change may have touched, sent once typing pauses: the open
 * documents' text is parsed first, so what is published is what she sees. Files with nothing to
 * say are only published to clear what was said before, or when open (with their version).
 */
class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private readonly published = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing = false;
  private readonly docs = rulesDocUri();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: LspWorkspace,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly clientUri: (key: string) => string,
  ) {}

  queue(uris: readonly string[]): void {
    for (const uri of uris) this.pending.add(uri);
    if (uris.length > 0 && !this.flushing) this.schedule();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), PUBLISH_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private flush(): void {
    this.timer = undefined;
    this.flushing = true;
    try {
      // Parsing the open documents reports the files it touches: they are published below.
      this.workspace.syncDocuments(this.documents.all());
      const uris = [...this.pending];
      this.pending.clear();
      for (const key of uris) this.publish(key);
    } catch (error) {
      this.connection.console.error(describe(error));
    } finally {
      this.flushing = false;
    }
  }

  private publish(key: string): void {
    const workspace = this.workspace;
    const open = workspace.openDocument(key);
    const inLedger = workspace.ledgerOf(key)?.ledger.get(key) !== undefined;
    const findings = inLedger ? workspace.findings(key) : [];
    if (findings.length === 0 && !this.published.has(key) && !(open && inLedger)) return;
    const uri = this.clientUri(key);
    const diagnostics = findings.map((finding) => toDiagnostic(finding, uri, this.docs));
    void this.connection.sendDiagnostics({ uri, diagnostics, ...(open ? { version: open.version } : {}) });
    if (findings.length > 0) this.published.add(key);
    else this.published.delete(key);
  }
}

/** Runs `check` just after each local midnight (time-based findings change then); the timer never keeps the process alive. */
function everyMidnight(check: () => void): () => void {
  let timer: ReturnType<typeof setTimeout>;
  const schedule = () => {
    const now = new Date();
    const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0, 1);
    timer = setTimeout(() => {
      check();
      schedule();
    }, next.getTime() - now.getTime());
    timer.unref();
  };
  schedule();
  return () => clearTimeout(timer);
}
