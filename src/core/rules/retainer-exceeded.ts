import { contactName } from '../derive/follow-up';
import { retainerUse, thisPeriod, type RetainerUse } from '../derive/retainer-use';
import { overageInvoice } from '../edits/record-actions';
import { usedOfBought } from '../summary/retainer-summary';
import { formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import type { ClientRecord } from '../model';
import { finding, type Rule } from './rule';

export const retainerExceeded: Rule = {
  id: 'retainer-exceeded',
  severity: 'warning',
  scope: 'relationship',
  summary: 'The work of this month (or week) is more than `retainer_hours`.',
  fixes: (_found, client, text, today) => {
    const use = retainerUse(client, today);
    return use ? [overageInvoice(client, text, today, use)] : [];
  },
  documents: () => [{ kind: 'overage-note' }],
  check(client, context) {
    const use = retainerUse(client, context.today, context.thresholds['retainer-nearly-used']);
    if (!use?.exceededAt) return [];
    const message =
      `${usedOfBought(use)} of the retainer used ${thisPeriod(use)}: ${overage(use, client)}: ` +
      `tell ${contactName(client)}, then invoice the overage or agree how it is settled`;
    return [finding(this, use.exceededAt.range, message)];
  },
};

/** `2h 30m over, $95.00 at 38/h`; without an hourly rate, how to price it. */
function overage(use: RetainerUse, client: ClientRecord): string {
  const over = `${formatMinutes(use.overageMinutes)} over`;
  if (use.overageMoney) return `${over}, ${formatMoney(use.overageMoney)} at ${client.rate}`;
  return `${over} (an hourly rate such as rate: 40/h would price it)`;
}
