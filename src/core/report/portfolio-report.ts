import type { Day } from '../values/calendar-day';
import { checkFile, type CheckSettings } from '../check';
import { compare, type Ledger } from '../ledger';
import type { BrokenFile, ClientRecord, Finding, Status } from '../model';
import { ruleContext } from '../rules/rule';
import { addAging, agingOf, type AgingRow } from './aging';
import { addDso, DSO_DAYS, dsoOf, type DaysSalesOutstanding } from './days-sales-outstanding';
import { healthOf, reasonOf, type ClientHealth, type HealthReason } from './health';
import { invoiceLatenessOf, paymentTimesOf, type InvoiceLateness, type PaymentTimes } from './payment-times';
import { responseTimesOf, type ResponseTimes } from './response-times';
import { weeklyHoursOf, type WeeklyHours } from './weekly-hours';

export interface ReportSettings extends CheckSettings {
  /**
   * Complete weeks of hours worked to show. Default: each client's `minimum-hours-unbilled`
   * threshold (4 unless the settings or the record say otherwise), the weeks that rule checks.
   */
  readonly weeks?: number;
  /** The DSO window in days; default 90. */
  readonly dsoDays?: number;
  /**
   * How many clients, the first by attention, get their full figures in `details` (default
   * REPORT_LIMITS.details). The webview asks for none: it computes a client's detail when it is opened.
   */
  readonly details?: number;
}

/**
 * The report's bounds, so that it stays small whatever the size of the ledger: the clients shown
 * in detail in a file, the rows of the client list in a file, a page of the list in the webview,
 * and the records that cannot be read listed by name.
 */
export const REPORT_LIMITS = { details: 20, list: 1000, page: 50, unreadable: 100 } as const;

/** What the summary and the client list need of one client record. Plain data: no formatting. */
export interface ClientSummary {
  readonly id: string;
  readonly name: string;
  /** The record's path as the ledger names it. */
  readonly file: string;
  readonly status: Status;
  /** Former clients are listed but left out of the health totals. */
  readonly countsForHealth: boolean;
  readonly health: ClientHealth;
  readonly aging: readonly AgingRow[];
  readonly dso: readonly DaysSalesOutstanding[];
}

/** Everything the report says about one client record: its summary and the figures of its detail. */
export interface ClientReport extends ClientSummary {
  readonly paymentTimes: PaymentTimes;
  readonly lateness: readonly InvoiceLateness[];
  readonly responseTimes: ResponseTimes;
  readonly hours: WeeklyHours;
}

/** A file that looks like a client record but cannot be read: listed so it is not lost, with none of its figures. */
export interface UnreadableReport {
  /** Its file name without `.md`. */
  readonly id: string;
  readonly file: string;
  /** Its findings (the YAML errors), in file order. */
  readonly problems: readonly HealthReason[];
}

export interface HealthTotals {
  readonly green: number;
  readonly amber: number;
  readonly red: number;
  /** Former clients, listed but not counted above. */
  readonly notCounted: number;
  /** Records that cannot be read: counted, with no signal. */
  readonly unreadable: number;
}

/** The whole business on one day. */
export interface PortfolioReport {
  readonly today: Day;
  /** Every client record, by attention (byAttention: red, amber, then green). */
  readonly clients: readonly ClientSummary[];
  /** The full figures of the first clients of `clients` (settings.details of them), in the same order. */
  readonly details: readonly ClientReport[];
  /** Sorted by path. */
  readonly unreadable: readonly UnreadableReport[];
  /** Open receivables of every client by age, one row per currency. */
  readonly aging: readonly AgingRow[];
  /** DSO of the whole ledger, per currency. */
  readonly dso: readonly DaysSalesOutstanding[];
  readonly health: HealthTotals;
}

/** What the caller already has, so the report computes nothing twice. */
export interface ReportSources {
  /** The findings of a file of the ledger (the checker's run, the editor's cache); checkFile without it. */
  readonly findings?: (path: string) => readonly Finding[];
  /** Summaries kept for the records that did not change (the editor's). */
  readonly summaries?: SummarySource;
}

/** Where a client's summary may already be kept. */
export interface SummarySource {
  summary(client: ClientRecord, findings: readonly Finding[], today: Day, settings: ReportSettings): ClientSummary;
}

/**
 * Client summaries kept from one report to the next: a record's is computed again only when
 * the record, its findings (the array: a new one each time they are checked again) or the day
 * changed. Only the records of the latest report are kept.
 */
export class SummaryCache implements SummarySource {
  private kept = new Map<string, { client: ClientRecord; findings: readonly Finding[]; today: Day; summary: ClientSummary }>();
  private next = new Map<string, { client: ClientRecord; findings: readonly Finding[]; today: Day; summary: ClientSummary }>();

  summary(client: ClientRecord, findings: readonly Finding[], today: Day, settings: ReportSettings): ClientSummary {
    let entry = this.kept.get(client.file);
    if (!entry || entry.client !== client || entry.findings !== findings || entry.today !== today) {
      entry = { client, findings, today, summary: clientSummary(client, findings, today, settings) };
    }
    this.next.set(client.file, entry);
    return entry.summary;
  }

  /** The report is done (every folder's, when there are several): forget the records it did not ask for. */
  done(): void {
    this.kept = this.next;
    this.next = new Map();
  }
}

/**
 * The portfolio report of a ledger on `today`: every client record's health and receivables,
 * the totals, and the full figures of the first `settings.details` clients by attention. Health
 * comes from the same findings as the checker, ledger-wide ones included (a duplicate client id
 * is an error of that record): `sources.findings` when given, else checkFile. Linear in the
 * records: one check (or look-up) and one account per record (or a kept summary), one sort.
 */
export function portfolioReport(ledger: Ledger, today: Day, settings: ReportSettings = {}, sources: ReportSources = {}): PortfolioReport {
  const findings = sources.findings ?? ((path: string) => checkFile(ledger, path, today, settings));
  const summaryOf = sources.summaries
    ? (client: ClientRecord, found: readonly Finding[]) => sources.summaries!.summary(client, found, today, settings)
    : (client: ClientRecord, found: readonly Finding[]) => clientSummary(client, found, today, settings);
  const records = new Map<ClientSummary, ClientRecord>();
  for (const client of ledger.clients) records.set(summaryOf(client, findings(client.file)), client);
  const clients = [...records.keys()].sort(byAttention);
  const details = clients
    .slice(0, Math.max(0, settings.details ?? REPORT_LIMITS.details))
    .map((summary) => ({ ...summary, ...clientFigures(records.get(summary)!, today, settings) }));
  const unreadable = ledger.unreadableClients.map((file) => unreadableReport(file, findings(file.file)));
  const health = { green: 0, amber: 0, red: 0, notCounted: 0, unreadable: unreadable.length };
  for (const client of clients) {
    if (client.countsForHealth) health[client.health.signal]++;
    else health.notCounted++;
  }
  return {
    today,
    clients,
    details,
    unreadable,
    aging: addAging(clients.flatMap((client) => client.aging)),
    dso: addDso(clients.flatMap((client) => client.dso), settings.dsoDays ?? DSO_DAYS),
    health,
  };
}

/**
 * Several ledgers (workspace folders) as one report: one list of clients by attention, the
 * totals added up currency by currency (never across currencies).
 */
export function mergeReports(reports: readonly PortfolioReport[], today: Day, dsoDays = DSO_DAYS): PortfolioReport {
  if (reports.length === 1) return reports[0];
  const health = { green: 0, amber: 0, red: 0, notCounted: 0, unreadable: 0 };
  for (const report of reports) for (const key of Object.keys(health) as (keyof HealthTotals)[]) health[key] += report.health[key];
  return {
    today,
    clients: reports.flatMap((report) => report.clients).sort(byAttention),
    details: reports.flatMap((report) => report.details).sort(byAttention),
    unreadable: reports.flatMap((report) => report.unreadable),
    aging: addAging(reports.flatMap((report) => report.aging)),
    dso: addDso(reports.flatMap((report) => report.dso), dsoDays),
    health,
  };
}

const SIGNAL_ORDER: Readonly<Record<ClientHealth['signal'], number>> = { red: 0, amber: 1, green: 2 };
const NAMES = new Intl.Collator('en');

/**
 * What needs attention first: red, then amber, then green; within a signal, more findings
 * behind it first; then by name (then path), so the order never depends on the reading order.
 */
export function byAttention(a: ClientSummary, b: ClientSummary): number {
  return (
    SIGNAL_ORDER[a.health.signal] - SIGNAL_ORDER[b.health.signal] ||
    b.health.reasons.length - a.health.reasons.length ||
    NAMES.compare(a.name, b.name) ||
    compare(a.file, b.file)
  );
}

export function unreadableReport(file: BrokenFile, findings: readonly Finding[]): UnreadableReport {
  return { id: file.clientId ?? file.file, file: file.file, problems: findings.map(reasonOf) };
}

/** What the summary and the list need of one record, given its findings on `today`. */
export function clientSummary(client: ClientRecord, findings: readonly Finding[], today: Day, settings: ReportSettings = {}): ClientSummary {
  return {
    id: client.id,
    name: client.name,
    file: client.file,
    status: client.status,
    countsForHealth: client.status !== 'former',
    health: healthOf(findings),
    aging: agingOf(client, today),
    dso: dsoOf(client, today, settings.dsoDays ?? DSO_DAYS),
  };
}

/** The report of one record, its detail included, given its findings on `today` (checkClient, or checkFile in a ledger). */
export function clientReport(client: ClientRecord, findings: readonly Finding[], today: Day, settings: ReportSettings = {}): ClientReport {
  return { ...clientSummary(client, findings, today, settings), ...clientFigures(client, today, settings) };
}

function clientFigures(client: ClientRecord, today: Day, settings: ReportSettings) {
  const weeks = settings.weeks ?? ruleContext(client, today, settings.thresholds).thresholds['minimum-hours-unbilled'];
  return {
    paymentTimes: paymentTimesOf(client, today),
    lateness: invoiceLatenessOf(client, today),
    responseTimes: responseTimesOf(client, today),
    hours: weeklyHoursOf(client, today, weeks),
  };
}
