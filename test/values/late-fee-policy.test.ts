import assert from 'node:assert/strict';
import { describeLateFeePolicy, formatFeeAmount, LATE_FEE_EXAMPLES, parseLateFeePolicy, type LateFeePolicy } from '../../src/core/values/late-fee-policy';
import { parseClient, recordText } from '../helpers/ledger-text';

function policy(text: string, currency = 'USD') {
  const parsed = parseLateFeePolicy(text, currency);
  assert.ok(parsed.ok, `${text}: ${parsed.ok ? '' : parsed.reason}`);
  return parsed.policy;
}

function some(text: string): LateFeePolicy {
  const read = policy(text);
  assert.notEqual(read, 'none');
  return read as LateFeePolicy;
}

function reason(text: string): string {
  const parsed = parseLateFeePolicy(text, 'USD');
  assert.ok(!parsed.ok, `${text} should not read`);
  return parsed.reason;
}

describe('late_fee policy spelling', () => {
  it('reads a monthly percentage with a grace period and a percentage cap', () => {
    assert.deepEqual(policy('1.5% monthly after 30 days, max 10%'), {
      charge: { percentMilli: 1500 }, monthly: true, grace: { count: 30, unit: 'day' }, cap: { percentMilli: 10000 },
    });
  });

  it('reads a flat amount charged once after a grace period, in the record currency', () => {
    assert.deepEqual(policy('$25 after 14 days'), { charge: { money: { minor: 2500, currency: 'USD' } }, monthly: false, grace: { count: 14, unit: 'day' } });
    assert.deepEqual(policy('25', 'EUR'), { charge: { money: { minor: 2500, currency: 'EUR' } }, monthly: false });
    assert.deepEqual(policy('25 EUR per month'), { charge: { money: { minor: 2500, currency: 'EUR' } }, monthly: true });
  });

  it('accepts every spelling of monthly, grace as any duration, and a cap as an amount', () => {
    for (const text of ['2% monthly', '2% per month', '2% a month', '2%/month', '2% / month', '2% Monthly']) {
      assert.deepEqual(policy(text), { charge: { percentMilli: 2000 }, monthly: true }, text);
    }
    assert.deepEqual(policy('1.125% a month after 2 weeks, max $100'), {
      charge: { percentMilli: 1125 }, monthly: true, grace: { count: 2, unit: 'week' }, cap: { money: { minor: 10000, currency: 'USD' } },
    });
    assert.deepEqual(some('1% monthly after 1 month max 5%').grace, { count: 1, unit: 'month' });
    assert.deepEqual(policy('1.5% monthly, after 30 days, max 10%'), policy('1.5% monthly after 30 days, max 10%'), 'commas between the parts');
  });

  it('reads none, in any case', () => {
    assert.equal(policy('none'), 'none');
    assert.equal(policy('None'), 'none');
  });

  it('rejects bad spellings with a reason that shows the two example spellings', () => {
    const cases: [string, string][] = [
      ['1.2345% monthly', 'not a percentage'],
      ['0% monthly', 'above 0%'],
      ['150%', 'at most 100%'],
      ['1.5% monthly after thirty days', '"after thirty days" is no grace period'],
      ['late', 'neither a percentage nor an amount'],
      ['1.5% monthly, max lots', 'the cap'],
      ['$0 after 14 days', 'more than nothing'],
    ];
    for (const [text, part] of cases) {
      const why = reason(text);
      assert.ok(why.includes(part), `${text}: ${why}`);
      assert.ok(why.includes(LATE_FEE_EXAMPLES), why);
    }
  });

  it('formats amounts and describes a policy as a sentence reads it', () => {
    assert.equal(formatFeeAmount({ percentMilli: 1500 }), '1.5%');
    assert.equal(formatFeeAmount({ percentMilli: 10000 }), '10%');
    assert.equal(formatFeeAmount({ percentMilli: 1125 }), '1.125%');
    assert.equal(describeLateFeePolicy(some('1.5% monthly after 30 days, max 10%'), { minor: 12500, currency: 'USD' }), '1.5% a month after 30 days, max $125.00');
    assert.equal(describeLateFeePolicy(some('$25 after 14 days')), '$25.00 once after 14 days');
  });
});

describe('late_fee in the frontmatter', () => {
  it('is read into the record', () => {
    const client = parseClient(recordText(['late_fee: 1.5% monthly after 30 days, max 10%']));
    assert.deepEqual(client.lateFee, { charge: { percentMilli: 1500 }, monthly: true, grace: { count: 30, unit: 'day' }, cap: { percentMilli: 10000 } });
    assert.equal(parseClient(recordText(['late_fee: none'])).lateFee, 'none');
    assert.equal(parseClient(recordText([])).lateFee, undefined);
  });

  it('a bad value is frontmatter-invalid on the value, showing the example spellings', () => {
    const client = parseClient(recordText(['late_fee: 1.5% monthly after forever']));
    const problem = client.problems.find((item) => item.rule === 'frontmatter-invalid');
    assert.ok(problem);
    assert.deepEqual(problem.range, { start: { line: 3, column: 11 }, end: { line: 3, column: 37 } });
    assert.ok(problem.message.startsWith('late_fee: "after forever" is no grace period'), problem.message);
    assert.ok(problem.message.includes('"1.5% monthly after 30 days, max 10%" or "$25 after 14 days"'), problem.message);
    assert.equal(client.lateFee, undefined);
  });

  it('a typo of the key gets the key-unknown hint', () => {
    const client = parseClient(recordText(['late_fees: 1.5% monthly']));
    const problem = client.problems.find((item) => item.rule === 'key-unknown');
    assert.ok(problem?.message.includes('did you mean late_fee?'), JSON.stringify(client.problems));
  });
});
