import assert from 'node:assert/strict';
import { percentUsed, periodName, periodOf, retainerUse } from '../../src/core/derive/retainer-use';
import { nextInvoiceId } from '../../src/core/derive/next-invoice-id';
import { formatDay } from '../../src/core/values/calendar-day';
import { day, lineOf, parseClient, recordText } from '../helpers/ledger-text';

const use = (frontmatter: string[], log: string[], today = '2026-11-20', percent = 80) => {
  const text = recordText(frontmatter, log);
  return { text, use: retainerUse(parseClient(text), day(today), percent) };
};
const span = (period: 'week' | 'month', today: string) => {
  const { start, end } = periodOf(period, day(today));
  return [formatDay(start), formatDay(end)];
};

describe('retainer use', () => {
  it('has a period: the calendar month, or Monday to Sunday, holding today', () => {
    assert.deepEqual(span('month', '2026-11-20'), ['2026-11-01', '2026-11-30']);
    assert.deepEqual(span('month', '2026-11-01'), ['2026-11-01', '2026-11-30']);
    assert.deepEqual(span('month', '2026-12-31'), ['2026-12-01', '2026-12-31']);
    assert.deepEqual(span('month', '2028-02-15'), ['2028-02-01', '2028-02-29']);
    assert.deepEqual(span('week', '2026-11-20'), ['2026-11-16', '2026-11-22']); // a Friday
    assert.deepEqual(span('week', '2026-11-16'), ['2026-11-16', '2026-11-22']); // the Monday
    assert.deepEqual(span('week', '2026-11-22'), ['2026-11-16', '2026-11-22']); // the Sunday
    assert.deepEqual(span('week', '2026-12-31'), ['2026-12-28', '2027-01-03']);
  });

  it('counts the work of the period up to today: not the day before it starts, not after today', () => {
    const { use: month } = use(['retainer_hours: 10/month'], [
      '2026-10-31 work 5h', '2026-11-01 work 1h', '2026-11-10 work 2.5h', '2026-11-20 work 45m', '2026-11-21 work 4h', '2026-11-12 call with Jo',
    ]);
    assert.equal(month!.usedMinutes, 60 + 150 + 45);
    assert.equal(month!.boughtMinutes, 600);
    assert.deepEqual(month!.work.map((entry) => formatDay(entry.date)), ['2026-11-01', '2026-11-10', '2026-11-20']);
    assert.equal(percentUsed(month!), 42); // 255 of 600 = 42.5%
    const { use: week } = use(['retainer_hours: 7.5/week'], ['2026-11-15 work 3h', '2026-11-16 work 1h', '2026-11-22 work 2h', '2026-11-19 work 1h30m']);
    assert.equal(week!.usedMinutes, 150);
    assert.equal(week!.boughtMinutes, 450);
  });

  it('is undefined without retainer_hours, and zero on the first day of a period with no work yet', () => {
    assert.equal(use([], ['2026-11-10 work 1h']).use, undefined);
    const { use: fresh } = use(['retainer_hours: 10/month'], ['2026-11-30 work 9h'], '2026-12-01');
    assert.equal(fresh!.usedMinutes, 0);
    assert.equal(fresh!.nearlyUsedAt, undefined);
  });

  it('names the entry that crossed the nearly-used line and the one that crossed 100%, in date order', () => {
    const log = ['2026-11-02 work 3h', '2026-11-09 work 5h', '2026-11-03 work 30m', '2026-11-12 work 1h30m', '2026-11-13 work 2h30m'];
    const { text, use: result } = use(['retainer_hours: 10/month', 'rate: 38/h'], log);
    // In date order: 3h, 3h30m, 8h30m (85%: nearly), 10h (100%: not over), 12h30m (over).
    assert.equal(result!.nearlyUsedAt!.range.start.line, lineOf(text, '2026-11-09 work 5h'));
    assert.equal(result!.exceededAt!.range.start.line, lineOf(text, '2026-11-13 work 2h30m'));
    assert.equal(result!.usedMinutes, 750);
    assert.equal(result!.overageMinutes, 150);
    assert.deepEqual(result!.overageMoney, { minor: 9500, currency: 'USD' });
    assert.deepEqual(result!.hourlyRate, { minor: 3800, currency: 'USD' });
  });

  it('reaches the line at exactly the percentage, and 100% is not yet over', () => {
    const { text, use: exact } = use(['retainer_hours: 10/month'], ['2026-11-02 work 7h59m', '2026-11-03 work 1m', '2026-11-04 work 2h']);
    assert.equal(exact!.nearlyUsedAt!.range.start.line, lineOf(text, '2026-11-03 work 1m'));
    assert.equal(exact!.exceededAt, undefined);
    assert.equal(exact!.overageMinutes, 0);
    const { use: custom } = use(['retainer_hours: 10/month'], ['2026-11-02 work 8h'], '2026-11-20', 90);
    assert.equal(custom!.nearlyUsedAt, undefined);
  });

  it('prices the overage only at an hourly rate, in the rate\'s currency or the record\'s, rounded to the cent', () => {
    const over = ['2026-11-02 work 10h', '2026-11-03 work 7m'];
    assert.deepEqual(use(['retainer_hours: 10/month', 'rate: 40.99/h'], over).use!.overageMoney, { minor: 478, currency: 'USD' }); // 7 x 4099 / 60 = 478.2
    assert.deepEqual(use(['retainer_hours: 10/month', 'currency: EUR', 'rate: 45 per hour'], over).use!.overageMoney, { minor: 525, currency: 'EUR' }); // 525
    assert.equal(use(['retainer_hours: 10/month', 'rate: 600/month'], over).use!.overageMoney, undefined);
    assert.equal(use(['retainer_hours: 10/month'], over).use!.overageMoney, undefined);
    assert.equal(use(['retainer_hours: 10/month'], over).use!.overageMinutes, 7);
  });

  it('names its period', () => {
    assert.equal(periodName(use(['retainer_hours: 10/month'], []).use!), 'November 2026');
    assert.equal(periodName(use(['retainer_hours: 10/week'], []).use!), 'the week of 2026-11-16');
  });
});

describe('the next invoice ID', () => {
  const next = (log: string[]) => nextInvoiceId(parseClient(recordText([], log), 'clients/greenleaf-coaching.md'));

  it('follows the latest numbered invoice, keeping its width', () => {
    assert.equal(next(['2026-10-01 invoice GC-006 $10', '2026-11-01 invoice GC-007 $10']), 'GC-008');
    assert.equal(next(['2026-10-01 invoice INV-99 $10']), 'INV-100');
    assert.equal(next(['2026-11-01 invoice 2026.09 $10']), '2026.10');
  });

  it('takes the latest by date, not by line, and skips an ID already used', () => {
    assert.equal(next(['2026-11-01 invoice B-7 $10', '2026-10-01 invoice A-3 $10']), 'B-8');
    assert.equal(next(['2026-10-01 invoice A-2 $10', '2026-11-01 invoice A-1 $10']), 'A-3');
  });

  it('starts from the client id\'s initials when no invoice is numbered', () => {
    assert.equal(next([]), 'GC-001');
    assert.equal(next(['2026-10-01 invoice final $10']), 'GC-001');
  });
});
