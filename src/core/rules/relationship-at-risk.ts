import { daysBetween, formatDay } from '../values/calendar-day';
import { accountOf, isOpen } from '../derive/account';
import { inLastDays } from '../derive/entry-time';
import type { ClientRecord, RelatedPlace } from '../model';
import { afterHours } from './after-hours';
import { awaitingReply } from './awaiting-reply';
import { noContact } from './no-contact';
import { finding, keyRange, type Rule, type RuleContext } from './rule';
import { scopeCreep } from './scope-creep';
import { slowPayer } from './slow-payer';

export const AT_RISK_WINDOW_DAYS = 90;

export interface Reason {
  readonly id: string;
  readonly label: string;
  readonly tags: readonly string[];
  readonly rules: readonly Rule[];
}

/** The seven reasons for ending a relationship and what counts as evidence of each (format spec). */
export const REASONS: readonly Reason[] = [
  { id: 'unreasonable', label: 'unreasonable demands', tags: ['unreasonable'], rules: [scopeCreep] },
  { id: 'unrealistic', label: 'unrealistic expectations', tags: ['unrealistic'], rules: [] },
  { id: 'boundary', label: 'boundary issues', tags: ['boundary', 'after-hours'], rules: [afterHours] },
  { id: 'disrespect', label: 'lack of respect', tags: ['disrespect'], rules: [] },
  { id: 'unprofessional', label: 'lack of professionalism', tags: ['unprofessional'], rules: [] },
  { id: 'communication', label: 'lack of communication', tags: [], rules: [noContact, awaitingReply] },
  { id: 'non-payment', label: 'non-payment', tags: [], rules: [slowPayer] },
];

export interface ReasonEvidence {
  readonly reason: Reason;
  /** Short, dated descriptions, e.g. "#after-hours 2026-11-03". */
  readonly examples: readonly string[];
  readonly places: readonly RelatedPlace[];
}

export const relationshipAtRisk: Rule = {
  id: 'relationship-at-risk',
  severity: 'warning',
  scope: 'relationship',
  summary: 'Evidence of N or more of the seven reasons for ending a relationship in the last 90 days.',
  check(client, context) {
    const evidence = evidenceOf(client, context);
    if (evidence.length < context.thresholds['relationship-at-risk']) return [];
    const reasons = evidence.map((item) => `${item.reason.label} (${item.examples.slice(0, 2).join('; ')})`).join(', ');
    const message =
      `Relationship at risk: ${evidence.length} of 7 reasons in the last ${AT_RISK_WINDOW_DAYS} days: ${reasons}. ` +
      'Draft a salvage plan, or a termination letter with these examples';
    const related = evidence.flatMap((item) => item.places);
    return [finding(this, keyRange(client, 'status', 'client'), message, { related })];
  },
};

/** The reasons with evidence in the window, each with its dated examples. */
export function evidenceOf(client: ClientRecord, context: RuleContext): ReasonEvidence[] {
  const recent = inLastDays(client.entries, context.today, AT_RISK_WINDOW_DAYS);
  const result: ReasonEvidence[] = [];
  for (const reason of REASONS) {
    const examples: string[] = [];
    const places: RelatedPlace[] = [];
    for (const entry of recent.filter((item) => item.tags.some((tag) => reason.tags.includes(tag)))) {
      const tag = entry.tags.find((item) => reason.tags.includes(item));
      examples.push(`#${tag} ${formatDay(entry.date)}`);
      places.push({ range: entry.range, message: `Evidence of ${reason.label}: ${entry.source}` });
    }
    for (const rule of reason.rules) {
      for (const fired of rule.check(client, context)) {
        examples.push(shortFact(fired.message));
        places.push({ range: fired.range, message: `Evidence of ${reason.label}: ${fired.message}` });
      }
    }
    if (reason.id === 'non-payment') addLongOverdue(client, context, examples, places);
    if (examples.length > 0) result.push({ reason, examples, places });
  }
  return result;
}

/** A finding's fact without its advice: "No reply for 9 days to 3 attempts since 2026-11-03". */
function shortFact(message: string): string {
  const [first, second] = message.split(': ');
  const fact = /\d/.test(first) || second === undefined ? first : `${first}, ${second.replace(/ \([^)]*\)$/, '')}`;
  return fact.charAt(0).toLowerCase() + fact.slice(1);
}

function addLongOverdue(client: ClientRecord, context: RuleContext, examples: string[], places: RelatedPlace[]): void {
  for (const invoice of accountOf(client, context.today).invoices) {
    const days = daysBetween(invoice.due, context.today);
    if (!isOpen(invoice) || days < context.thresholds['invoice-overdue']) continue;
    examples.push(`${invoice.entry.id} ${days} days overdue`);
    places.push({ range: invoice.entry.range, message: `Evidence of non-payment: ${invoice.entry.id} is ${days} days overdue` });
  }
}
