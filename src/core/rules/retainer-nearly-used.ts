import { contactName } from '../derive/follow-up';
import { percentUsed, retainerUse, thisPeriod } from '../derive/retainer-use';
import { retainerUseEmail } from '../edits/record-actions';
import { usedOfBought } from '../summary/retainer-summary';
import { formatMinutes } from '../values/duration';
import { finding, type Rule } from './rule';

export const retainerNearlyUsed: Rule = {
  id: 'retainer-nearly-used',
  severity: 'info',
  scope: 'relationship',
  summary: 'The work of this month (or week) has used 80% or more of `retainer_hours`, and not more than all of it.',
  fixes: (_found, client, text, today) => {
    const use = retainerUse(client, today);
    return use ? [retainerUseEmail(client, text, today, use)] : [];
  },
  check(client, context) {
    const use = retainerUse(client, context.today, context.thresholds['retainer-nearly-used']);
    if (!use?.nearlyUsedAt || use.exceededAt) return [];
    const left = use.boughtMinutes - use.usedMinutes;
    const message =
      `${usedOfBought(use)} of the retainer used ${thisPeriod(use)} (${percentUsed(use)}%), ${left === 0 ? 'nothing' : formatMinutes(left)} left: ` +
      `tell ${contactName(client)} before it runs out, and agree whether extra hours are billed or wait for the next ${use.period}`;
    return [finding(this, use.nearlyUsedAt.range, message)];
  },
};
