import * as vscode from 'vscode';
import { recordHints, type RecordHints } from '../core/navigation/inlay-hints';
import type { Day } from '../core/values/calendar-day';
import { inlayHintsShown, SECTION } from './config';
import { summaryPieces } from '../core/markdown/markdown-pieces';
import { toMarkdownString } from './markdown-string';
import type { FolderLedger } from './ledger-index';
import type { LedgerQueries } from './ledger-queries';
import { toVsPosition } from './source-range';

/** What one document's hints were derived from: its version, the day and its folder's ledger (a new one at each change of settings). */
interface Derived {
  readonly version: number;
  readonly today: Day;
  readonly folder: FolderLedger;
  readonly hints: RecordHints;
}

/**
 * Inlay hints at the end of log lines: where each invoice stands, how long the latest
 * unanswered attempt has waited, what a payment paid (setting clientLedger.inlayHints; VS Code's
 * editor.inlayHints.enabled decides whether any are drawn). The record's hints are derived once
 * per document version and day; each request (VS Code asks for the visible lines) takes its range.
 */
export class LedgerInlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly derived = new Map<string, Derived>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly queries: LedgerQueries) {
    this.subscriptions = [
      // A change of the ledger (a reload after a setting, the day turning) may change the hints
      // of a record without a new version of its document: those on screen are asked again.
      queries.onDidChange((change) => {
        const shown = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()));
        if (change.uris.some((uri) => shown.has(uri))) this.changed.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.inlayHints`) || event.affectsConfiguration(`${SECTION}.today`)) this.changed.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.derived.delete(document.uri.toString())),
    ];
  }

  provideInlayHints(document: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!this.queries.isLedgerFile(document.uri) || !inlayHintsShown(document.uri)) return [];
    const hints = this.hintsOf(document);
    if (!hints) return [];
    return hints.within({ first: range.start.line + 1, last: range.end.line + 1 }).map((hint) => {
      const item = new vscode.InlayHint(toVsPosition(hint.position), hint.label);
      item.paddingLeft = true;
      item.tooltip = toMarkdownString(summaryPieces(hint.tooltip));
      return item;
    });
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.changed.dispose();
    this.derived.clear();
  }

  private hintsOf(document: vscode.TextDocument): RecordHints | undefined {
    const key = document.uri.toString();
    const today = this.queries.today();
    const folder = this.queries.ledgerOf(document.uri);
    const kept = this.derived.get(key);
    if (kept?.version === document.version && kept.today === today && kept.folder === folder) return kept.hints;
    const client = this.queries.parseDocument(document);
    if (!folder || client?.type !== 'client') return void this.derived.delete(key);
    const hints = recordHints(client, today, { thresholds: folder.config.thresholds });
    this.derived.set(key, { version: document.version, today, folder, hints });
    return hints;
  }
}
