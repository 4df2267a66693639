import * as vscode from 'vscode';
import type { RecordEdit } from '../core/edits/text-edit';
import type { ClientRecord, ReadProblem, SourceRange } from '../core/model';
import { clientSteps } from '../core/agenda/client-steps';
import { DEFAULT_AGENDA } from '../core/agenda/next-step';
import { stepActions } from '../core/agenda/step-actions';
import { checkClient } from '../core/check';
import { toVsRange } from './source-range';
import { problemActions, snooze, type RecordAction } from '../core/edits/record-actions';
import { findingActions, findingDocuments, isSnoozable } from '../core/finding-actions';
import { addDays, formatDay, parseDay } from '../core/values/calendar-day';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { toWorkspaceEdit } from './workspace-edit';
import type { DocumentDrafts } from './document-drafts';
import type { LedgerQueries } from './ledger-queries';

export const SELECT_COMMAND = 'clientLedger.select';
export const SNOOZE_UNTIL_COMMAND = 'clientLedger.snoozeUntil';

/**
 * Quick fixes on the findings: each carries its WorkspaceEdit (one undo, works on unsaved
 * text), computed on the document as it is now, and then puts the cursor where typing goes.
 */
export class LedgerCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly queries: LedgerQueries, private readonly drafts: DocumentDrafts) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
    const client = this.queries.parseDocument(document);
    if (client?.type === 'document' || client?.type === 'broken') return problemCodeActions(ours, client.problems, document.uri);
    if (client?.type !== 'client') return [];
    const text = document.getText();
    const today = this.queries.today();
    if (ours.length === 0) return this.lineSteps(client, text, range.start.line + 1, document.uri);
    // Diagnostics lag the text by the debounce: a fix is offered only for a finding that is
    // still on that line of the text as it is now, so it can never act on the wrong entry.
    const current = checkClient(client, today, { thresholds: this.queries.ledgerOf(document.uri)?.config.thresholds });
    const seen = new Set<string>();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const line = diagnostic.range.start.line + 1;
      const finding = current.find((candidate) => candidate.rule === ruleOf(diagnostic) && candidate.range.start.line === line);
      if (!finding) continue;
      for (const action of findingActions(finding, client, text, today)) {
        if (!seen.has(action.title) && seen.add(action.title)) actions.push(toCodeAction(action, document.uri, diagnostic));
      }
      // Until a day she types: a command (it asks), not an edit; offered where the week-long snoozes are.
      if (isSnoozable(ruleOf(diagnostic)) && snooze(client, text, ruleOf(diagnostic), formatDay(today)) && !seen.has(`snooze:${ruleOf(diagnostic)}`)) {
        seen.add(`snooze:${ruleOf(diagnostic)}`);
        const until = new vscode.CodeAction(`Snooze ${ruleOf(diagnostic)} until...`, vscode.CodeActionKind.QuickFix);
        until.diagnostics = [diagnostic];
        until.command = { title: 'Snooze until...', command: SNOOZE_UNTIL_COMMAND, arguments: [document.uri, ruleOf(diagnostic)] };
        actions.push(until);
      }
      for (const request of findingDocuments(finding, client)) {
        for (const action of await this.drafts.actions(request, client, document)) {
          if (seen.has(action.title)) continue;
          seen.add(action.title);
          action.diagnostics = [diagnostic];
          actions.push(action);
        }
      }
    }
    return actions;
  }

  /** On a line a next step points at without a finding (a call to confirm in writing): that step's edits. */
  private lineSteps(client: ClientRecord, text: string, line: number, uri: vscode.Uri): vscode.CodeAction[] {
    const today = this.queries.today();
    const steps = clientSteps(client, today, this.queries.ledgerOf(uri)?.config.agenda ?? DEFAULT_AGENDA);
    return steps
      .filter((step) => step.rule === undefined && step.line === line)
      .flatMap((step) => stepActions(step, client, text, today))
      .map((action) => toCodeAction(action, uri));
  }

  resolveCodeAction(action: vscode.CodeAction): Promise<vscode.CodeAction> {
    return this.drafts.resolve(action);
  }
}

/** A file that is not a readable client record: only the repairs its read problems name (from the text as it is now). */
function problemCodeActions(diagnostics: readonly vscode.Diagnostic[], problems: readonly ReadProblem[], uri: vscode.Uri): vscode.CodeAction[] {
  const seen = new Set<string>();
  return diagnostics.flatMap((diagnostic) =>
    problemActions(problems, ruleOf(diagnostic), diagnostic.range.start.line + 1)
      .filter((action) => !seen.has(action.title) && seen.add(action.title))
      .map((action) => toCodeAction(action, uri, diagnostic)));
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
}

function toCodeAction(action: RecordAction, uri: vscode.Uri, diagnostic?: vscode.Diagnostic): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(action.title, vscode.CodeActionKind.QuickFix);
  if (diagnostic) codeAction.diagnostics = [diagnostic];
  codeAction.isPreferred = action.preferred ?? false;
  codeAction.edit = toWorkspaceEdit(uri, action.edit);
  if (action.edit.selection) codeAction.command = selectCommand(uri, action.edit);
  return codeAction;
}

function selectCommand(uri: vscode.Uri, edit: RecordEdit): vscode.Command {
  return { title: 'Select', command: SELECT_COMMAND, arguments: [uri, edit.selection] };
}

/** Shows the document with the given selection (after a quick fix has been applied). */
export async function select(uri: vscode.Uri, range: SourceRange): Promise<void> {
  const editor = await vscode.window.showTextDocument(uri);
  const { start, end } = toVsRange(range);
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(editor.selection);
}

/** Asks for the day, then sets `snooze.<rule>` in the record as it is now (one undoable edit). */
export async function snoozeUntil(queries: LedgerQueries, uri: vscode.Uri, rule: string): Promise<boolean> {
  const today = queries.today();
  const answer = await vscode.window.showInputBox({
    title: `Snooze ${rule} until`,
    prompt: 'The rule stays silent for this client up to and including this day (YYYY-MM-DD)',
    value: formatDay(addDays(today, 30)),
    validateInput: (value) => {
      const day = parseDay(value.trim());
      if (day === undefined) return 'A date as YYYY-MM-DD';
      return day < today ? 'A day from today on' : undefined;
    },
  });
  if (answer === undefined) return false;
  const document = await vscode.workspace.openTextDocument(uri);
  const client = queries.parseDocument(document);
  const edit = client?.type === 'client' ? snooze(client, document.getText(), rule, answer.trim()) : undefined;
  if (!edit) {
    void vscode.window.showWarningMessage(`snooze could not be added to ${vscode.workspace.asRelativePath(uri)}: write it as a block map (snooze: on its own line).`);
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(uri, edit));
}
