import assert from 'node:assert/strict';
import { headWords } from '../../src/core/parse/head-words';
import { parseDay, dayFromParts } from '../../src/core/values/calendar-day';
import { amountByPattern, readMoney } from '../../src/core/values/money';
import { mulberry32 } from '../helpers/seeded-random';
import { cases, HANG_GUARD_MS } from '../helpers/budget';

// The hot paths read dates, amounts and words from char codes; each must agree with the plain
// definition (a regular expression) on tricky and on seeded random text.

const random = mulberry32(20261123);
const SAMPLES = cases(20_000);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const randomText = (alphabet: readonly string[], maxLength: number): string =>
  Array.from({ length: Math.floor(random() * (maxLength + 1)) }, () => pick(alphabet)).join('');

describe('fast paths agree with their plain definitions', function () {
  this.timeout(HANG_GUARD_MS);
  it('parseDay reads exactly what /^(\\d{4})-(\\d{2})-(\\d{2})$/ and a real calendar day allow', () => {
    const reference = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      return match ? dayFromParts(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
    };
    const tricky = ['2026-11-20', '2026-02-29', '2024-02-29', '2026-13-01', '2026-00-10', '2026-1-05', '2026-11-20 ', ' 2026-11-20', '2026/11/20', '２０２６-11-20', '0000-01-01', '9999-12-31', '2026-11-2x', ''];
    const alphabet = ['0', '1', '2', '3', '9', '-', '/', ' ', 'x', '٣'];
    const samples = [...tricky, ...Array.from({ length: SAMPLES }, () => (random() < 0.5 ? randomText(alphabet, 12) : `20${randomText(['0', '1', '2', '9'], 2)}-${randomText(['0', '1', '2', '3'], 2)}-${randomText(['0', '1', '2', '3', '9'], 2)}`))];
    for (const text of samples) assert.equal(parseDay(text), reference(text), JSON.stringify(text));
  });

  it('readMoney gives the amount of the AMOUNT pattern, and nothing where the pattern gives a reason', () => {
    const tricky = ['450', '$450', '$450.5', '$450.50', '$450.505', '€1,200.50', '1,200', '1,20', '12,000,000', '1234,567', ',100', '100,', '$ 450', '450 EUR', 'EUR 450', 'eur 450.5', 'JPY 450', '¥450', '450.', '.50', '0.00', '99999999999999999', '9007199254740991', '90071992547409.91', '£0', 'KWD 1.234', 'XYZ 5', 'INV-1 $5', '$450 USD', '$450 EUR', ''];
    const alphabet = ['0', '1', '9', ',', '.', '$', '€', '£', ' ', 'E', 'U', 'R', 'x'];
    const samples = [...tricky, ...Array.from({ length: SAMPLES }, () => randomText(alphabet, 14))];
    for (const currency of ['USD', 'JPY', 'KWD']) {
      for (const text of samples) {
        const plain = amountByPattern(text, currency);
        assert.deepEqual(readMoney(text, currency), typeof plain === 'string' ? undefined : plain, `${JSON.stringify(text)} in ${currency}`);
      }
    }
  });

  it('headWords splits like split(/\\s+/) and takes #tags out', () => {
    const alphabet = ['a', 'B', '#', '-', '_', ':', ' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'é', '1'];
    for (let run = 0; run < SAMPLES; run++) {
      const text = randomText(alphabet, 16);
      const isTag = (token: string) => /^#[\w-]+$/.test(token);
      const end = Math.floor(random() * (text.length + 1));
      const expected = text.slice(0, end).split(/\s+/).filter((token) => token !== '');
      const starts: number[] = [];
      const { words, tags } = headWords(text, end, starts);
      assert.deepEqual(words, expected.filter((token) => !isTag(token)), JSON.stringify(text.slice(0, end)));
      assert.deepEqual(words.map((word, index) => text.slice(starts[index], starts[index] + word.length)), words, 'each word at its offset');
      assert.ok(starts.every((start, index) => index === 0 || start > starts[index - 1]), 'offsets in order');
      assert.deepEqual(tags, expected.filter(isTag).map((tag) => tag.slice(1).toLowerCase()));
    }
  });
});
