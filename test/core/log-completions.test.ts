import assert from 'node:assert/strict';
import { logCompletions } from '../../src/core/completion/log-completions';
import { day, parseClient, recordText } from '../helpers/ledger-text';

describe('completion in the log', () => {
  const client = parseClient(recordText([], ['2026-10-01 invoice A-1 $450', '2026-10-05 payment A-1 $200', '2026-10-06 invoice A-2 $10', '2026-10-07 payment A-2 $10']));
  const at = (line: string) => logCompletions(line, line.length, client, day('2026-11-20'));

  it('offers the kinds after a date (and a time)', () => {
    assert.deepEqual(at('- 2026-11-20 ').map((item) => item.label).slice(0, 3), ['email', 'call', 'message']);
    assert.equal(at('- 2026-11-20 10:15 em').length, 18);
    assert.deepEqual(at('prose 2026-11-20 '), []);
  });

  it('offers directions after a communication kind', () => {
    assert.deepEqual(at('- 2026-11-20 call ').map((item) => item.label), ['to', 'from', 'with']);
    assert.deepEqual(at('- 2026-11-20 note '), []);
  });

  it('offers the open invoices with their balance after payment', () => {
    assert.deepEqual(at('- 2026-11-20 payment ').map((item) => [item.label, item.insert]), [['A-1', 'A-1 $250.00']]);
  });

  it('offers the invoices with a late fee not yet charged after late-fee, with what is left to charge', () => {
    const late = parseClient(recordText(['late_fee: 1.5% monthly after 30 days, max 10%'], [
      '2026-09-01 invoice BD-023 $1,250.00 due 2026-09-15', '2026-10-16 late-fee BD-023 $18.75', '2026-11-01 invoice BD-025 $1,250.00 due 2026-11-16',
    ]));
    const items = logCompletions('- 2026-11-20 late-fee ', 22, late, day('2026-11-20'));
    assert.deepEqual(items.map((item) => [item.label, item.insert, item.detail]), [['BD-023', 'BD-023 $18.75', '$18.75 late fee not yet charged']]);
  });

  it('offers tags after #', () => {
    const tags = at('- 2026-11-20 call to Jo #no');
    assert.ok(tags.some((item) => item.label === '#no-answer' && item.insert === 'no-answer'));
    assert.equal(tags.every((item) => item.category === 'tag'), true);
  });
});
