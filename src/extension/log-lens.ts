import * as vscode from 'vscode';
import { clientAgenda } from '../core/agenda/agenda';
import { standingOf } from '../core/summary/client-standing';
import { logLensText } from '../core/summary/log-lens';
import { retainerSummary } from '../core/summary/retainer-summary';
import { CLIENT_ACTIONS_COMMAND } from './client-actions';
import { codeLensShown } from './config';
import type { LedgerQueries } from './ledger-queries';

/**
 * `$650.00 open · last contact 3d ago · 2 next steps` above a record's log, and `7h of 10h used
 * this month · 3h left` on its `retainer_hours` key (setting clientLedger.codeLens).
 */
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
    if (client?.type !== 'client' || !entry) return [];
    const today = this.queries.today();
    const lenses: vscode.CodeLens[] = [];
    const retainer = retainerSummary(client, today);
    const key = client.places.get('retainer_hours')?.key;
    if (retainer && key) lenses.push(lensAt(key.start.line, retainer));
    if (client.layout.headingLine === undefined) return lenses;
    const steps = clientAgenda(entry.ledger, client, today, entry.config.agenda).length;
    lenses.push(lensAt(client.layout.headingLine, logLensText(standingOf(client, this.queries.findings(document.uri), today), steps, today)));
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** A lens on a 1-based line that opens the client's next steps. */
function lensAt(line: number, title: string): vscode.CodeLens {
  return new vscode.CodeLens(new vscode.Range(line - 1, 0, line - 1, 0), { title, command: CLIENT_ACTIONS_COMMAND, tooltip: 'Next step for this client...' });
}
