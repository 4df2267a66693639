import * as vscode from 'vscode';
import { stepActions, stepDocuments } from '../core/agenda/step-actions';
import type { ClientRecord } from '../core/model';
import { applyRecordAction, runCodeAction } from './client-actions';
import type { DocumentDrafts } from './document-drafts';
import type { LedgerQueries } from './ledger-queries';
import type { StepNode } from './tree/next-steps-provider';

export const DO_STEP_COMMAND = 'clientLedger.doStep';

/** The Next Steps menu: the edits that do a step (log the call, record the payment, tick the box), and its draft. */
export async function pickStepAction(queries: LedgerQueries, drafts: DocumentDrafts, node: StepNode): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(node.uri);
  const file = queries.parseDocument(document);
  if (!file) return false;
  const today = queries.today();
  const items: (vscode.QuickPickItem & { run: () => Promise<boolean> })[] = stepActions(node.step, file, document.getText(), today).map((action) => ({
    label: action.title,
    run: () => applyRecordAction(document.uri, action),
  }));
  for (const request of file.type === 'client' ? stepDocuments(node.step) : []) {
    for (const draft of await drafts.actions(request, file as ClientRecord, document)) items.push({ label: draft.title, run: async () => runCodeAction(await drafts.resolve(draft)) });
  }
  items.push({ label: 'Open the record at this line', run: async () => {
    const line = Math.max(0, node.step.line - 1);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(line, 0, line, 0) });
    return true;
  } });
  const picked = await vscode.window.showQuickPick(items, { title: `${node.step.title} (${node.step.clientName})`, placeHolder: 'Pick what to do' });
  return picked ? picked.run() : false;
}
