import { accountOf } from '../derive/account';
import { finding, type Rule } from './rule';

export const paymentUnknownInvoice: Rule = {
  id: 'payment-unknown-invoice',
  severity: 'error',
  scope: 'every-client',
  summary: 'A payment names an invoice ID that no invoice has (in its currency).',
  check(client, context) {
    return accountOf(client, context.today).unknownPayments.map(({ payment, currencyOf }) => {
      const message = currencyOf
        ? `Payment for ${payment.invoiceId} is in ${payment.amount.currency} but invoice ${payment.invoiceId} is in ${currencyOf}: log it in ${currencyOf}`
        : `Payment names invoice ${payment.invoiceId}, which is not in this log: check the ID, or log the invoice`;
      return finding(this, payment.range, message);
    });
  },
};
