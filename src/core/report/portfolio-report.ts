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
}

/** Everything the report says about one client record. Plain data: no formatting. */
export interface ClientReport {
  readonly id: string;
  readonly name: string;
  /** The record's path as the ledger names it. */
  readonly file: string;
  readonly status: Status;
  /** Former clients are listed but left out of the health totals. */
  readonly countsForHealth: boolean;
  readonly health: ClientHealth;
  readonly aging: readonly AgingRow[];
  readonly paymentTimes: PaymentTimes;
  readonly dso: readonly DaysSalesOutstanding[];
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
  /** Sorted by name (then path). */
  readonly clients: readonly ClientReport[];
  /** Sorted by path. */
  readonly unreadable: readonly UnreadableReport[];
  /** Open receivables of every client by age, one row per currency. */
  readonly aging: readonly AgingRow[];
  /** DSO of the whole ledger, per currency. */
  readonly dso: readonly DaysSalesOutstanding[];
  readonly health: HealthTotals;
}

/**
 * The portfolio report of a ledger on `today`: every client record's figures and health, and
 * the totals. Health comes from the same findings as the checker, ledger-wide ones included
 * (a duplicate client id is an error of that record).
 */
export function portfolioReport(ledger: Ledger, today: Day, settings: ReportSettings = {}): PortfolioReport {
  const clients = ledger.clients
    .map((client) => clientReport(client, checkFile(ledger, client.file, today, settings), today, settings))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || compare(a.file, b.file));
  const unreadable = ledger.unreadableClients.map((file) => unreadableReport(file, checkFile(ledger, file.file, today, settings)));
  const health = { green: 0, amber: 0, red: 0, notCounted: 0, unreadable: unreadable.length };
  for (const client of clients) {
    if (client.countsForHealth) health[client.health.signal]++;
    else health.notCounted++;
  }
  return {
    today,
    clients,
    unreadable,
    aging: addAging(clients.flatMap((client) => client.aging)),
    dso: addDso(clients.flatMap((client) => client.dso), settings.dsoDays ?? DSO_DAYS),
    health,
  };
}

export function unreadableReport(file: BrokenFile, findings: readonly Finding[]): UnreadableReport {
  return { id: file.clientId ?? file.file, file: file.file, problems: findings.map(reasonOf) };
}

/** The report of one record, given its findings on `today` (checkClient, or checkFile in a ledger). */
export function clientReport(client: ClientRecord, findings: readonly Finding[], today: Day, settings: ReportSettings = {}): ClientReport {
  const weeks = settings.weeks ?? ruleContext(client, today, settings.thresholds).thresholds['minimum-hours-unbilled'];
  return {
    id: client.id,
    name: client.name,
    file: client.file,
    status: client.status,
    countsForHealth: client.status !== 'former',
    health: healthOf(findings),
    aging: agingOf(client, today),
    paymentTimes: paymentTimesOf(client, today),
    dso: dsoOf(client, today, settings.dsoDays ?? DSO_DAYS),
    lateness: invoiceLatenessOf(client, today),
    responseTimes: responseTimesOf(client, today),
    hours: weeklyHoursOf(client, today, weeks),
  };
}
