import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFile } from '../../../src/core/check';
import { Ledger } from '../../../src/core/ledger';
import { parseOptions } from '../../../src/core/load-ledger';
import { clientIdOf, parseLedgerText } from '../../../src/core/parse/ledger-file';
import type { LspFeature, LspFile, LspFiles, LspFolder } from '../../../src/lsp/lsp-files';
import { day, TODAY } from '../../helpers/ledger-text';

export const EXAMPLES = resolve(__dirname, '../../../../examples/ledger');

/** The URI of a file of a folder, as the server keys it. */
export function uriOf(folder: string, relative: string): string {
  return pathToFileURL(join(folder, relative)).href;
}

/**
 * An LspFiles over a ledger folder read from the disk, parsed as the extension parses it (file
 * URIs as keys, the client id from the file name), on the sample's day. `open` replaces a
 * file's text as an editor's open document would.
 */
export class FakeFiles implements LspFiles {
  private readonly texts = new Map<string, string>();
  private readonly versions = new Map<string, number>();
  readonly folder: LspFolder;

  constructor(workspace = EXAMPLES, ledgerFolder = 'clients') {
    const root = join(workspace, ledgerFolder);
    const ledger = new Ledger();
    this.folder = { root: pathToFileURL(root).href, workspace: pathToFileURL(workspace).href, ledger, thresholds: {}, currency: 'USD' };
    for (const path of markdownFiles(root)) this.set(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  }

  get folders(): readonly LspFolder[] {
    return [this.folder];
  }

  file(uri: string): LspFile | undefined {
    const text = this.texts.get(uri);
    const record = this.folder.ledger.get(uri);
    return text === undefined || !record ? undefined : { uri, text, version: this.versions.get(uri), record, folder: this.folder };
  }

  today() {
    return day(TODAY);
  }

  findings(uri: string) {
    return checkFile(this.folder.ledger, uri, this.today(), { thresholds: this.folder.thresholds });
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, (this.versions.get(uri) ?? 0) + 1);
    this.set(uri, text);
  }

  text(uri: string): string {
    return this.texts.get(uri)!;
  }

  private set(uri: string, text: string): void {
    this.texts.set(uri, text);
    this.folder.ledger.set(parseLedgerText(uri, text, parseOptions({ currency: 'USD', clientIdOf: (file) => clientIdOf(fileURLToPath(file)) })));
  }
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name));
}

type Handler = (params: unknown) => unknown;

/** The handlers a feature installs on a connection, by the name of the method that installed them. */
export function handlersOf(feature: LspFeature, files: LspFiles): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (handler: Handler) => void handlers.set(name, handler);
  const methods = ['onHover', 'onCompletion', 'onDocumentSymbol', 'onFoldingRanges', 'onDefinition', 'onReferences', 'onPrepareRename', 'onRenameRequest', 'onDocumentLinks', 'onDocumentFormatting', 'onDocumentRangeFormatting', 'onWorkspaceSymbol'];
  const connection = Object.fromEntries(methods.map((name) => [name, on(name)]));
  feature.register({ ...connection, languages: { inlayHint: { on: on('inlayHint') } } } as unknown as Connection, files);
  return handlers;
}

/** Asks the handler a feature installed with `method`, as the server would on a request. */
export async function request<R>(feature: LspFeature, files: LspFiles, method: string, params: unknown): Promise<R> {
  const handler = handlersOf(feature, files).get(method);
  if (!handler) throw new Error(`${method} is not installed`);
  return (await handler(params)) as R;
}

/** The 0-based position of the first character of `words` in a text (the first after `after`, when given). */
export function positionOf(text: string, words: string, after = ''): Position {
  const index = text.indexOf(words, after ? text.indexOf(after) : 0);
  if (index === -1) throw new Error(`no ${words} in the text`);
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The text a range of a text covers. */
export function textAt(text: string, range: { start: Position; end: Position }): string {
  const document = TextDocument.create('file:///x.md', 'markdown', 1, text);
  return document.getText(range);
}
