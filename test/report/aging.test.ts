import assert from 'node:assert/strict';
import { addAging, agingBucketOf, agingOf } from '../../src/core/report/aging';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

// Today is 2026-11-20. Days overdue = today - due.
describe('report: receivables aging', () => {
  it('buckets days overdue: current up to 0, then 1-30, 31-60, 61-90, over 90', () => {
    const cases: [number, string][] = [
      [-14, 'current'], [0, 'current'], [1, '1-30'], [30, '1-30'], [31, '31-60'], [60, '31-60'], [61, '61-90'], [90, '61-90'], [91, 'over-90'], [400, 'over-90'],
    ];
    for (const [days, bucket] of cases) assert.equal(agingBucketOf(days), bucket, `${days} days`);
  });

  it('adds open balances into their bucket, one row per currency, paid and future invoices left out', () => {
    const text = recordText([], [
      '2026-08-01 invoice A-1 $100 due 2026-11-20', //  0 days: current
      '2026-11-11 invoice A-2 $200 due 2026-11-25', // -5 days: current
      '2026-08-01 invoice A-3 $300 due 2026-11-19', //  1 day: 1-30
      '2026-08-01 invoice A-4 $400 due 2026-10-21', // 10 (Oct 21 -> 31) + 20 = 30 days: 1-30
      '2026-08-01 invoice A-5 $500 due 2026-10-20', // 31 days: 31-60
      '2026-08-01 invoice A-6 $600 due 2026-09-21', // 30 (Sep 21 -> Oct 21) + 30 = 60 days: 31-60
      '2026-08-01 invoice A-7 $700 due 2026-09-20', // 61 days: 61-90
      '2026-08-01 invoice A-8 $800 due 2026-08-22', // 31 + 30 + 29 = 90 days: 61-90
      '2026-08-01 invoice A-9 $900 due 2026-08-21', // 91 days: over 90
      '2026-09-01 payment A-9 $150', //              A-9 has 900 - 150 = 750 open
      '2026-08-01 invoice A-10 €50 due 2026-10-01', // 30 + 20 = 50 days: 31-60, in euros
      '2026-08-01 invoice A-11 $1000 due 2026-08-15', // paid in full: not open
      '2026-08-10 payment A-11 $1000',
      '2026-12-01 invoice A-12 $5000 due 2026-12-02', // dated after today: not counted
    ]);
    const rows = agingOf(parseClient(text), day(TODAY));
    assert.deepEqual(rows, [
      { currency: 'EUR', buckets: { current: 0, '1-30': 0, '31-60': 5000, '61-90': 0, 'over-90': 0 }, total: 5000 },
      {
        currency: 'USD',
        // current 100 + 200 = 300; 1-30 300 + 400 = 700; 31-60 500 + 600 = 1,100; 61-90 700 + 800 = 1,500; over 90 750
        buckets: { current: 30000, '1-30': 70000, '31-60': 110000, '61-90': 150000, 'over-90': 75000 },
        // 300 + 700 + 1,100 + 1,500 + 750 = 4,350
        total: 435000,
      },
    ]);
  });

  it('has no rows when nothing is open', () => {
    const text = recordText([], ['2026-10-01 invoice A-1 $100', '2026-10-02 payment $100']);
    assert.deepEqual(agingOf(parseClient(text), day(TODAY)), []);
  });

  it('adds rows up currency by currency, never across currencies', () => {
    const usd = { currency: 'USD', buckets: { current: 100, '1-30': 0, '31-60': 5, '61-90': 0, 'over-90': 0 }, total: 105 };
    const usd2 = { currency: 'USD', buckets: { current: 1, '1-30': 2, '31-60': 3, '61-90': 4, 'over-90': 5 }, total: 15 };
    const gbp = { currency: 'GBP', buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, 'over-90': 70 }, total: 70 };
    assert.deepEqual(addAging([usd, gbp, usd2]), [
      gbp,
      // 100 + 1, 0 + 2, 5 + 3, 0 + 4, 0 + 5; total 105 + 15 = 120
      { currency: 'USD', buckets: { current: 101, '1-30': 2, '31-60': 8, '61-90': 4, 'over-90': 5 }, total: 120 },
    ]);
  });
});
