import assert from 'node:assert/strict';
import { formatRetainerHours, parseRetainerHours } from '../../src/core/values/retainer-hours';
import { hourlyRate, moneyForMinutes } from '../../src/core/values/hourly-rate';
import { parseThreshold } from '../../src/core/thresholds';
import { check, parseClient, recordText } from '../helpers/ledger-text';
import { assertMessage, only } from '../helpers/rule-cases';

describe('retainer hours', () => {
  it('reads hours a month or a week, in several spellings', () => {
    const month = { minutes: 600, period: 'month' };
    for (const text of ['10/month', '10 / month', '10h/month', '10 hours a month', '10 hours per month', '10h per month', '10 per month', '10 Hours A Month', '10/MONTH']) {
      assert.deepEqual(parseRetainerHours(text), month, text);
    }
    assert.deepEqual(parseRetainerHours('10/week'), { minutes: 600, period: 'week' });
    assert.deepEqual(parseRetainerHours('10h per week'), { minutes: 600, period: 'week' });
    assert.deepEqual(parseRetainerHours('7.5/week'), { minutes: 450, period: 'week' });
    assert.deepEqual(parseRetainerHours('0.25 hours a week'), { minutes: 15, period: 'week' });
    assert.deepEqual(parseRetainerHours('168/week'), { minutes: 10080, period: 'week' });
    assert.deepEqual(parseRetainerHours('744/month'), { minutes: 44640, period: 'month' });
  });

  it('refuses other spellings, zero, three decimals and more hours than the period has', () => {
    for (const text of ['10', 'ten/month', '10/mo', '10/year', '10/day', '10 hours month', '0/month', '0.00/week', '7.555/week', '169/week', '745/month', '-5/month', '10/month/week']) {
      assert.equal(parseRetainerHours(text), undefined, text);
    }
  });

  it('formats what it read', () => {
    assert.equal(formatRetainerHours({ minutes: 600, period: 'month' }), '10h a month');
    assert.equal(formatRetainerHours({ minutes: 450, period: 'week' }), '7h 30m a week');
  });

  it('is read from retainer_hours, without a retainer amount', () => {
    assert.deepEqual(parseClient(recordText(['retainer_hours: 7.5/week'])).retainerHours, { minutes: 450, period: 'week' });
    assert.equal(parseClient(recordText([])).retainerHours, undefined);
    assert.equal(parseClient(recordText(['retainer_hours:'])).retainerHours, undefined);
  });

  it('is frontmatter-invalid on the value when misspelt, with examples', () => {
    const text = recordText(['retainer_hours: 10 a fortnight']);
    const invalid = only(check(text).filter((finding) => finding.rule === 'frontmatter-invalid'));
    assertMessage(invalid, 'retainer_hours must be hours a week or a month, e.g. 10/month, 7.5/week or 10 hours a month, not "10 a fortnight"');
    assert.deepEqual(invalid.range.start, { line: 3, column: 17 });
    assert.equal(parseClient(text).retainerHours, undefined);
  });

  it('gets a key-unknown hint when the key is misspelt', () => {
    assertMessage(only(check(recordText(['retainer_hour: 10/month'])).filter((finding) => finding.rule === 'key-unknown')), 'did you mean retainer_hours?');
  });
});

describe('hourly rates', () => {
  it('read an amount per hour, in the rate\'s currency or the record\'s', () => {
    assert.deepEqual(hourlyRate('40/h', 'USD'), { minor: 4000, currency: 'USD' });
    assert.deepEqual(hourlyRate('$40/h', 'EUR'), { minor: 4000, currency: 'USD' });
    assert.deepEqual(hourlyRate('40 per hour', 'EUR'), { minor: 4000, currency: 'EUR' });
    assert.deepEqual(hourlyRate('37.50/hour', 'GBP'), { minor: 3750, currency: 'GBP' });
    assert.deepEqual(hourlyRate('€45 / h', 'USD'), { minor: 4500, currency: 'EUR' });
    assert.deepEqual(hourlyRate('5000 JPY/h', 'USD'), { minor: 5000, currency: 'JPY' });
  });

  it('are not read from other rates', () => {
    for (const rate of ['600/month', '40', 'negotiable', '40/day', '/h', '40.123/h']) assert.equal(hourlyRate(rate, 'USD'), undefined, rate);
    assert.equal(hourlyRate(undefined, 'USD'), undefined);
  });

  it('price minutes rounded half away from zero to the minor unit', () => {
    const usd = (minor: number) => ({ minor, currency: 'USD' });
    assert.deepEqual(moneyForMinutes(150, usd(3800)), usd(9500)); // 2.5h x $38
    assert.deepEqual(moneyForMinutes(1, usd(3)), usd(0)); // 0.05 cents
    assert.deepEqual(moneyForMinutes(10, usd(3)), usd(1)); // 0.5 cents rounds up
    assert.deepEqual(moneyForMinutes(7, usd(4099)), usd(478)); // 478.21666 cents
    assert.deepEqual(moneyForMinutes(50, usd(4099)), usd(3416)); // 3415.8333 cents
    assert.deepEqual(moneyForMinutes(90, { minor: 5001, currency: 'JPY' }), { minor: 7502, currency: 'JPY' }); // 7501.5 yen
  });
});

describe('the retainer-nearly-used threshold', () => {
  it('is a percentage from 1 to 100, with or without %', () => {
    assert.deepEqual(parseThreshold('retainer-nearly-used', 75), { ok: true, values: { 'retainer-nearly-used': 75 } });
    assert.deepEqual(parseThreshold('retainer-nearly-used', '90%'), { ok: true, values: { 'retainer-nearly-used': 90 } });
    assert.deepEqual(parseThreshold('retainer-nearly-used', '100'), { ok: true, values: { 'retainer-nearly-used': 100 } });
    for (const bad of [0, 101, '80.5', 'most', '3 weeks']) assert.equal(parseThreshold('retainer-nearly-used', bad).ok, false, String(bad));
  });
});
