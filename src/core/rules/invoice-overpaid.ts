import { formatMoney } from '../values/money';
import { accountOf } from '../derive/account';
import { finding, type Rule } from './rule';

export const invoiceOverpaid: Rule = {
  id: 'invoice-overpaid',
  severity: 'warning',
  scope: 'every-client',
  summary: 'Payments exceed an invoice\'s amount and the late fees charged on it.',
  check(client, context) {
    return accountOf(client, context.today).overpayments.map(({ payment, invoice, excess }) => {
      const fees = invoice.fees > 0 ? ` and the ${formatMoney({ minor: invoice.fees, currency: excess.currency })} of late fees charged on it` : '';
      const message =
        `Payments to ${invoice.entry.id} exceed its ${formatMoney(invoice.entry.amount)}${fees} by ${formatMoney(excess)}: ` +
        'check the amount, or refund or credit the difference';
      return finding(this, payment.range, message, { related: [{ range: invoice.entry.range, message: `Invoice ${invoice.entry.id}` }] });
    });
  },
};
