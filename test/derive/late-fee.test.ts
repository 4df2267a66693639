import assert from 'node:assert/strict';
import { accountOf, unpaidFeesOf } from '../../src/core/derive/account';
import { lateFeeOf, openInvoiceLateFees, roundedPercent } from '../../src/core/derive/late-fee';
import { day, parseClient, recordText } from '../helpers/ledger-text';

/** The late fee in minor units on invoice `id` as of `on`, under `policy`. */
function feeOn(policy: string, log: readonly string[], on: string, id = 'INV-1', front: readonly string[] = []): number {
  const client = parseClient(recordText([`late_fee: ${policy}`, ...front], log));
  const invoice = accountOf(client, day(on)).invoices.find((state) => state.entry.id === id);
  assert.ok(invoice, `no ${id}`);
  const fee = lateFeeOf(client, invoice, day(on));
  assert.ok(fee, 'no late fee policy applies');
  return fee.accrued.minor;
}

const BD_023 = ['2026-09-01 invoice INV-1 $1,250.00 due 2026-09-15'];
const BD_POLICY = '1.5% monthly after 30 days, max 10%';

describe('late fee derivation', () => {
  it('the worked example: $1,250.00 due 2026-09-15, 1.5% monthly after 30 days: 2 × $18.75 on 2026-11-20, cap $125.00', () => {
    const client = parseClient(recordText([`late_fee: ${BD_POLICY}`], BD_023));
    const [fee] = openInvoiceLateFees(client, day('2026-11-20'));
    assert.deepEqual(fee.periods.map((period) => [period.start, period.principal, period.fee]), [[day('2026-10-16'), 125000, 1875], [day('2026-11-16'), 125000, 1875]]);
    assert.deepEqual(fee.accrued, { minor: 3750, currency: 'USD' });
    assert.deepEqual(fee.cap, { minor: 12500, currency: 'USD' });
    assert.equal(fee.from, day('2026-10-16'));
  });

  it('grace boundary: nothing on the 30th day after the due date, the first period on the 31st', () => {
    assert.equal(feeOn(BD_POLICY, BD_023, '2026-10-15'), 0);
    assert.equal(feeOn(BD_POLICY, BD_023, '2026-10-16'), 1875);
    assert.equal(feeOn(BD_POLICY, BD_023, '2026-11-15'), 1875);
    assert.equal(feeOn(BD_POLICY, BD_023, '2026-11-16'), 3750);
  });

  it('without a grace period the fee applies from the day after the due date', () => {
    assert.equal(feeOn('2% monthly', BD_023, '2026-09-15'), 0);
    assert.equal(feeOn('2% monthly', BD_023, '2026-09-16'), 2500);
  });

  it('monthly periods from a month-end day fall on each anniversary, clamped to the month (01-31, 02-28, 03-31, 04-30)', () => {
    const log = ['2026-01-01 invoice INV-1 $100.00 due 2026-01-30'];
    assert.equal(feeOn('1% monthly', log, '2026-01-31'), 100);
    assert.equal(feeOn('1% monthly', log, '2026-02-27'), 100);
    assert.equal(feeOn('1% monthly', log, '2026-02-28'), 200);
    assert.equal(feeOn('1% monthly', log, '2026-03-30'), 200);
    assert.equal(feeOn('1% monthly', log, '2026-03-31'), 300);
    assert.equal(feeOn('1% monthly', log, '2026-04-29'), 300);
    assert.equal(feeOn('1% monthly', log, '2026-04-30'), 400);
  });

  it('each period is on the principal open on its first day; a payment on that day counts', () => {
    const invoice = '2026-09-01 invoice INV-1 $1,000.00 due 2026-09-30';
    // 2% of $1,000.00 from 10-01, then 2% of $600.00 from 11-01.
    assert.equal(feeOn('2% monthly', [invoice, '2026-10-20 payment INV-1 $400'], '2026-11-20'), 2000 + 1200);
    assert.equal(feeOn('2% monthly', [invoice, '2026-11-01 payment INV-1 $400'], '2026-11-20'), 2000 + 1200);
    assert.equal(feeOn('2% monthly', [invoice, '2026-11-02 payment INV-1 $400'], '2026-11-20'), 2000 + 2000);
  });

  it('a payment without an ID lowers the principal it pays', () => {
    const log = ['2026-09-01 invoice INV-1 $1,000.00 due 2026-09-30', '2026-10-20 payment $250'];
    assert.equal(feeOn('2% monthly', log, '2026-11-20'), 2000 + 1500);
  });

  it('a paid invoice stops accruing, and what accrued while it was open stands', () => {
    const log = ['2026-09-01 invoice INV-1 $1,000.00 due 2026-09-30', '2026-10-15 payment INV-1 $1,000'];
    assert.equal(feeOn('2% monthly', log, '2026-11-20'), 2000);
    const client = parseClient(recordText(['late_fee: 2% monthly'], log));
    assert.deepEqual(openInvoiceLateFees(client, day('2026-11-20')), [], 'not among the open invoices');
  });

  it('never compounds: a charged fee, paid or not, bears no fee', () => {
    const invoice = '2026-09-01 invoice INV-1 $1,000.00 due 2026-09-30';
    assert.equal(feeOn('2% monthly', [invoice, '2026-10-01 late-fee INV-1 $20'], '2026-11-20'), 4000);
    // $1,020 pays the principal first, then the $20 fee: the principal is 0 from 10-15.
    assert.equal(feeOn('2% monthly', [invoice, '2026-10-01 late-fee INV-1 $20', '2026-10-15 payment INV-1 $1,020'], '2026-11-20'), 2000);
  });

  it('caps the sum at a percentage of the invoice amount or at an amount', () => {
    const log = ['2026-01-01 invoice INV-1 $1,250.00 due 2026-01-31'];
    // 5% of $1,250.00 is $62.50 a month: $187.50 after three months, capped at 10% = $125.00.
    assert.equal(feeOn('5% monthly, max 10%', log, '2026-02-01'), 6250);
    assert.equal(feeOn('5% monthly, max 10%', log, '2026-04-01'), 12500);
    // $25 a month: $75 after three periods, capped at $60.
    assert.equal(feeOn('$25 monthly, max $60', log, '2026-03-01'), 5000);
    assert.equal(feeOn('$25 monthly, max $60', log, '2026-04-01'), 6000);
  });

  it('a fee without monthly is charged once', () => {
    assert.equal(feeOn('$25 after 14 days', BD_023, '2026-09-29'), 0);
    assert.equal(feeOn('$25 after 14 days', BD_023, '2026-09-30'), 2500);
    assert.equal(feeOn('$25 after 14 days', BD_023, '2026-12-31'), 2500);
    assert.equal(feeOn('1.5% after 30 days', BD_023, '2026-12-31'), 1875);
  });

  it('rounds each period half away from zero, to the minor unit', () => {
    assert.equal(roundedPercent(1033, 1500), 15, '1.5% of $10.33 = 15.495c');
    assert.equal(roundedPercent(100, 1500), 2, '1.5% of $1.00 = 1.5c');
    assert.equal(roundedPercent(1240, 1250), 16, '1.25% of $12.40 = 15.5c');
    assert.equal(roundedPercent(1234, 1250), 15, '1.25% of $12.34 = 15.425c');
    assert.equal(roundedPercent(-100, 1500), -2);
    assert.equal(roundedPercent(Number.MAX_SAFE_INTEGER, 1500), 135107988821115, 'exact past 2^53: 135,107,988,821,114.865');
    // Two periods of 15.495c are 15c each, not 31c rounded once.
    assert.equal(feeOn('1.5% monthly', ['2026-09-01 invoice INV-1 $10.33 due 2026-09-15'], '2026-10-16'), 30);
  });

  it('a currency without minor units rounds to the whole unit (JPY)', () => {
    const log = ['2026-09-01 invoice INV-1 1033 JPY due 2026-09-15'];
    assert.equal(feeOn('1.5% monthly', log, '2026-10-16', 'INV-1', ['currency: JPY']), 30);
    assert.equal(feeOn('500 JPY after 10 days', ['2026-09-01 invoice INV-1 100000 JPY due 2026-09-15'], '2026-10-16', 'INV-1', ['currency: JPY']), 500);
  });

  it('entries dated after today do not count', () => {
    const log = ['2026-09-01 invoice INV-1 $1,000.00 due 2026-09-30', '2026-11-25 payment INV-1 $1,000'];
    const client = parseClient(recordText(['late_fee: 2% monthly'], log));
    assert.deepEqual(openInvoiceLateFees(client, day('2026-11-20')).map((fee) => fee.accrued.minor), [4000]);
  });

  it('a flat fee in another currency than the invoice allows none on it (never converted)', () => {
    const client = parseClient(recordText(['late_fee: 25 EUR'], BD_023));
    const invoice = accountOf(client, day('2026-11-20')).invoices[0];
    assert.equal(lateFeeOf(client, invoice, day('2026-11-20')), undefined);
  });

  it('no policy, or none: no late fee', () => {
    for (const front of [[], ['late_fee: none']]) {
      const client = parseClient(recordText(front, BD_023));
      assert.deepEqual(openInvoiceLateFees(client, day('2026-11-20')), []);
    }
  });
});

describe('account with charged late fees', () => {
  const invoice = '2026-09-01 invoice INV-1 $100.00 due 2026-09-15';

  function account(log: readonly string[]) {
    return accountOf(parseClient(recordText(['late_fee: $5 after 7 days'], log)), day('2026-11-20'));
  }

  it('a payment naming the invoice pays its principal, then its charged fees', () => {
    const paid = account([invoice, '2026-09-30 late-fee INV-1 $5', '2026-10-05 payment INV-1 $103']);
    const state = paid.invoices[0];
    assert.equal(state.paid, 10000);
    assert.equal(state.fees, 500);
    assert.equal(state.feesPaid, 300);
    assert.deepEqual(unpaidFeesOf(state), { minor: 200, currency: 'USD' });
    assert.deepEqual(paid.overpayments, []);
  });

  it('overpays only on what exceeds the principal and the fees', () => {
    const exact = account([invoice, '2026-09-30 late-fee INV-1 $5', '2026-10-05 payment INV-1 $105']);
    assert.deepEqual(exact.overpayments, []);
    const over = account([invoice, '2026-09-30 late-fee INV-1 $5', '2026-10-05 payment INV-1 $110']);
    assert.deepEqual(over.overpayments.map((item) => item.excess), [{ minor: 500, currency: 'USD' }]);
  });

  it('a payment without an ID pays the oldest open principals, then the oldest charged fees, then is credit', () => {
    const log = [invoice, '2026-09-02 invoice INV-2 $50.00 due 2026-09-16', '2026-09-30 late-fee INV-1 $5', '2026-09-30 late-fee INV-2 $5'];
    const some = account([...log, '2026-10-05 payment $157']);
    assert.deepEqual(some.invoices.map((state) => [state.paid, state.feesPaid]), [[10000, 500], [5000, 200]]);
    assert.equal(some.credit.get('USD') ?? 0, 0);
    const more = account([...log, '2026-10-05 payment $170']);
    assert.deepEqual(more.invoices.map((state) => [state.paid, state.feesPaid]), [[10000, 500], [5000, 500]]);
    assert.equal(more.credit.get('USD'), 1000);
  });

  it('credit waiting from an earlier payment pays a fee when it is charged', () => {
    const state = account([invoice, '2026-09-10 payment $104', '2026-09-30 late-fee INV-1 $5']).invoices[0];
    assert.deepEqual([state.paid, state.feesPaid], [10000, 400]);
  });

  it('a fee naming no invoice, or an invoice of another currency, belongs to none', () => {
    const unknown = account([invoice, '2026-09-30 late-fee INV-9 $5', '2026-09-30 late-fee INV-1 5 EUR']);
    assert.deepEqual(unknown.unknownFees.map((item) => [item.fee.invoiceId, item.currencyOf]), [['INV-9', undefined], ['INV-1', 'USD']]);
    assert.equal(unknown.invoices[0].fees, 0);
  });
});
