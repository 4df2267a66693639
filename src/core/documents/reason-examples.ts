import { accountOf } from '../derive/account';
import { contactHistory } from '../derive/contact-history';
import { byTime } from '../derive/entry-time';
import type { ClientRecord, LogEntry } from '../model';
import { AT_RISK_WINDOW_DAYS, evidenceOf, type Reason } from '../rules/relationship-at-risk';
import type { DocumentContext } from './document-facts';

export interface ReasonExamples {
  readonly reason: Reason;
  /** What the checks found, e.g. "Scope creep: 3 out-of-scope requests in the last 30 days (...)". */
  readonly facts: readonly string[];
  /** The log entries behind it, in time order. */
  readonly entries: readonly LogEntry[];
}

/**
 * The reasons for ending with evidence in the last 90 days (relationship-at-risk's
 * `evidenceOf`), each with the log entries that prove it: the tagged entries, the entries the
 * checks point at (out-of-scope requests, after-hours messages, unanswered attempts, late and
 * long-overdue invoices) and the checks' facts without their advice.
 */
export function reasonExamples(client: ClientRecord, context: DocumentContext): ReasonExamples[] {
  return evidenceOf(client, context).map((evidence) => {
    const lines = new Set(evidence.places.map((place) => place.range.start.line));
    const facts: string[] = [];
    for (const rule of evidence.reason.rules) {
      for (const fired of rule.check(client, context)) {
        facts.push(withoutAdvice(fired.message));
        for (const related of fired.related ?? []) lines.add(related.range.start.line);
      }
    }
    for (const entry of extraExamples(evidence.reason, client, context)) lines.add(entry.range.start.line);
    const entries = byTime(client.entries.filter((entry) => lines.has(entry.range.start.line)));
    return { reason: evidence.reason, facts, entries };
  });
}

/**
 * Non-payment: every invoice paid late in the window, with or without slow-payer firing.
 * Lack of communication: every attempt still unanswered, with or without awaiting-reply firing.
 */
function extraExamples(reason: Reason, client: ClientRecord, context: DocumentContext): LogEntry[] {
  if (reason.id === 'non-payment') {
    const from = context.today - AT_RISK_WINDOW_DAYS;
    return accountOf(client, context.today).invoices
      .filter((invoice) => invoice.paidOn !== undefined && invoice.paidOn > invoice.due && invoice.paidOn >= from)
      .map((invoice) => invoice.entry);
  }
  if (reason.id === 'communication') return [...contactHistory(client, context.today).unanswered];
  return [];
}

/** A finding's message up to its advice: "No reply for 9 days to 3 attempts since 2026-11-03". */
function withoutAdvice(message: string): string {
  const cut = message.lastIndexOf(': ');
  return cut > 0 && /\d/.test(message.slice(0, cut)) ? message.slice(0, cut) : message;
}
