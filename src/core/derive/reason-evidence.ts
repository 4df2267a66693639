import { daysBetween, formatDay } from '../values/calendar-day';
import { accountOf, isOpen } from './account';
import { contactHistory } from './contact-history';
import { AFTER_HOURS_WINDOW_DAYS, afterHoursEntries, outOfScopeRequests, SCOPE_CREEP_WINDOW_DAYS } from './demands';
import { byTime, inLastDays } from './entry-time';
import { latePayments } from './payment-history';
import type { ClientRecord, LogEntry, RelatedPlace, SourceRange } from '../model';
import { keyRange, type RuleContext } from '../rules/rule';
import { plural } from '../values/plural';

export const AT_RISK_WINDOW_DAYS = 90;

export type ReasonId = 'unreasonable' | 'unrealistic' | 'boundary' | 'disrespect' | 'unprofessional' | 'communication' | 'non-payment';

export interface Reason {
  readonly id: ReasonId;
  readonly label: string;
  readonly tags: readonly string[];
}

/** The seven reasons for ending a relationship and the tags that are evidence of each (format spec). */
export const REASONS: readonly Reason[] = [
  { id: 'unreasonable', label: 'unreasonable demands', tags: ['unreasonable'] },
  { id: 'unrealistic', label: 'unrealistic expectations', tags: ['unrealistic'] },
  { id: 'boundary', label: 'boundary issues', tags: ['boundary', 'after-hours'] },
  { id: 'disrespect', label: 'lack of respect', tags: ['disrespect'] },
  { id: 'unprofessional', label: 'lack of professionalism', tags: ['unprofessional'] },
  { id: 'communication', label: 'lack of communication', tags: [] },
  { id: 'non-payment', label: 'non-payment', tags: [] },
];

/** Why a log entry is evidence of a reason. */
export type EvidenceKind = 'tag' | 'out-of-scope' | 'after-hours' | 'unanswered' | 'last-contact' | 'overdue' | 'paid-late';

export interface Evidence {
  readonly entry: LogEntry;
  readonly kind: EvidenceKind;
}

export interface ReasonEvidence {
  readonly reason: Reason;
  /** Short, dated facts: "#disrespect 2026-11-02", "scope creep: 3 out-of-scope requests in the last 30 days". */
  readonly facts: readonly string[];
  /** Where each fact is written, for a finding's related places. */
  readonly places: readonly RelatedPlace[];
  /** Every log entry behind the reason, in time order, each once. */
  readonly evidence: readonly Evidence[];
}

/**
 * The reasons with evidence in the last 90 days: tagged entries, and what the checks would find
 * (scope creep, after-hours demands, no contact or no reply, a slow payer, an invoice 30 days
 * overdue), each with its facts and the entries behind it. A reason counts only by its facts;
 * the entries also include the unanswered attempts and the invoices paid late in the window.
 */
export function reasonEvidence(client: ClientRecord, context: RuleContext): ReasonEvidence[] {
  const result: ReasonEvidence[] = [];
  for (const reason of REASONS) {
    const found = new Collector(reason);
    // In time order, not the file's: the facts read the same however the log's lines are ordered.
    for (const entry of byTime(inLastDays(client.entries, context.today, AT_RISK_WINDOW_DAYS))) {
      const tag = entry.tags.find((candidate) => reason.tags.includes(candidate));
      if (tag !== undefined) found.fact(`#${tag} ${formatDay(entry.date)}`, entry.range, entry.source, [{ entry, kind: 'tag' }]);
    }
    FINDERS[reason.id]?.(client, context, found);
    if (found.facts.length > 0) result.push(found.result());
  }
  return result;
}

type Finder = (client: ClientRecord, context: RuleContext, found: Collector) => void;

const FINDERS: Partial<Record<ReasonId, Finder>> = {
  unreasonable(client, { today, thresholds }, found) {
    const requests = outOfScopeRequests(client, today);
    if (requests.length < thresholds['scope-creep']) return;
    const fact = `scope creep: ${plural(requests.length, 'out-of-scope request')} in the last ${SCOPE_CREEP_WINDOW_DAYS} days`;
    found.fact(fact, requests[requests.length - 1].range, fact, requests.map((entry) => ({ entry, kind: 'out-of-scope' })));
  },
  boundary(client, { today, thresholds }, found) {
    const entries = afterHoursEntries(client, today);
    if (entries.length < thresholds['after-hours']) return;
    const fact = `after-hours demands: ${plural(entries.length, 'message or request', 'messages or requests')} outside working hours in the last ${AFTER_HOURS_WINDOW_DAYS} days`;
    found.fact(fact, entries[entries.length - 1].range, fact, entries.map((entry) => ({ entry, kind: 'after-hours' })));
  },
  communication(client, { today, thresholds }, found) {
    const { lastContact, unanswered } = contactHistory(client, today);
    const from = lastContact?.date ?? client.since;
    const silent = from === undefined ? 0 : daysBetween(from, today);
    if (from !== undefined && silent >= thresholds['no-contact']) {
      const since = lastContact ? `last contact ${formatDay(from)}` : `nothing logged from them since ${formatDay(from)}`;
      const fact = `no contact for ${silent} days (${since})`;
      found.fact(fact, keyRange(client, 'client'), fact, lastContact ? [{ entry: lastContact, kind: 'last-contact' }] : []);
    }
    const waited = unanswered.length === 0 ? 0 : daysBetween(unanswered[0].date, today);
    if (unanswered.length > 0 && waited >= Math.ceil(thresholds['awaiting-reply'] / 24)) {
      const fact = `no reply for ${plural(waited, 'day')} to ${plural(unanswered.length, 'attempt')} since ${formatDay(unanswered[0].date)}`;
      found.fact(fact, unanswered[unanswered.length - 1].range, fact, []);
    }
    if (found.facts.length > 0) found.add(unanswered.map((entry) => ({ entry, kind: 'unanswered' })));
  },
  'non-payment'(client, { today, thresholds }, found) {
    const { paid, late, averageDaysLate } = latePayments(client, today, thresholds['slow-payer-of']);
    if (late.length >= thresholds['slow-payer']) {
      const fact = `slow payer: ${late.length} of the last ${plural(paid.length, 'paid invoice')} paid late, on average ${plural(averageDaysLate, 'day')} late`;
      found.fact(fact, keyRange(client, 'client'), fact, late.map((invoice) => ({ entry: invoice.entry, kind: 'paid-late' })));
    }
    for (const invoice of accountOf(client, today).invoices) {
      const days = daysBetween(invoice.due, today);
      if (!isOpen(invoice) || days < thresholds['invoice-overdue']) continue;
      found.fact(`${invoice.entry.id} ${days} days overdue`, invoice.entry.range, `${invoice.entry.id} is ${days} days overdue`, [{ entry: invoice.entry, kind: 'overdue' }]);
    }
    if (found.facts.length === 0) return;
    const from = today - AT_RISK_WINDOW_DAYS;
    found.add(accountOf(client, today).invoices
      .filter((invoice) => invoice.paidOn !== undefined && invoice.paidOn > invoice.due && invoice.paidOn >= from)
      .map((invoice) => ({ entry: invoice.entry, kind: 'paid-late' })));
  },
};

class Collector {
  readonly facts: string[] = [];
  private readonly places: RelatedPlace[] = [];
  private readonly evidence = new Map<LogEntry, Evidence>();

  constructor(private readonly reason: Reason) {}

  fact(fact: string, range: SourceRange, detail: string, evidence: readonly Evidence[]): void {
    this.facts.push(fact);
    this.places.push({ range, message: `Evidence of ${this.reason.label}: ${detail}` });
    this.add(evidence);
  }

  add(evidence: readonly Evidence[]): void {
    for (const item of evidence) if (!this.evidence.has(item.entry)) this.evidence.set(item.entry, item);
  }

  result(): ReasonEvidence {
    const ordered = byTime([...this.evidence.keys()]).map((entry) => this.evidence.get(entry)!);
    return { reason: this.reason, facts: this.facts, places: this.places, evidence: ordered };
  }
}
