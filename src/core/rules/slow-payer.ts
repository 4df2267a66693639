import { daysBetween, formatDay } from '../values/calendar-day';
import { accountOf, type InvoiceState } from '../derive/account';
import { finding, keyRange, plural, type Rule } from './rule';

export const slowPayer: Rule = {
  id: 'slow-payer',
  severity: 'warning',
  scope: 'relationship',
  summary: 'At least 2 of the last 3 paid invoices were paid after their due date.',
  check(client, context) {
    const window = context.thresholds['slow-payer-of'];
    const paid = accountOf(client, context.today).invoices
      .filter((invoice): invoice is InvoiceState & { paidOn: number } => invoice.paidOn !== undefined)
      .sort((a, b) => a.paidOn - b.paidOn)
      .slice(-window);
    const late = paid.filter((invoice) => invoice.paidOn > invoice.due);
    if (late.length < context.thresholds['slow-payer']) return [];
    const average = Math.round(late.reduce((sum, invoice) => sum + daysLate(invoice), 0) / late.length);
    const message =
      `Slow payer: ${late.length} of the last ${plural(paid.length, 'paid invoice')} were paid late, ` +
      `on average ${plural(average, 'day')} late: ask for a deposit or retainer, or offer a payment plan`;
    const related = late.map((invoice) => ({
      range: invoice.entry.range,
      message: `${invoice.entry.id} paid ${formatDay(invoice.paidOn!)}, ${plural(daysLate(invoice), 'day')} after it was due`,
    }));
    return [finding(this, keyRange(client, 'client'), message, { related })];
  },
};

function daysLate(invoice: InvoiceState): number {
  return daysBetween(invoice.due, invoice.paidOn!);
}
