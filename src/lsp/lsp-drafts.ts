import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { documentTitle, draftRecordUpdate } from '../core/documents/document-actions';
import { documentContext, type DocumentContext } from '../core/documents/document-facts';
import { fillTemplate, TEMPLATE_FOLDER } from '../core/documents/document-template';
import { loadMarkdownWriter, type MarkdownWriter } from '../core/documents/markdown-writer';
import { draftFiles, draftPaths, renderDraft, type DocumentRequest } from '../core/documents/render-document';
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

/** Each file's text: the built-in document, or for the main one the workspace's template for its kind when there is one. */
async function draftTexts(request: DocumentRequest, client: ClientRecord, folder: WorkspaceLedger, context: DocumentContext, warn: (message: string) => void): Promise<string[] | undefined> {
  const writer = await loadMarkdownWriter();
  const files = draftFiles(request, client, context);
  if (!files) return undefined;
  const main = fromTemplate(folder, request, client, context, writer, warn);
  return files.map((draft, index) => (index === 0 && main !== undefined ? main : renderDraft(draft, client, context.today, writer)));
}

const MAX_TEMPLATE_BYTES = 256 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function fromTemplate(folder: WorkspaceLedger, request: DocumentRequest, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter, warn: (message: string) => void): string | undefined {
  const workspace = filePath(folder.workspace);
  if (workspace === undefined) return undefined;
  const template = readTemplate(join(workspace, ...TEMPLATE_FOLDER, `${request.kind}.md`));
  if (template?.text !== undefined) {
    const filled = fillTemplate(template.text, request, client, context, writer);
    for (const warning of filled?.warnings ?? []) warn(`Template ${request.kind}.md: ${warning}`);
    if (filled) return filled.text;
  }
  if (template?.problem) warn(`Template ${request.kind}.md not used (${template.problem}); the built-in one was.`);
  return undefined;
}

/** A template's text; a missing one is no problem, an unreadable one is. */
function readTemplate(path: string): { text?: string; problem?: string } | undefined {
  try {
    if (statSync(path).size > MAX_TEMPLATE_BYTES) return { problem: `over ${MAX_TEMPLATE_BYTES / 1024} KB` };
    return { text: utf8.decode(readFileSync(path)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    return { problem: error instanceof TypeError ? 'not UTF-8 text' : (error as Error).message };
  }
}
