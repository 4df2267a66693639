import assert from 'node:assert/strict';
import { addDso, dsoOf } from '../../src/core/report/days-sales-outstanding';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

// Today is 2026-11-20. The 90-day window is 2026-08-23 to 2026-11-20:
// Aug 23-31 (9) + Sep (30) + Oct (31) + Nov 1-20 (20) = 90 days.
const LOG = [
  '2026-08-22 invoice D-1 $1000', // open, one day before the window: receivable, not invoiced in it
  '2026-08-23 invoice D-2 $600', //  first day of the window, paid: invoiced, not receivable
  '2026-09-01 payment D-2 $600',
  '2026-11-20 invoice D-3 $400', //  today: invoiced and receivable
  '2026-06-01 invoice D-4 €300', //  open euros, nothing invoiced in euros in the window
];

describe('report: days sales outstanding', () => {
  it('is open receivables / invoiced in the last 90 days x 90, per currency', () => {
    const figures = dsoOf(parseClient(recordText([], LOG)), day(TODAY));
    assert.deepEqual(figures, [
      // nothing invoiced in euros in the window: no DSO
      { currency: 'EUR', receivables: 30000, invoiced: 0, windowDays: 90 },
      // receivables 1,000 + 400 = 1,400; invoiced 600 + 400 = 1,000; 1,400 / 1,000 x 90 = 126
      { currency: 'USD', receivables: 140000, invoiced: 100000, windowDays: 90, days: 126 },
    ]);
  });

  it('takes another window', () => {
    // 30 days: 2026-10-22 to 2026-11-20; invoiced 400 (D-3 only); 1,400 / 400 x 30 = 105
    const usd = dsoOf(parseClient(recordText([], LOG)), day(TODAY), 30).find((figure) => figure.currency === 'USD');
    assert.deepEqual(usd, { currency: 'USD', receivables: 140000, invoiced: 40000, windowDays: 30, days: 105 });
  });

  it('is 0 when everything invoiced is paid', () => {
    const text = recordText([], ['2026-11-01 invoice P-1 $50', '2026-11-02 payment P-1 $50']);
    assert.deepEqual(dsoOf(parseClient(text), day(TODAY)), [{ currency: 'USD', receivables: 0, invoiced: 5000, windowDays: 90, days: 0 }]);
  });

  it('adds clients up per currency before dividing', () => {
    const a = { currency: 'USD', receivables: 140000, invoiced: 100000, windowDays: 90, days: 126 };
    const b = { currency: 'USD', receivables: 10000, invoiced: 50000, windowDays: 90, days: 18 };
    const c = { currency: 'EUR', receivables: 30000, invoiced: 0, windowDays: 90 };
    // USD: (1,400 + 100) / (1,000 + 500) x 90 = 1,500 / 1,500 x 90 = 90
    assert.deepEqual(addDso([a, c, b]), [
      { currency: 'EUR', receivables: 30000, invoiced: 0, windowDays: 90 },
      { currency: 'USD', receivables: 150000, invoiced: 150000, windowDays: 90, days: 90 },
    ]);
  });
});
