import assert from 'node:assert/strict';
import { checkClient } from '../../src/core/check';
import { compareStandings, formatShort, standingOf } from '../../src/core/summary/client-standing';
import { clientIdFromName, newClientRecord } from '../../src/core/templates/new-client';
import { day, parseClient, parseFile, recordText, TODAY } from '../helpers/ledger-text';

function standing(text: string) {
  const client = parseClient(text);
  return standingOf(client, checkClient(client, day(TODAY)), day(TODAY));
}

describe('client standing', () => {
  it('says in a few words what is overdue, unanswered and silent', () => {
    const text = recordText(['contact:', '  name: Tom'], [
      '2026-09-01 invoice A-1 $250 due 2026-10-12',
      '2026-10-01 call with Tom',
      '2026-11-01 invoice A-2 $99.50',
      '2026-11-15 email to Tom',
    ]);
    const result = standing(text);
    assert.equal(result.description, '$349.50 overdue 39d · no reply 5d · no contact 50d');
    assert.equal(result.worst, 'warning');
    assert.equal(result.needsAttention, true);
    assert.deepEqual(result.balances, [{ minor: 34950, currency: 'USD' }]);
    assert.deepEqual(result.openInvoices.map((open) => [open.invoice.entry.id, open.daysOverdue]), [['A-1', 39], ['A-2', 5]]);
  });

  it('says when you owe the client an answer', () => {
    const text = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-10 email to Jo', '2026-11-17 email from Jo: a question']);
    assert.equal(standing(text).description, 'you owe a reply 3d');
    const fresh = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jo: a question']);
    assert.equal(standing(fresh).description, 'all good', 'before reply-owed fires');
  });

  it('keeps currencies apart', () => {
    const text = recordText(['status: former'], ['2026-11-10 invoice A-1 €100', '2026-11-10 invoice A-2 $5']);
    assert.equal(standing(text).description, '€100 + $5 open');
  });

  it('says where an on-hold or terminating client stands', () => {
    assert.equal(standing(recordText(['status: on-hold', 'hold_until: 2026-12-01'])).description, 'on hold until 2026-12-01');
    assert.equal(standing(recordText(['status: terminating', 'end: 2026-11-30'])).description, 'ends 2026-11-30');
    assert.equal(standing(recordText(['status: terminating', 'end: 2026-11-10'])).description, 'ended 2026-11-10');
  });

  it('says all good when nothing needs a look', () => {
    const text = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jo']);
    const result = standing(text);
    assert.equal(result.description, 'all good');
    assert.equal(result.worst, undefined);
    assert.equal(result.needsAttention, false);
  });

  it('says all good for a healthy record with minimum_hours: 0 (no minimum), not "fix the record"', () => {
    const text = recordText(['deposit: none', 'agreement: a.pdf', 'minimum_hours: 0', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jo']);
    assert.equal(standing(text).description, 'all good');
  });

  it('orders by worst finding, then name', () => {
    const quiet = standing(recordText(['client: Aaron', 'deposit: none', 'agreement: a', 'contact:', '  backup: b'], ['2026-11-19 email from A']));
    const late = standing(recordText(['client: Zed'], ['2026-08-01 invoice Z-1 $5 due 2026-08-02']));
    const hint = standing(recordText(['client: Bea', 'deposit: none', 'contact:', '  backup: b'], ['2026-11-19 email from B']));
    assert.deepEqual([quiet, hint, late].sort(compareStandings).map((item) => item.client.name), ['Zed', 'Bea', 'Aaron']);
  });

  it('shortens whole amounts only', () => {
    assert.equal(formatShort({ minor: 25000, currency: 'USD' }), '$250');
    assert.equal(formatShort({ minor: 25050, currency: 'USD' }), '$250.50');
    assert.equal(formatShort({ minor: 1200, currency: 'JPY' }), '¥1,200');
  });
});

describe('new client template', () => {
  it('makes a file-name id from any name', () => {
    assert.equal(clientIdFromName('Acme Bakery & Co.'), 'acme-bakery-co');
    assert.equal(clientIdFromName('Café *Acme* [Inc]'), 'cafe-acme-inc');
    assert.equal(clientIdFromName('../../etc/passwd'), 'etc-passwd');
    assert.equal(clientIdFromName('***'), 'client');
    assert.ok(clientIdFromName('x'.repeat(300)).length <= 60);
  });

  it('writes a record that parses, with the name kept exactly and no findings but the policy hints', () => {
    const name = 'Café *Acme*: "Inc" #1';
    const text = newClientRecord(name, day('2026-11-20'), 'EUR');
    const file = parseFile(text);
    assert.equal(file.type, 'client');
    if (file.type !== 'client') return;
    assert.equal(file.name, name);
    assert.equal(file.status, 'prospect');
    assert.equal(file.currency, 'EUR');
    assert.deepEqual(file.problems, []);
    assert.equal(file.entries.length, 1);
    assert.deepEqual(checkClient(file, day('2026-11-20')), []);
  });
});

describe('client standing words for findings', () => {
  it('names what the amounts do not say, once each', () => {
    const text = recordText(['status: at-risk', 'hours: Mon-Fri 09:00-17:00', 'deposit: $100'], [
      '2026-11-01 request #out-of-scope #unreasonable', '2026-11-02 request #out-of-scope', '2026-11-03 request #out-of-scope',
      '2026-11-07 22:00 message from Jo', '2026-11-08 23:00 message from Jo', '2026-11-09 23:30 message from Jo #disrespect',
      '2026-11-19 email from Jo',
    ]);
    assert.equal(standing(text).description, 'at risk · deposit missing · scope creep · after hours');
  });
});
