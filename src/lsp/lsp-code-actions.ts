import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { clientSteps } from '../core/agenda/client-steps';
import { stepActions } from '../core/agenda/step-actions';
import { checkClient } from '../core/check';
import { problemActions, type RecordAction } from '../core/edits/record-actions';
import { findingActions, findingDocuments } from '../core/finding-actions';
import type { ClientRecord } from '../core/model';
import { answering, draftActions } from './lsp-drafts';
import { DIAGNOSTIC_SOURCE, ruleOf } from './lsp-diagnostics';
import { recordWorkspaceEdit, showCommand, type ClientSupport } from './lsp-edits';
import type { LspFile } from './lsp-files';
import type { LspWorkspace, WorkspaceLedger } from './lsp-workspace';

/**
 * Quick fixes on our diagnostics, as the extension offers them: each a WorkspaceEdit computed on
 * the document as it is now (the record's repairs, the rule's next step, a snooze), the drafts
 * the finding suggests, and on a line a next step points at without a finding, that step's edits.
 */
export async function codeActions(workspace: LspWorkspace, support: ClientSupport, params: CodeActionParams, warn: (message: string) => void): Promise<CodeAction[]> {
  if (params.context.only && !params.context.only.some(asksForQuickFixes)) return [];
  const file = workspace.file(params.textDocument.uri);
  const folder = workspace.ledgerOf(params.textDocument.uri);
  if (!file || !folder) return [];
  const ours = params.context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
  const record = file.record;
  const actions = new Actions(support, file);
  if (record.type === 'document' || record.type === 'broken') {
    for (const diagnostic of ours) actions.add(problemActions(record.problems, ruleOf(diagnostic), diagnostic.range.start.line + 1), diagnostic);
    return actions.all;
  }
  if (record.type !== 'client') return [];
  const today = workspace.today();
  if (ours.length === 0) {
    actions.add(lineSteps(workspace, folder, record, file, params.range.start.line + 1));
    return actions.all;
  }
  // Diagnostics lag the text by the debounce: a fix is offered only for a finding that is
  // still on that line of the text as it is now, so it can never act on the wrong entry.
  const current = checkClient(record, today, { thresholds: folder.thresholds });
  for (const diagnostic of ours) {
    const line = diagnostic.range.start.line + 1;
    const finding = current.find((candidate) => candidate.rule === ruleOf(diagnostic) && candidate.range.start.line === line);
    if (!finding) continue;
    actions.add(findingActions(finding, record, file.text, today), diagnostic);
    for (const request of findingDocuments(finding, record)) {
      actions.addReady(answering(await draftActions(request, record, file, folder, today, support, warn), diagnostic));
    }
  }
  return actions.all;
}

/** `quickfix` is asked for by that kind or one of its parents (the empty kind is the root). */
function asksForQuickFixes(kind: string): boolean {
  return kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`);
}

/** On a line a next step points at without a finding (a call to confirm in writing): that step's edits. */
function lineSteps(workspace: LspWorkspace, folder: WorkspaceLedger, client: ClientRecord, file: LspFile, line: number): RecordAction[] {
  const today = workspace.today();
  return clientSteps(client, today, folder.settings.agenda)
    .filter((step) => step.rule === undefined && step.line === line)
    .flatMap((step) => stepActions(step, client, file.text, today));
}

/** The actions so far, each title once (two findings may offer the same fix). */
class Actions {
  private readonly seen = new Set<string>();
  readonly all: CodeAction[] = [];

  constructor(private readonly support: ClientSupport, private readonly file: LspFile) {}

  add(actions: readonly RecordAction[], diagnostic?: Diagnostic): void {
    this.addReady(actions.map((action) => this.toCodeAction(action, diagnostic)));
  }

  addReady(actions: readonly CodeAction[]): void {
    for (const action of actions) if (!this.seen.has(action.title) && this.seen.add(action.title)) this.all.push(action);
  }

  private toCodeAction(action: RecordAction, diagnostic?: Diagnostic): CodeAction {
    const { uri, version } = this.file;
    const codeAction: CodeAction = { title: action.title, kind: CodeActionKind.QuickFix, edit: recordWorkspaceEdit(this.support, uri, version, action.edit) };
    if (diagnostic) codeAction.diagnostics = [diagnostic];
    if (action.preferred) codeAction.isPreferred = true;
    const command = action.edit.selection && showCommand(this.support, uri, action.edit.selection);
    if (command) codeAction.command = command;
    return codeAction;
  }
}
