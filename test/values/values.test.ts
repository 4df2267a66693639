import assert from 'node:assert/strict';
import { addMonths, formatDay, parseDay, weekdayOf, type Day } from '../../src/core/values/calendar-day';
import { addDuration, parseDuration, parseWorkMinutes } from '../../src/core/values/duration';
import { formatMoney, parseMoney } from '../../src/core/values/money';
import { addWorkingDays, isWithinHours, isWorkingDay, parseWorkingHours, workingDaysBetween } from '../../src/core/values/working-hours';
import { parseThreshold } from '../../src/core/thresholds';
import { relativePath } from '../../src/core/values/file-path';
import { day } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

describe('calendar days', () => {
  it('parses real days and refuses impossible ones', () => {
    assert.equal(formatDay(day('2026-02-28')), '2026-02-28');
    assert.equal(formatDay(day('2024-02-29')), '2024-02-29');
    for (const bad of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-01-01', '2026-1-1x', '']) {
      assert.equal(parseDay(bad), undefined, bad);
    }
  });

  it('adds calendar months, clamping to the end of the month', () => {
    assert.equal(formatDay(addMonths(day('2026-01-31'), 1)), '2026-02-28');
    assert.equal(formatDay(addMonths(day('2024-01-31'), 1)), '2024-02-29');
    assert.equal(formatDay(addMonths(day('2026-11-15'), 3)), '2027-02-15');
    assert.equal(formatDay(addMonths(day('2026-03-31'), -1)), '2026-02-28');
  });

  it('knows the weekday whatever the time zone (Monday = 0)', () => {
    assert.equal(weekdayOf(day('2026-11-23')), 0);
    assert.equal(weekdayOf(day('2026-11-22')), 6);
  });
});

describe('durations', () => {
  it('reads long and short forms', () => {
    assert.deepEqual(parseDuration('2 weeks'), { count: 2, unit: 'week' });
    assert.deepEqual(parseDuration('10d'), { count: 10, unit: 'day' });
    assert.deepEqual(parseDuration('1 month'), { count: 1, unit: 'month' });
    assert.deepEqual(parseDuration('1m'), { count: 1, unit: 'month' });
    assert.equal(parseDuration('a while'), undefined);
    assert.equal(parseDuration('2 fortnights'), undefined);
  });

  it('adds a month as a calendar month', () => {
    assert.equal(formatDay(addDuration(day('2026-01-31'), { count: 1, unit: 'month' })), '2026-02-28');
    assert.equal(formatDay(addDuration(day('2026-10-14'), { count: 2, unit: 'week' })), '2026-10-28');
  });

  it('reads time worked in minutes', () => {
    assert.equal(parseWorkMinutes('2.5h'), 150);
    assert.equal(parseWorkMinutes('1h30m'), 90);
    assert.equal(parseWorkMinutes('45m'), 45);
    assert.equal(parseWorkMinutes('0.25h'), 15);
    assert.equal(parseWorkMinutes('lots'), undefined);
    assert.equal(parseWorkMinutes(''), undefined);
  });
});

describe('money', () => {
  const cases: [string, number, string][] = [
    ['450', 45000, 'USD'], ['450.00', 45000, 'USD'], ['$450', 45000, 'USD'], ['€1,200.50', 120050, 'EUR'],
    ['450 EUR', 45000, 'EUR'], ['£0.05', 5, 'GBP'], ['EUR 12', 1200, 'EUR'], ['1200 JPY', 1200, 'JPY'], ['0.1', 10, 'USD'],
  ];
  for (const [text, minor, currency] of cases) {
    it(`reads ${text} as ${minor} minor units of ${currency}, never a float`, () => {
      assert.deepEqual(parseMoney(text, 'USD'), { ok: true, money: { minor, currency } });
    });
  }

  it('refuses what is not an amount', () => {
    for (const bad of ['lots', '$', '1,20', '12.345', '$12 EUR', '12 XYZ', '-5', '1.5 JPY', '99999999999999999']) {
      assert.equal(parseMoney(bad, 'USD').ok, false, bad);
    }
  });

  it('keeps huge amounts exact up to the safe-integer limit', () => {
    const result = parseMoney('90,071,992,547,409.91', 'USD');
    assert.ok(result.ok);
    assert.equal(result.money.minor, 9007199254740991);
    assert.equal(formatMoney(result.money), '$90,071,992,547,409.91');
  });

  it('formats with the currency symbol and its minor digits', () => {
    assert.equal(formatMoney({ minor: 25000, currency: 'USD' }), '$250.00');
    assert.equal(formatMoney({ minor: 120050, currency: 'EUR' }), '€1,200.50');
    assert.equal(formatMoney({ minor: 5, currency: 'GBP' }), '£0.05');
    assert.equal(formatMoney({ minor: 1200, currency: 'JPY' }), '¥1,200');
    assert.equal(formatMoney({ minor: 1250, currency: 'CHF' }), 'CHF 12.50');
  });
});

describe('working hours', () => {
  const hours = parseWorkingHours('Mon-Fri 09:00-17:00; Sat 10:00-12:00')!;
  const at = (text: string, clock: string) => {
    const [h, m] = clock.split(':').map(Number);
    return isWithinHours(hours, weekdayOf(day(text) as Day), h * 60 + m);
  };

  it('reads spans of days and times', () => {
    assert.ok(hours);
    assert.equal(hours.spans.length, 2);
    assert.ok(parseWorkingHours('Mon,Wed,Fri 08:30-12:00'));
    assert.ok(parseWorkingHours('Monday-Thursday 8:00-16:00'));
    assert.equal(parseWorkingHours('daytime'), undefined);
    assert.equal(parseWorkingHours('Mon-Fri 09:00-25:00'), undefined);
  });

  it('counts the start as inside and the end as outside', () => {
    assert.equal(at('2026-11-23', '09:00'), true);
    assert.equal(at('2026-11-23', '16:59'), true);
    assert.equal(at('2026-11-23', '17:00'), false);
    assert.equal(at('2026-11-23', '08:59'), false);
    assert.equal(at('2026-11-28', '11:00'), true, 'Saturday span');
    assert.equal(at('2026-11-29', '11:00'), false, 'Sunday');
  });

  it('knows working days', () => {
    assert.equal(isWorkingDay(hours, 5), true);
    assert.equal(isWorkingDay(hours, 6), false);
  });

  it('runs a span past midnight', () => {
    const night = parseWorkingHours('Mon-Fri 22:00-06:00')!;
    assert.equal(isWithinHours(night, 0, 23 * 60), true);
    assert.equal(isWithinHours(night, 1, 5 * 60), true, 'Tuesday 05:00 belongs to Monday night');
    assert.equal(isWithinHours(night, 0, 5 * 60), false, 'Monday 05:00 follows Sunday, not a working night');
  });
});

describe('working days', () => {
  const hours = (text: string) => parseWorkingHours(text)!;
  it('counts the days after the first up to the last: Monday to Friday without hours', () => {
    assert.equal(workingDaysBetween(undefined, day('2026-11-18'), day('2026-11-20')), 2, 'Wednesday to Friday');
    assert.equal(workingDaysBetween(undefined, day('2026-11-20'), day('2026-11-23')), 1, 'Friday to Monday');
    assert.equal(workingDaysBetween(undefined, day('2026-11-20'), day('2026-11-20')), 0);
    assert.equal(workingDaysBetween(undefined, day('2026-11-20'), day('2026-11-19')), 0);
    assert.equal(workingDaysBetween(undefined, day('2025-11-20'), day('2026-11-20')), 261, 'a year: 52 weeks and a day');
  });
  it('counts only the days the record\'s hours cover', () => {
    assert.equal(workingDaysBetween(hours('Mon-Thu 08:00-16:00'), day('2026-11-19'), day('2026-11-23')), 1, 'Thursday to Monday');
    assert.equal(workingDaysBetween(hours('Sat 10:00-12:00; Sun 10:00-12:00'), day('2026-11-20'), day('2026-11-27')), 2);
  });
  it('finds the Nth working day after a day', () => {
    assert.equal(formatDay(addWorkingDays(undefined, day('2026-11-20'), 1)), '2026-11-23');
    assert.equal(formatDay(addWorkingDays(undefined, day('2026-11-18'), 2)), '2026-11-20');
    assert.equal(formatDay(addWorkingDays(hours('Mon-Thu 08:00-16:00'), day('2026-11-19'), 1)), '2026-11-23');
    for (let count = 1; count <= 12; count++) {
      const from = day('2026-11-18');
      assert.equal(workingDaysBetween(undefined, from, addWorkingDays(undefined, from, count)), count);
    }
  });
});

describe('thresholds', () => {
  it('reads numbers and units', () => {
    assert.deepEqual(parseThreshold('no-contact', 21), { ok: true, values: { 'no-contact': 21 } });
    assert.deepEqual(parseThreshold('no-contact', '3 weeks'), { ok: true, values: { 'no-contact': 21 } });
    assert.deepEqual(parseThreshold('awaiting-reply', '72h'), { ok: true, values: { 'awaiting-reply': 72 } });
    assert.deepEqual(parseThreshold('awaiting-reply', '3 days'), { ok: true, values: { 'awaiting-reply': 72 } });
    assert.deepEqual(parseThreshold('slow-payer', '3 of 4'), { ok: true, values: { 'slow-payer': 3, 'slow-payer-of': 4 } });
  });

  it('refuses what it cannot read', () => {
    assert.equal(parseThreshold('no-contact', 'soon').ok, false);
    assert.equal(parseThreshold('no-contact', 0).ok, false);
    assert.equal(parseThreshold('no-contact', '1 month').ok, false);
    assert.equal(parseThreshold('slow-payer', '4 of 3').ok, false);
    assert.equal(parseThreshold('scope-creep', [3]).ok, false);
  });
});

describe('relative paths between ledger files', () => {
  it('walks up to the shared folder', () => {
    assert.equal(relativePath('clients/b/acme.md', 'clients/a/acme.md'), '../a/acme.md');
    assert.equal(relativePath('/l/clients/acme.md', '/l/clients/x/acme.md'), 'x/acme.md');
    assert.equal(relativePath('C:\\l\\b\\acme.md', 'C:\\l\\acme.md'), '../acme.md');
  });
});

describe('calendar days against Date.UTC', function () {
  this.timeout(HANG_GUARD_MS);
  it('agree for every day from 1899 to 2101', () => {
    for (let ms = Date.UTC(1899, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
      const date = new Date(ms);
      const text = date.toISOString().slice(0, 10);
      assert.equal(parseDay(text), ms / 86_400_000, text);
      assert.equal(formatDay(parseDay(text)!), text);
    }
  });

  it('format every 97th day of the years 0000 to 9999 as Date does, and the first and last', () => {
    const start = new Date('0000-01-01T00:00:00Z').getTime() / 86_400_000;
    const end = new Date('9999-12-31T00:00:00Z').getTime() / 86_400_000;
    for (let day = start; day <= end; day += 97) assert.equal(formatDay(day as Day), new Date(day * 86_400_000).toISOString().slice(0, 10));
    assert.equal(formatDay(start as Day), '0000-01-01');
    assert.equal(formatDay(end as Day), '9999-12-31');
  });
});
