import * as vscode from 'vscode';
import { clientAgenda } from '../core/agenda/agenda';
import { standingOf } from '../core/summary/client-standing';
import { logLensText } from '../core/summary/log-lens';
import { CLIENT_ACTIONS_COMMAND } from './client-actions';
import { codeLensShown } from './config';
import type { LedgerQueries } from './ledger-queries';

/** `$650.00 open · last contact 3d ago · 2 next steps` above a record's log (setting clientLedger.codeLens). */
export class LogLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly queries: LedgerQueries) {}

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!codeLensShown(document.uri)) return [];
    const client = this.queries.parseDocument(document);
    const entry = this.queries.ledgerOf(document.uri);
    if (client?.type !== 'client' || !entry || client.layout.headingLine === undefined) return [];
    const today = this.queries.today();
    const steps = clientAgenda(entry.ledger, client, today, entry.config.agenda).length;
    const title = logLensText(standingOf(client, this.queries.findings(document.uri), today), steps, today);
    const line = client.layout.headingLine - 1;
    return [new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, command: CLIENT_ACTIONS_COMMAND, tooltip: 'Next step for this client...' })];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
