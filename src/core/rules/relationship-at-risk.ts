import { AT_RISK_WINDOW_DAYS, reasonEvidence } from '../derive/reason-evidence';
import { finding, keyRange, type Rule } from './rule';

export const relationshipAtRisk: Rule = {
  id: 'relationship-at-risk',
  severity: 'warning',
  scope: 'relationship',
  summary: 'Evidence of N or more of the seven reasons for ending a relationship in the last 90 days.',
  documents: () => [{ kind: 'salvage-plan' }, { kind: 'termination' }],
  check(client, context) {
    const evidence = reasonEvidence(client, context);
    if (evidence.length < context.thresholds['relationship-at-risk']) return [];
    const reasons = evidence.map((item) => `${item.reason.label} (${item.facts.slice(0, 2).join('; ')})`).join(', ');
    const message =
      `Relationship at risk: ${evidence.length} of 7 reasons in the last ${AT_RISK_WINDOW_DAYS} days: ${reasons}. ` +
      'Draft a salvage plan, or a termination letter with these examples';
    const related = evidence.flatMap((item) => item.places);
    return [finding(this, keyRange(client, 'status', 'client'), message, { related })];
  },
};
