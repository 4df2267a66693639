import { formatDay } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import { balanceOf } from '../derive/account';
import { firstLateAfterOnTime } from '../derive/payment-history';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';

/** On-time invoices before the first late one that make a good payer. */
export const ON_TIME_RUN = 3;

export const firstLatePayment: Rule = {
  id: 'first-late-payment',
  severity: 'info',
  scope: 'relationship',
  summary: 'A client who paid at least 3 invoices on time is late for the first time.',
  documents: (found) => (found.subject ? [{ kind: 'payment-reminder', invoiceId: found.subject.invoiceId }] : []),
  check(client, context) {
    const first = firstLateAfterOnTime(client, context.today, ON_TIME_RUN);
    if (!first) return [];
    const { entry } = first.invoice;
    const message =
      `${client.name} paid ${plural(first.onTime.length, 'invoice')} on time, and ${entry.id} (${formatMoney(balanceOf(first.invoice))}) is the first late one, ` +
      `${plural(first.daysLate, 'day')} past its due date: ask kindly now whether anything has changed, before lateness becomes the habit`;
    const related = first.onTime.map((paid) => ({ range: paid.entry.range, message: `${paid.entry.id} paid ${formatDay(paid.paidOn)}, due ${formatDay(paid.due)}` }));
    return [finding(this, entry.range, message, { related, subject: { invoiceId: entry.id } })];
  },
};
