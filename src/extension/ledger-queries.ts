import * as vscode from 'vscode';
import { checkFile } from '../core/check';
import type { ClientRecord, Finding, LedgerFile } from '../core/model';
import { standingOf, unreadableStandingOf, type ClientStanding, type UnreadableStanding } from '../core/summary/client-standing';
import type { Day } from '../core/values/calendar-day';
import { isKnown, myIdentity } from '../core/owner';
import { agendaOf, clientAgenda, sortSteps } from '../core/agenda/agenda';
import type { NextStep } from '../core/agenda/next-step';
import { clientSummary, type ClientSummary, type SummarySource } from '../core/report/portfolio-report';
import type { FolderLedger, LedgerChange, LedgerSource } from './ledger-index';
import { clientSymbols, type ClientSymbols } from '../core/navigation/workspace-symbols';

/**
 * What the views show, asked of the index and never written back: findings, standings and next
 * steps, each kept per client file for the day until a change touches its files.
 */
export class LedgerQueries implements vscode.Disposable {
  private readonly cache = new Map<string, Finding[]>();
  private readonly standingCache = new Map<string, ClientStanding>();
  private readonly stepCache = new Map<string, readonly NextStep[]>();
  private readonly summaryCache = new Map<string, ClientSummary>();
  private readonly symbolCache = new Map<string, ClientSymbols>();
  private cachedDay: Day | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: LedgerSource, readonly today: () => Day) {
    // Registered before any view's listener, so a view redrawn on a change never sees stale entries.
    this.subscription = index.onDidChange((change) => change.uris.forEach((uri) => this.forget(uri)));
  }

  get all(): readonly FolderLedger[] {
    return this.index.all;
  }

  get ready(): Promise<void> {
    return this.index.ready;
  }

  get onDidChange(): vscode.Event<LedgerChange> {
    return this.index.onDidChange;
  }

  ledgerOf(uri: vscode.Uri): FolderLedger | undefined {
    return this.index.ledgerOf(uri);
  }

  isLedgerFile(uri: vscode.Uri): boolean {
    return this.index.isLedgerFile(uri);
  }

  /** The document parsed as it is now (for quick fixes, whose edits need current positions). */
  parseDocument(document: vscode.TextDocument): LedgerFile | undefined {
    return this.index.parseDocument(document);
  }

  client(uri: vscode.Uri): ClientRecord | undefined {
    const file = this.ledgerOf(uri)?.ledger.get(uri.toString());
    return file?.type === 'client' ? file : undefined;
  }

  /** The findings of one file, computed once per change of the files they depend on. */
  findings(uri: vscode.Uri): Finding[] {
    const today = this.currentDay();
    const key = uri.toString();
    let findings = this.cache.get(key);
    if (!findings) {
      const entry = this.ledgerOf(uri);
      findings = entry ? checkFile(entry.ledger, key, today, { thresholds: entry.config.thresholds }) : [];
      this.cache.set(key, findings);
      const file = entry?.ledger.get(key);
      if (entry && file?.type === 'client') this.derive(entry, file, findings, today);
    }
    return findings;
  }

  /**
   * A client's standing, next steps and workspace symbols, derived with its findings while its
   * log is parsed: a record is kept compact, and the views ask later, when its parse may have
   * given way.
   */
  private derive(entry: FolderLedger, client: ClientRecord, findings: Finding[], today: Day): void {
    const standing = standingOf(client, findings, today);
    this.standingCache.set(client.file, standing);
    this.stepCache.set(client.file, clientAgenda(entry.ledger, client, today, entry.config.agenda));
    this.summaryCache.set(client.file, clientSummary(client, findings, today, { thresholds: entry.config.thresholds }));
    this.symbolCache.set(client.file, clientSymbols(client, today, standing.description));
  }

  /** The report's summary of each client, kept with its findings (a report of 10,000 records would parse every log again). */
  readonly reportSummaries: SummarySource = {
    summary: (client, findings, today, settings) => {
      const kept = today === this.currentDay() && findings === this.cache.get(client.file) ? this.summaryCache.get(client.file) : undefined;
      return kept ?? clientSummary(client, findings, today, settings);
    },
  };

  /** Where every client stands; each kept until a change touches its file. */
  standings(): ClientStanding[] {
    const today = this.currentDay();
    return this.all.flatMap((entry) => entry.ledger.clients.map((client) => {
      let standing = this.standingCache.get(client.file);
      if (!standing) this.standingCache.set(client.file, (standing = standingOf(client, this.findings(vscode.Uri.parse(client.file)), today)));
      return standing;
    }));
  }

  /**
   * What Go to Symbol in Workspace lists of every client record of every folder: the clients and
   * their invoices, each record's kept until a change touches its file (Ctrl+T reads no log).
   */
  symbols(): ClientSymbols[] {
    const today = this.currentDay();
    return this.all.flatMap((entry) => entry.ledger.clients.map((client) => {
      const kept = this.symbolCache.get(client.file);
      if (kept) return kept;
      const findings = this.findings(vscode.Uri.parse(client.file));
      return this.symbolCache.get(client.file) ?? clientSymbols(client, today, standingOf(client, findings, today).description);
    }));
  }

  /** The files that look like client records but cannot be read, with their findings. */
  unreadable(): UnreadableStanding[] {
    return this.all.flatMap((entry) => entry.ledger.unreadableClients.map((file) => unreadableStandingOf(file, this.findings(vscode.Uri.parse(file.file)))));
  }

  /** Every next step of every folder's ledger, soonest first. */
  agenda(): NextStep[] {
    const today = this.currentDay();
    return sortSteps(this.all.flatMap((entry) => this.folderAgenda(entry, today)));
  }

  /**
   * A folder whose Next Steps show "mine" with no clientLedger.me and no git identity found:
   * only clients without an owner are shown there, and the view says why.
   */
  mineUnknown(): FolderLedger | undefined {
    return this.all.find((entry) => {
      const identity = entry.config.agendaShow === 'mine' && entry.config.me === '' ? this.index.gitIdentity(entry.folder) : undefined;
      return identity !== undefined && !isKnown(identity);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }

  /**
   * One folder's steps, each client's kept until a change touches its record or documents (a
   * document's change reaches its client's record: Ledger.set returns both). With
   * clientLedger.agenda.show "mine", only the steps of clients whose owner is you, and of those
   * with no owner.
   */
  private folderAgenda(entry: FolderLedger, today: Day): NextStep[] {
    const mine = entry.config.agendaShow === 'mine' ? myIdentity(entry.config.me, this.index.gitIdentity(entry.folder)) : undefined;
    return agendaOf(entry.ledger, today, { ...entry.config.agenda, mine }, (client) => {
      let cached = this.stepCache.get(client.file);
      if (!cached) this.stepCache.set(client.file, (cached = clientAgenda(entry.ledger, client, today, entry.config.agenda)));
      return cached;
    });
  }

  private forget(uri: string): void {
    this.cache.delete(uri);
    this.standingCache.delete(uri);
    this.stepCache.delete(uri);
    this.summaryCache.delete(uri);
    this.symbolCache.delete(uri);
  }

  /** The day the caches hold; a new day drops them (time-based findings change at midnight). */
  private currentDay(): Day {
    const today = this.today();
    if (today !== this.cachedDay) {
      this.cache.clear();
      this.standingCache.clear();
      this.stepCache.clear();
      this.summaryCache.clear();
      this.symbolCache.clear();
      this.cachedDay = today;
    }
    return today;
  }
}
