import * as vscode from 'vscode';
import { OPEN_REPORT_COMMAND, ReportPanel } from './report-panel';
import { LedgerHoverProvider } from './hover';
import { LogLensProvider } from './log-lens';
import { LedgerInlayHints } from './inlay-hints';
import { LedgerDefinitionProvider } from './ledger-definitions';
import { LedgerReferenceProvider } from './ledger-references';
import { InvoiceRenameProvider } from './invoice-rename';
import { LedgerLinkProvider } from './ledger-links';
import { LedgerDocumentSymbols } from './document-symbols';
import { LedgerWorkspaceSymbols } from './workspace-symbols';
import { LedgerFoldingRanges } from './folding';
import { NextStepsProvider, type StepNode } from './tree/next-steps-provider';
import { DO_STEP_COMMAND, pickStepAction } from './step-actions';
import { localToday, type Day } from '../core/values/calendar-day';
import { pinnedToday, SECTION } from './config';
import { CLIENT_ACTIONS_COMMAND, pickClientAction } from './client-actions';
import { LedgerCodeActions, select, SELECT_COMMAND, SNOOZE_UNTIL_COMMAND, snoozeUntil } from './code-actions';
import { registerCommands } from './commands';
import { LogCompletionProvider } from './log-completion';
import { registerRecordFormatter } from './format-record';
import { AFTER_DRAFT_COMMAND, DocumentDrafts } from './document-drafts';
import { DRAFT_STATEMENT_COMMAND, draftStatement } from './statement-draft';
import type { LedgerNode } from './tree/tree-nodes';
import { Throttler } from './throttler';
import { registerDiagnostics } from './diagnostics';
import { registerLedgerSync } from './ledger-sync';
import { LedgerIndex } from './ledger-index';
import { LedgerQueries } from './ledger-queries';
import { registerStatusBar } from './status-bar';
import { ClientsTreeProvider } from './tree/clients-provider';
import type { Platform } from './platform';
import { unknownIdentityMessage } from './git-identity';

export const CLIENTS_VIEW = 'clientLedger.clients';
export const NEXT_STEPS_VIEW = 'clientLedger.nextSteps';
const VIEW_DELAY_MS = 150;
/** While files keep arriving (a first load, a pull), the views are redrawn at most this often. */
const VIEW_INTERVAL_MS = 500;
/** Markdown files, by language or by name (a file may be opened before its language is known). */
const LEDGER_DOCUMENTS: vscode.DocumentSelector = [{ language: 'markdown' }, { pattern: '**/*.md' }];

/** What the extension exposes to its own in-editor tests. */
export interface ClientLedgerApi {
  readonly index: LedgerIndex;
  readonly queries: LedgerQueries;
  readonly tree: ClientsTreeProvider;
  readonly clientsView: vscode.TreeView<LedgerNode>;
  readonly statusBar: vscode.StatusBarItem;
  readonly agenda: NextStepsProvider;
  readonly report: ReportPanel;
  readonly diagnostics: vscode.DiagnosticCollection;
  readonly codeActions: LedgerCodeActions;
  readonly inlayHints: LedgerInlayHints;
}

/**
 * Every feature registers at once; the index loads in the background and each feature awaits
 * it inside, so activation never blocks on reading the ledger. The entry file of each host
 * (extension.ts, web/extension.ts) gives its platform.
 */
export function activateWith(context: vscode.ExtensionContext, platform: Platform): ClientLedgerApi {
  const index = new LedgerIndex(platform);
  const queries = new LedgerQueries(index, today);
  const tree = new ClientsTreeProvider(queries);
  const view = vscode.window.createTreeView(CLIENTS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const viewRefresh = new Throttler(VIEW_DELAY_MS, VIEW_INTERVAL_MS);
  const agenda = new NextStepsProvider(queries);
  const agendaView = vscode.window.createTreeView(NEXT_STEPS_VIEW, { treeDataProvider: agenda });
  context.subscriptions.push(index, queries, tree, view, viewRefresh, agenda, agendaView, vscode.window.registerFileDecorationProvider(agenda), queries.onDidChange(() => {
    tree.invalidate();
    viewRefresh.run(() => {
      tree.refresh();
      agenda.refresh();
      const unknown = queries.mineUnknown();
      agendaView.message = unknown && unknownIdentityMessage(unknown.platform.identitySources);
    });
  }));
  const diagnostics = registerDiagnostics(context, queries);
  registerCommands(context, index, queries, tree, view);
  const statusBar = registerStatusBar(context, tree, view);
  registerLedgerSync(context, index, today);
  const drafts = new DocumentDrafts(queries);
  const codeActions = new LedgerCodeActions(queries, drafts);
  const lens = new LogLensProvider(queries);
  const report = new ReportPanel(queries);
  const inlayHints = new LedgerInlayHints(queries);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(LEDGER_DOCUMENTS, codeActions, LedgerCodeActions.metadata),
    vscode.languages.registerHoverProvider(LEDGER_DOCUMENTS, new LedgerHoverProvider(queries)),
    lens,
    vscode.languages.registerCodeLensProvider(LEDGER_DOCUMENTS, lens),
    queries.onDidChange(() => lens.refresh()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(`${SECTION}.codeLens`)) lens.refresh();
    }),
    inlayHints,
    vscode.languages.registerInlayHintsProvider(LEDGER_DOCUMENTS, inlayHints),
    vscode.languages.registerCompletionItemProvider(LEDGER_DOCUMENTS, new LogCompletionProvider(queries), ...LogCompletionProvider.triggers),
    vscode.languages.registerDefinitionProvider(LEDGER_DOCUMENTS, new LedgerDefinitionProvider(queries)),
    vscode.languages.registerReferenceProvider(LEDGER_DOCUMENTS, new LedgerReferenceProvider(queries)),
    vscode.languages.registerRenameProvider(LEDGER_DOCUMENTS, new InvoiceRenameProvider(queries)),
    vscode.languages.registerDocumentLinkProvider(LEDGER_DOCUMENTS, new LedgerLinkProvider(queries)),
    // Not LEDGER_DOCUMENTS: a formatter for every markdown file would compete with the user's own.
    registerRecordFormatter(queries),
    vscode.languages.registerDocumentSymbolProvider(LEDGER_DOCUMENTS, new LedgerDocumentSymbols(queries), LedgerDocumentSymbols.metadata),
    vscode.languages.registerWorkspaceSymbolProvider(new LedgerWorkspaceSymbols(queries)),
    vscode.languages.registerFoldingRangeProvider(LEDGER_DOCUMENTS, new LedgerFoldingRanges(queries)),
    vscode.commands.registerCommand(SELECT_COMMAND, select),
    vscode.commands.registerCommand(SNOOZE_UNTIL_COMMAND, (uri: vscode.Uri, rule: string) => snoozeUntil(queries, uri, rule)),
    vscode.commands.registerCommand(AFTER_DRAFT_COMMAND, (target: vscode.Uri) => drafts.afterDraft(target)),
    vscode.commands.registerCommand(CLIENT_ACTIONS_COMMAND, (node?: LedgerNode) => pickClientAction(queries, drafts, node)),
    vscode.commands.registerCommand(DRAFT_STATEMENT_COMMAND, (target?: LedgerNode | vscode.Uri) => draftStatement(queries, drafts, tree, target)),
    report,
    vscode.commands.registerCommand(OPEN_REPORT_COMMAND, () => report.open()),
    vscode.commands.registerCommand(DO_STEP_COMMAND, (node: StepNode) => pickStepAction(queries, drafts, node)),
  );
  return { index, queries, tree, clientsView: view, statusBar, agenda, diagnostics, codeActions, report, inlayHints };
}

/** The local calendar day, unless `clientLedger.today` pins one (to review the ledger as of a past day). */
function today(): Day {
  return pinnedToday() ?? localToday(new Date());
}
