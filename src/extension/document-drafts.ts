import * as vscode from 'vscode';
import { fileExists } from './file-exists';
import { documentTitle, recordUpdateAfter } from '../core/documents/document-actions';
import { documentContext } from '../core/documents/document-facts';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import { documentPath, renderDocument, type DocumentRequest } from '../core/documents/render-document';
import { fillTemplate, TEMPLATE_FOLDER } from '../core/documents/document-template';
import type { ClientRecord } from '../core/model';
import { toWorkspaceEdit } from './code-actions';
import type { LedgerWorkspace } from './ledger-workspace';

export const AFTER_DRAFT_COMMAND = 'clientLedger.afterDraft';

/**
 * Scaffolded documents: `<record folder>/<id>/<date>-<kind>.md`, created by a WorkspaceEdit
 * that never writes over a file (an existing one is opened instead); then the record update
 * the document implies, asked first.
 */
export class DocumentDrafts {
  constructor(private readonly workspace: LedgerWorkspace) {}

  /**
   * A code action that drafts the document, or opens the one already there. The document is
   * only written out when the action is picked (resolve), not each time the lightbulb asks.
   */
  async action(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): Promise<vscode.CodeAction | undefined> {
    const target = this.target(request, client, recordUri);
    if (!target) return undefined;
    const title = documentTitle(request);
    if (await fileExists(target)) {
      const open = new vscode.CodeAction(`${title}: open the one drafted today`, vscode.CodeActionKind.QuickFix);
      open.command = { title: 'Open', command: 'vscode.open', arguments: [target] };
      return open;
    }
    return new DraftAction(title, { request, client, recordUri, target });
  }

  /** Fills in a draft action's edit (create the file, never over an existing one) and what follows. */
  async resolve(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof DraftAction) || action.edit) return action;
    const { request, client, recordUri, target } = action.draft;
    const contents = await this.render(request, client, recordUri);
    if (contents === undefined) return action;
    action.edit = new vscode.WorkspaceEdit();
    action.edit.createFile(target, { contents: new TextEncoder().encode(contents), ignoreIfExists: true });
    action.command = { title: 'Open the draft', command: AFTER_DRAFT_COMMAND, arguments: [target, recordUri, request] };
    return action;
  }

  target(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): vscode.Uri | undefined {
    const segments = documentPath(request, client, this.workspace.today());
    return segments && vscode.Uri.joinPath(recordUri, '..', ...segments);
  }

  /** The built-in document, or the workspace's template for its kind when there is one. */
  async render(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): Promise<string | undefined> {
    const writer = await loadMarkdownWriter();
    const entry = this.workspace.ledgerOf(recordUri);
    const context = documentContext(client, this.workspace.today(), entry?.config.thresholds ?? {});
    const template = entry && (await readTemplate(vscode.Uri.joinPath(entry.folder.uri, ...TEMPLATE_FOLDER, `${request.kind}.md`)));
    if (template?.text !== undefined) {
      const filled = fillTemplate(template.text, request, client, context, writer);
      for (const warning of filled?.warnings ?? []) void vscode.window.showWarningMessage(`Template ${request.kind}.md: ${warning}`);
      if (filled) return filled.text;
    }
    if (template?.problem) void vscode.window.showWarningMessage(`Template ${request.kind}.md not used (${template.problem}); the built-in one was.`);
    return renderDocument(request, client, context, writer);
  }

  /** Opens the draft beside the record, then offers the record update it implies. */
  async afterDraft(target: vscode.Uri, recordUri: vscode.Uri, request: DocumentRequest): Promise<void> {
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const record = await vscode.workspace.openTextDocument(recordUri);
    const client = this.workspace.parseDocument(record);
    if (client?.type !== 'client') return;
    const update = recordUpdateAfter(request, client, record.getText(), this.workspace.today());
    if (!update) return;
    const answer = await vscode.window.showInformationMessage(update.question, 'Update the Record', 'Not Now');
    if (answer === 'Update the Record') await vscode.workspace.applyEdit(toWorkspaceEdit(recordUri, update.edit));
  }
}

interface Draft {
  readonly request: DocumentRequest;
  readonly client: ClientRecord;
  readonly recordUri: vscode.Uri;
  readonly target: vscode.Uri;
}

class DraftAction extends vscode.CodeAction {
  constructor(title: string, readonly draft: Draft) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

const MAX_TEMPLATE_BYTES = 256 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A template's text; a missing one is no problem, an unreadable one is. */
async function readTemplate(uri: vscode.Uri): Promise<{ text?: string; problem?: string } | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  if (bytes.length > MAX_TEMPLATE_BYTES) return { problem: `over ${MAX_TEMPLATE_BYTES / 1024} KB` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: 'not UTF-8 text' };
  }
}
