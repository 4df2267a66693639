import { formatDay } from '../values/calendar-day';
import { latePayments } from '../derive/payment-history';
import { finding, keyRange, type Rule } from './rule';
import { plural } from '../values/plural';

export const slowPayer: Rule = {
  id: 'slow-payer',
  severity: 'warning',
  scope: 'relationship',
  summary: 'At least 2 of the last 3 paid invoices were paid after their due date.',
  documents: () => [{ kind: 'salvage-plan' }, { kind: 'termination' }],
  check(client, context) {
    const { paid, late, averageDaysLate } = latePayments(client, context.today, context.thresholds['slow-payer-of']);
    if (late.length < context.thresholds['slow-payer']) return [];
    const message =
      `Slow payer: ${late.length} of the last ${plural(paid.length, 'paid invoice')} were paid late, ` +
      `on average ${plural(averageDaysLate, 'day')} late: ask for a deposit or retainer, or offer a payment plan`;
    const related = late.map((invoice) => ({
      range: invoice.entry.range,
      message: `${invoice.entry.id} paid ${formatDay(invoice.paidOn)}, ${plural(invoice.daysLate, 'day')} after it was due`,
    }));
    return [finding(this, keyRange(client, 'client'), message, { related })];
  },
};
