import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { documentTitle, draftRecordUpdate } from '../core/documents/document-actions';
import { documentContext, type DocumentContext } from '../core/documents/document-facts';
import { draftContents } from '../core/documents/draft-contents';
import { decodeTemplate, TEMPLATE_FOLDER, type TemplateRead } from '../core/documents/document-template';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import { draftPaths, type DocumentRequest } from '../core/documents/render-document';
import type { ClientRecord } from '../core/model';
import type { Day } from '../core/values/calendar-day';
import { canonicalUri, filePath, fileUri } from './file-uri';
import { showCommand, textEdits, type ClientSupport } from './lsp-edits';
import type { LspFile } from './lsp-files';
import type { WorkspaceLedger } from './lsp-workspace';

/**
 * The code actions that draft a document beside the record (`<record folder>/<id>/<date>-<kind>.md`)
 * through a WorkspaceEdit that creates the files: only when the client can create files, and
 * nothing when one of them is there already (a created file must never land on hers). A draft
 * that implies a change to the record is offered with it (one edit) and without it, as in the
 * extension.
 */
export async function draftActions(
  request: DocumentRequest, client: ClientRecord, file: LspFile, folder: WorkspaceLedger,
  today: Day, support: ClientSupport, warn: (message: string) => void,
): Promise<CodeAction[]> {
  if (!support.createFiles) return [];
  const recordPath = filePath(canonicalUri(file.uri));
  const paths = recordPath === undefined ? undefined : draftPaths(request, client, today);
  if (!paths) return [];
  const targets = paths.map((path) => join(dirname(recordPath!), ...path.segments));
  if (targets.some((target) => existsSync(target))) return [];
  const texts = await draftTexts(request, client, folder, documentContext(client, today, folder.thresholds), warn);
  if (!texts || texts.length !== targets.length) return [];
  // ignoreIfExists: a file made in the meantime is left alone (an editor told to create a file
  // that exists without it may empty the file first).
  const creates = targets.flatMap((target, index) => [
    CreateFile.create(fileUri(target), { ignoreIfExists: true }),
    TextDocumentEdit.create({ uri: fileUri(target), version: null }, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: texts[index] }]),
  ]);
  const title = documentTitle(request);
  const action = (name: string, recordEdits: TextDocumentEdit[]): CodeAction => {
    const command = showCommand(support, fileUri(targets[0]));
    return { title: name, kind: CodeActionKind.QuickFix, edit: { documentChanges: [...creates, ...recordEdits] }, ...(command ? { command } : {}) };
  };
  const update = draftRecordUpdate(request, client, file.text, today);
  if (!update) return [action(title, [])];
  return [
    action(`${title}, and set ${update.keys}`, [TextDocumentEdit.create({ uri: file.uri, version: file.version ?? null }, textEdits(update.edit))]),
    action(`${title} (record unchanged)`, []),
  ];
}

/** Attaches the diagnostic each action answers. */
export function answering(actions: CodeAction[], diagnostic: Diagnostic): CodeAction[] {
  return actions.map((action) => ({ ...action, diagnostics: [diagnostic] }));
}

/** Each file's text, as the extension drafts it: the main one from the workspace's template for its kind when there is one. */
async function draftTexts(request: DocumentRequest, client: ClientRecord, folder: WorkspaceLedger, context: DocumentContext, warn: (message: string) => void): Promise<string[] | undefined> {
  const workspace = filePath(folder.workspace);
  const template = workspace === undefined ? undefined : await readTemplate(join(workspace, ...TEMPLATE_FOLDER, `${request.kind}.md`));
  const drafted = draftContents(request, client, context, await loadMarkdownWriter(), template);
  drafted?.warnings.forEach(warn);
  return drafted?.files.map((draft) => draft.text);
}

/** A template's text, or why it cannot be used; undefined when there is none. */
async function readTemplate(path: string): Promise<TemplateRead | undefined> {
  try {
    return decodeTemplate(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : { problem: (error as Error).message };
  }
}
