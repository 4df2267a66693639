import assert from 'node:assert/strict';
import { invoiceLatenessOf, paymentTimesOf } from '../../src/core/report/payment-times';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

// Today is 2026-11-20.
const LOG = [
  '2026-09-01 invoice I-1 $100 due 2026-09-15',
  '2026-09-20 payment I-1 $100', //            paid 19 days after its date (Sep 1 -> 20), 5 days late (Sep 15 -> 20)
  '2026-10-01 invoice I-2 $200 due 2026-10-15',
  '2026-10-10 payment I-2 $50',
  '2026-10-12 payment I-2 $150', //            paid in full on Oct 12: 11 days after its date, 3 days early (-3)
  '2026-10-20 invoice I-3 $300 due 2026-11-03', // open, 17 days overdue (Nov 3 -> 20)
  '2026-11-18 invoice I-4 $50 due 2026-12-02', //  open, not yet due
  '2026-09-05 invoice I-5 $80 due 2026-09-19', //  logged out of order
  '2026-09-19 payment I-5 $80', //             paid 14 days after its date (Sep 5 -> 19), on the due date (0)
];

describe('report: payment times', () => {
  it('averages days to pay and days late over the invoices paid in full', () => {
    const times = paymentTimesOf(parseClient(recordText([], LOG)), day(TODAY));
    assert.equal(times.paidInvoices, 3);
    assert.equal(times.averageDaysToPay, (19 + 11 + 14) / 3);
    assert.equal(times.averageDaysLate, (5 - 3 + 0) / 3);
  });

  it('counts an invoice as paid on the day its last part payment lands', () => {
    const text = recordText([], ['2026-10-01 invoice P-1 $100 due 2026-10-10', '2026-10-05 payment P-1 $60', '2026-10-25 payment P-1 $40']);
    // paid on Oct 25: 24 days after its date, 15 days late
    assert.deepEqual(paymentTimesOf(parseClient(text), day(TODAY)), { paidInvoices: 1, averageDaysToPay: 24, averageDaysLate: 15 });
  });

  it('has no averages when no invoice is paid', () => {
    const text = recordText([], ['2026-10-01 invoice P-1 $100', '2026-10-05 payment P-1 $60']);
    assert.deepEqual(paymentTimesOf(parseClient(text), day(TODAY)), { paidInvoices: 0 });
  });

  it('does not count a payment dated after today', () => {
    const text = recordText([], ['2026-11-01 invoice P-1 $100 due 2026-11-10', '2026-11-25 payment P-1 $100']);
    assert.deepEqual(paymentTimesOf(parseClient(text), day(TODAY)), { paidInvoices: 0 });
  });

  it('lists days late per invoice in invoice date order: paid from the payment, open overdue as of today', () => {
    const lateness = invoiceLatenessOf(parseClient(recordText([], LOG)), day(TODAY));
    assert.deepEqual(
      lateness.map((invoice) => [invoice.invoiceId, invoice.daysLate, invoice.open]),
      [
        ['I-1', 5, false], //  Sep 1
        ['I-5', 0, false], //  Sep 5
        ['I-2', -3, false], // Oct 1
        ['I-3', 17, true], //  Oct 20, open: Nov 3 -> Nov 20
        // I-4 is open but not yet due: left out
      ],
    );
    assert.deepEqual(lateness[0], { invoiceId: 'I-1', date: day('2026-09-01'), due: day('2026-09-15'), daysLate: 5, open: false, paidOn: day('2026-09-20') });
    assert.deepEqual(lateness[3], { invoiceId: 'I-3', date: day('2026-10-20'), due: day('2026-11-03'), daysLate: 17, open: true });
  });

  it('leaves out an open invoice due today (not late yet)', () => {
    const text = recordText([], ['2026-11-06 invoice T-1 $10']); // net 14: due Nov 20, today
    assert.deepEqual(invoiceLatenessOf(parseClient(text), day(TODAY)), []);
  });
});
