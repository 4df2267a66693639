import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMoney, type Money } from '../values/money';
import { accountOf, balanceOf, isOpen, type InvoiceState } from '../derive/account';
import { contactHistory } from '../derive/contact-history';
import type { BrokenFile, ClientRecord, CommunicationEntry, Finding, LogEntry, Severity, SourceRange, Status } from '../model';
import { relationshipEnd } from '../derive/relationship-dates';
import { lateFeeOf } from '../derive/late-fee';
import { retainerUse, thisPeriod } from '../derive/retainer-use';
import { usedOfBought } from './retainer-summary';

export interface OpenInvoice {
  readonly invoice: InvoiceState;
  readonly balance: Money;
  /** Days past due; 0 or less when not yet due. */
  readonly daysOverdue: number;
  /** The late fee the agreement allows on it today, when there is one. */
  readonly lateFee?: Money;
}

/** Where a client stands on a day: what the tree, the status bar and the quick pick show. */
export interface ClientStanding {
  readonly client: ClientRecord;
  /** The record's `client:` key, where opening the record puts the cursor. */
  readonly clientKey?: SourceRange;
  readonly findings: readonly Finding[];
  readonly worst?: Severity;
  /** An error or a warning among the findings. */
  readonly needsAttention: boolean;
  readonly openInvoices: readonly OpenInvoice[];
  /** Open balance per currency. */
  readonly balances: readonly Money[];
  readonly lastContact?: LogEntry;
  readonly unanswered: readonly CommunicationEntry[];
  /** A few words: "$250 overdue 39d · no reply 5d". */
  readonly description: string;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const finding of findings) if (!worst || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

export function standingOf(client: ClientRecord, findings: readonly Finding[], today: Day): ClientStanding {
  const openInvoices = accountOf(client, today).invoices.filter(isOpen).map((invoice) => ({
    invoice,
    balance: balanceOf(invoice),
    daysOverdue: daysBetween(invoice.due, today),
    lateFee: accruedFee(client, invoice, today),
  }));
  const history = contactHistory(client, today);
  const worst = worstSeverity(findings);
  const standing = {
    client,
    clientKey: client.places.get('client')?.key,
    findings,
    worst,
    needsAttention: worst === 'error' || worst === 'warning',
    openInvoices,
    balances: sumByCurrency(openInvoices.map((open) => open.balance)),
    lastContact: history.lastContact,
    unanswered: history.unanswered,
  };
  return { ...standing, description: describe(standing, findings, today) };
}

function accruedFee(client: ClientRecord, invoice: InvoiceState, today: Day): Money | undefined {
  const fee = lateFeeOf(client, invoice, today);
  return fee && fee.accrued.minor > 0 ? fee.accrued : undefined;
}

function describe(standing: Omit<ClientStanding, 'description'>, findings: readonly Finding[], today: Day): string {
  const parts: string[] = [];
  const overdue = standing.openInvoices.filter((open) => open.daysOverdue > 0);
  if (overdue.length > 0) {
    const days = Math.max(...overdue.map((open) => open.daysOverdue));
    parts.push(`${sumByCurrency(overdue.map((open) => open.balance)).map(formatShort).join(' + ')} overdue ${days}d`);
  } else if (standing.balances.length > 0) {
    parts.push(`${standing.balances.map(formatShort).join(' + ')} open`);
  }
  const awaiting = findings.find((finding) => finding.rule === 'awaiting-reply');
  if (awaiting && standing.unanswered.length > 0) parts.push(noReplyWords(standing.unanswered, today));
  const owed = contactHistory(standing.client, today).owedReply;
  if (owed && findings.some((finding) => finding.rule === 'reply-owed')) parts.push(`you owe a reply ${daysBetween(owed.date, today)}d`);
  const silent = findings.some((finding) => finding.rule === 'no-contact');
  if (silent && standing.lastContact) parts.push(`no contact ${daysBetween(standing.lastContact.date, today)}d`);
  else if (silent) parts.push('no contact yet');
  parts.push(...statusWords(standing.client, today));
  parts.push(...findingWords(findings));
  if (parts.length === 0) parts.push(standing.worst && SEVERITY_RANK[standing.worst] <= 1 ? 'needs a look' : 'all good');
  parts.push(...retainerWords(standing.client, today));
  return parts.join(' · ');
}

/** `no reply 17d`: the days since the first of the unanswered attempts (the Clients view, the inlay hint). */
export function noReplyWords(unanswered: readonly CommunicationEntry[], today: Day): string {
  return `no reply ${daysBetween(unanswered[0].date, today)}d`;
}

/** `ends 2026-12-04`, or `ended 2026-11-14` once the day has passed. */
export function endWords(end: Day, today: Day): string {
  return end < today ? `ended ${formatDay(end)}` : `ends ${formatDay(end)}`;
}

/** What the tree says of a record that cannot be read, or whose values are wrong. */
export const FIX_THE_RECORD = 'fix the record';

/**
 * A file that looks like a client record but cannot be read (broken YAML): listed under its
 * file name with what to fix, so it is not lost from view; it always needs attention.
 */
export interface UnreadableStanding {
  readonly file: string;
  readonly id: string;
  /** Its findings in file order: the first is where to start. */
  readonly findings: readonly Finding[];
  readonly description: string;
}

export function unreadableStandingOf(file: BrokenFile, findings: readonly Finding[]): UnreadableStanding {
  return { file: file.file, id: file.clientId ?? file.file, findings, description: FIX_THE_RECORD };
}

/** A few words for the findings the amounts and days above do not already say. */
const FINDING_WORDS: Readonly<Record<string, string>> = {
  'relationship-at-risk': 'at risk',
  'slow-payer': 'slow payer',
  'scope-creep': 'scope creep',
  'after-hours': 'after hours',
  'deposit-not-received': 'deposit missing',
  'hold-expired': 'hold ended',
  'invoice-duplicate': 'check invoices',
  'payment-unknown-invoice': 'check invoices',
  'invoice-overpaid': 'check invoices',
  'frontmatter-invalid': FIX_THE_RECORD,
  'entry-malformed': 'fix the log',
  'client-id-duplicate': FIX_THE_RECORD,
  'merge-conflict': 'merge conflict',
};

function findingWords(findings: readonly Finding[]): string[] {
  const words = findings.filter((finding) => SEVERITY_RANK[finding.severity] <= 1).map((finding) => FINDING_WORDS[finding.rule]);
  return [...new Set(words.filter((word): word is string => word !== undefined))];
}

function statusWords(client: ClientRecord, today: Day): string[] {
  if (client.status === 'on-hold' && client.holdUntil !== undefined) return [`on hold until ${formatDay(client.holdUntil)}`];
  if (client.status === 'terminating') {
    const end = relationshipEnd(client, today);
    if (end) return [endWords(end.day, today)];
  }
  return [];
}

/** `10h 30m of 12h this month`, for a record with `retainer_hours`. */
function retainerWords(client: ClientRecord, today: Day): string[] {
  const use = retainerUse(client, today);
  return use ? [`${usedOfBought(use)} ${thisPeriod(use)}`] : [];
}

export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const amount of amounts) totals.set(amount.currency, (totals.get(amount.currency) ?? 0) + amount.minor);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

/** `$250` for whole amounts, `$250.50` otherwise. */
export function formatShort(money: Money): string {
  return formatMoney(money).replace(/\.0+(?=\D*$)/, '');
}

/** Status groups in the order a person works through them: trouble first. */
export const STATUS_ORDER: readonly Status[] = ['at-risk', 'salvage', 'active', 'on-hold', 'terminating', 'prospect', 'former'];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  'at-risk': 'At risk',
  salvage: 'Salvage',
  active: 'Active',
  'on-hold': 'On hold',
  terminating: 'Terminating',
  prospect: 'Prospects',
  former: 'Former',
};

/** Needing attention first (worst severity first), then by name. */
export function compareStandings(a: ClientStanding, b: ClientStanding): number {
  const rank = (standing: ClientStanding) => (standing.worst ? SEVERITY_RANK[standing.worst] : 4);
  return rank(a) - rank(b) || a.client.name.localeCompare(b.client.name);
}
