import * as vscode from 'vscode';
import { fileExists } from './file-exists';
import { documentTitle, draftRecordUpdate } from '../core/documents/document-actions';
import { documentContext } from '../core/documents/document-facts';
import { draftContents } from '../core/documents/draft-contents';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import { draftPaths, type DocumentRequest } from '../core/documents/render-document';
import { decodeTemplate, TEMPLATE_FOLDER, type TemplateRead } from '../core/documents/document-template';
import type { ClientRecord } from '../core/model';
import { toWorkspaceEdit } from './workspace-edit';
import type { LedgerQueries } from './ledger-queries';

export const AFTER_DRAFT_COMMAND = 'clientLedger.afterDraft';

/**
 * Scaffolded documents: `<record folder>/<id>/<date>-<kind>.md`, created by a WorkspaceEdit
 * that never writes over a file (an existing one is opened instead). Where the document implies
 * a change to the record (a salvage plan: `status: salvage`; a termination: `status:
 * terminating`, `notice_given`, `end`), it is offered twice, with the change in the same edit
 * (one undo) and without it, both named in the title; nothing is asked afterwards.
 */
export class DocumentDrafts {
  /** The editor group drafts open in, once one has: the next draft reuses it instead of adding a column. */
  private draftColumn: vscode.ViewColumn | undefined;

  constructor(private readonly queries: LedgerQueries) {}

  /**
   * The code actions that draft the document, or open the one already there. The files are only
   * rendered when an action is picked (resolve), not each time the lightbulb asks.
   */
  async actions(request: DocumentRequest, client: ClientRecord, record: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const targets = this.targets(request, client, record.uri);
    if (!targets) return [];
    const title = documentTitle(request);
    if (await fileExists(targets[0])) {
      const open = new vscode.CodeAction(`${title}: open the one drafted today`, vscode.CodeActionKind.QuickFix);
      open.command = { title: 'Open', command: 'vscode.open', arguments: [targets[0]] };
      return [open];
    }
    const draft = { request, recordUri: record.uri, targets };
    const update = draftRecordUpdate(request, client, record.getText(), this.queries.today());
    if (!update) return [new DraftAction(title, { ...draft, updateRecord: false })];
    return [
      new DraftAction(`${title}, and set ${update.keys}`, { ...draft, updateRecord: true }),
      new DraftAction(`${title} (record unchanged)`, { ...draft, updateRecord: false }),
    ];
  }

  /** Fills in a draft action's edit: every file it drafts (never over an existing one) and, when chosen, the record's keys, as one edit. */
  async resolve(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    if (!(action instanceof DraftAction) || action.edit) return action;
    const { request, recordUri, targets, updateRecord } = action.draft;
    const record = await vscode.workspace.openTextDocument(recordUri);
    const client = this.queries.parseDocument(record);
    if (client?.type !== 'client') return action;
    const contents = await this.render(request, client, recordUri);
    if (!contents || contents.length !== targets.length) return action;
    const edit = new vscode.WorkspaceEdit();
    contents.forEach((text, index) => edit.createFile(targets[index], { contents: new TextEncoder().encode(text), ignoreIfExists: true }));
    const update = updateRecord ? draftRecordUpdate(request, client, record.getText(), this.queries.today()) : undefined;
    if (update) toWorkspaceEdit(recordUri, update.edit, edit);
    action.edit = edit;
    action.command = { title: 'Open the draft', command: AFTER_DRAFT_COMMAND, arguments: [targets[0], recordUri] };
    return action;
  }

  /**
   * Drafts a request from a command rather than a code action: the same files and text, as one
   * edit that never writes over a file, then opens the draft. When today's draft is already
   * there it is opened as it is, and the user told. The main document's uri, or undefined.
   */
  async draftNow(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): Promise<vscode.Uri | undefined> {
    const targets = this.targets(request, client, recordUri);
    if (!targets) {
      void vscode.window.showWarningMessage(`The client id "${client.id}" cannot name a folder, so nothing was drafted.`);
      return undefined;
    }
    if (await fileExists(targets[0])) {
      await this.afterDraft(targets[0]);
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(targets[0])} was already drafted today: it was opened, not changed.`);
      return targets[0];
    }
    const contents = await this.render(request, client, recordUri);
    if (!contents || contents.length !== targets.length) return undefined;
    const edit = new vscode.WorkspaceEdit();
    contents.forEach((text, index) => edit.createFile(targets[index], { contents: new TextEncoder().encode(text), ignoreIfExists: true }));
    if (!(await vscode.workspace.applyEdit(edit))) return undefined;
    await this.afterDraft(targets[0]);
    return targets[0];
  }

  targets(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): vscode.Uri[] | undefined {
    return draftPaths(request, client, this.queries.today())?.map((path) => vscode.Uri.joinPath(recordUri, '..', ...path.segments));
  }

  /** Each file's text (draftContents, as the command line writes them), the workspace's template for its kind read here and its warnings shown. */
  async render(request: DocumentRequest, client: ClientRecord, recordUri: vscode.Uri): Promise<string[] | undefined> {
    const writer = await loadMarkdownWriter();
    const entry = this.queries.ledgerOf(recordUri);
    const context = documentContext(client, this.queries.today(), entry?.config.thresholds ?? {});
    const template = entry && (await readTemplate(vscode.Uri.joinPath(entry.folder.uri, ...TEMPLATE_FOLDER, `${request.kind}.md`)));
    const drafted = draftContents(request, client, context, writer, template);
    for (const warning of drafted?.warnings ?? []) void vscode.window.showWarningMessage(warning);
    return drafted?.files.map((file) => file.text);
  }

  /** Opens the draft beside the record: in the group an earlier draft opened in, while it is still there, else a new one to the side. */
  async afterDraft(target: vscode.Uri): Promise<void> {
    const open = vscode.window.tabGroups.all.some((group) => group.viewColumn === this.draftColumn);
    const active = vscode.window.tabGroups.activeTabGroup.viewColumn;
    const column = open && this.draftColumn !== active ? this.draftColumn! : vscode.ViewColumn.Beside;
    const editor = await vscode.window.showTextDocument(target, { viewColumn: column, preview: false });
    this.draftColumn = editor.viewColumn;
  }
}

interface Draft {
  readonly request: DocumentRequest;
  readonly recordUri: vscode.Uri;
  /** The main document first. */
  readonly targets: readonly vscode.Uri[];
  readonly updateRecord: boolean;
}

class DraftAction extends vscode.CodeAction {
  constructor(title: string, readonly draft: Draft) {
    super(title, vscode.CodeActionKind.QuickFix);
  }
}

/** A template's text, or why it cannot be used; undefined when there is none. */
async function readTemplate(uri: vscode.Uri): Promise<TemplateRead | undefined> {
  try {
    return decodeTemplate(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}
