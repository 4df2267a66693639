import assert from 'node:assert/strict';
import { inlayHints, recordHints, type InlayHint } from '../../src/core/navigation/inlay-hints';
import { checkClient } from '../../src/core/check';
import { invoiceAtLine, invoiceSummaryLines } from '../../src/core/summary/invoice-summary';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const EVERY_LINE = { first: 1, last: Number.MAX_SAFE_INTEGER };

/** Each hint as `line: label`, in order. */
function labels(text: string, today = TODAY): string[] {
  return inlayHints(parseClient(text), day(today), EVERY_LINE).map((hint) => `${hint.position.line}: ${hint.label}`);
}

function hintOn(text: string, words: string, today = TODAY): InlayHint | undefined {
  return inlayHints(parseClient(text), day(today), EVERY_LINE).find((hint) => hint.position.line === lineOf(text, words));
}

describe('inlay hints: where an invoice stands', () => {
  const text = recordText(['terms: net 14'], [
    '2026-08-01 invoice A-1 $400 due 2026-08-15',
    '2026-08-10 payment A-1 $400',
    '2026-09-01 invoice A-2 $1,250.00 due 2026-09-15',
    '2026-10-06 payment A-2 $1,250.00',
    '2026-10-01 invoice A-3 $1,250.00 due 2026-10-15',
    '2026-10-30 payment A-3 $500.00: part payment',
    '2026-11-16 invoice A-4 $100',
    '2026-11-06 invoice A-5 $100',
    '2026-10-02 invoice A-3 $1,250.00: logged twice',
    '2026-11-25 invoice A-6 $100: not issued yet',
  ]);
  const at = (words: string) => hintOn(text, words)?.label;

  it('says paid on the day, or what is open and how late, at the end of the line', () => {
    assert.equal(at('invoice A-1'), 'paid 2026-08-10');
    assert.equal(at('invoice A-3 $1,250.00 due'), '$750.00 open · 36d overdue');
    assert.equal(at('invoice A-4'), '$100.00 open · due in 10d');
    assert.equal(at('invoice A-5'), '$100.00 open · due today');
    const hint = hintOn(text, 'invoice A-1')!;
    const line = text.split('\n')[hint.position.line - 1];
    assert.equal(hint.position.column, line.length + 1, 'after the last character');
  });

  it('says how late a paid invoice was paid, and nothing of lateness when on time', () => {
    assert.equal(at('invoice A-2'), 'paid 2026-10-06 · 21d late');
    assert.doesNotMatch(at('invoice A-1')!, /late/);
  });

  it('carries the hover\'s lines as its tooltip', () => {
    const client = parseClient(text);
    const line = lineOf(text, 'invoice A-3 $1,250.00 due');
    const hint = inlayHints(client, day(TODAY), { first: line, last: line })[0];
    assert.deepEqual(hint.tooltip, invoiceSummaryLines(invoiceAtLine(client, line, day(TODAY))!));
  });

  it('gives a repeated invoice ID and an invoice dated after today nothing (the findings speak there)', () => {
    assert.equal(at('logged twice'), undefined);
    assert.equal(at('not issued yet'), undefined);
  });
});

describe('inlay hints: a payment', () => {
  const text = recordText([], [
    '2026-09-01 invoice B-1 $600 due 2026-09-15',
    '2026-10-01 invoice B-2 $600 due 2026-10-15',
    '2026-10-03 invoice B-3 $600 due 2026-10-17',
    '2026-10-10 payment $900',
    '2026-10-20 payment $300',
    '2026-10-25 payment B-3 $200',
    '2026-11-01 payment B-3 $400',
    '2026-11-05 payment $100: nothing left open to pay',
  ]);
  const at = (words: string) => hintOn(text, words)?.label;

  it('without an ID: the invoices it paid, oldest first, and what is left of the last', () => {
    assert.equal(at('payment $900'), 'pays B-1, part of B-2 · $300.00 left');
    assert.equal(at('payment $300'), 'pays B-2');
  });

  it('with an ID: what is left when something is; paid in full, nothing', () => {
    assert.equal(at('payment B-3 $200'), '$400.00 left');
    assert.equal(at('payment B-3 $400'), undefined);
  });

  it('says nothing of a payment that paid no invoice', () => {
    assert.equal(at('nothing left open'), undefined);
  });

  it('spells out each part in the tooltip', () => {
    assert.deepEqual(hintOn(text, 'payment $900')!.tooltip, [
      'Payment $900.00 on 2026-10-10',
      '$600.00 of invoice B-1 ($600.00, issued 2026-09-01): paid in full',
      '$300.00 of invoice B-2 ($600.00, issued 2026-10-01): $300.00 left',
    ]);
  });
});

describe('inlay hints: waiting for a reply', () => {
  const contact = ['contact:', '  name: Tom'];
  const attempts = [
    '2026-10-22 call with Tom: agreed on the template',
    '2026-11-03 email to Tom: sent the drafts',
    '2026-11-06 email to Tom: nudge',
    '2026-11-10 10:15 call to Tom #no-answer',
    '2026-11-13 message to Tom: asked for a good time to talk',
  ];
  const text = recordText(contact, attempts);

  it('on the latest unanswered attempt, counted from the first, as the Clients view says it', () => {
    const hint = hintOn(text, 'message to Tom')!;
    assert.equal(hint.label, 'no reply 17d');
    assert.deepEqual(labels(text).filter((label) => label.includes('no reply')), [`${lineOf(text, 'message to Tom')}: no reply 17d`]);
  });

  it('has the awaiting-reply message, with the next rung of the ladder, as its tooltip', () => {
    const finding = checkClient(parseClient(text), day(TODAY)).find((item) => item.rule === 'awaiting-reply')!;
    assert.deepEqual(hintOn(text, 'message to Tom')!.tooltip, ['Waiting for a reply', finding.message]);
    assert.match(finding.message, /4 attempts since 2026-11-03: next, send a postcard/);
  });

  it('speaks when awaiting-reply does: not before its threshold, not after a reply, not for a client on hold or a snoozed rule', () => {
    const young = recordText(contact, ['2026-11-18 email from Tom: ok', '2026-11-19 email to Tom: the drafts']);
    assert.equal(hintOn(young, 'email to Tom'), undefined, '1 day is under the 48 hours');
    assert.equal(
      inlayHints(parseClient(young), day(TODAY), EVERY_LINE, { thresholds: { 'awaiting-reply': 24 } }).find((hint) => hint.label.startsWith('no reply'))?.label,
      'no reply 1d',
      'the workspace threshold counts',
    );
    assert.equal(hintOn(recordText(contact, [...attempts, '2026-11-18 email from Tom: here you go']), 'message to Tom'), undefined);
    assert.equal(hintOn(recordText(['status: on-hold', ...contact], attempts), 'message to Tom'), undefined);
    assert.equal(hintOn(recordText([...contact, 'snooze:', '  awaiting-reply: 2026-11-30'], attempts), 'message to Tom'), undefined);
  });
});

describe('inlay hints: a notice without an end', () => {
  it('says the end it implies from the record\'s notice, and nothing when the line or the record says it', () => {
    const notice = ['status: terminating', 'notice: 2 weeks'];
    assert.equal(hintOn(recordText(notice, ['2026-11-10 notice to Tom: by email']), 'notice to Tom')?.label, 'ends 2026-11-24');
    assert.equal(hintOn(recordText(notice, ['2026-11-01 notice to Tom']), 'notice to Tom')?.label, 'ended 2026-11-15');
    assert.deepEqual(hintOn(recordText(notice, ['2026-11-10 notice to Tom']), 'notice to Tom')?.tooltip, ['Notice given 2026-11-10', 'Last day 2026-11-24: 2026-11-10 + 2 weeks (the record\'s notice)']);
    assert.equal(hintOn(recordText(notice, ['2026-11-10 notice to Tom end 2026-12-01']), 'notice to Tom'), undefined);
    assert.equal(hintOn(recordText([...notice, 'end: 2026-12-01'], ['2026-11-10 notice to Tom']), 'notice to Tom'), undefined);
  });

  it('gives the other entries nothing', () => {
    const text = recordText([], ['2026-11-01 deposit $300', '2026-11-02 work 2h: inbox', '2026-11-03 note: met at the fair', '2026-11-04 email from Acme: hello']);
    assert.deepEqual(labels(text), []);
  });
});

describe('inlay hints: only the lines asked for', () => {
  const log: string[] = [];
  for (let month = 1; month <= 9; month++) {
    log.push(`2026-0${month}-01 invoice M-${month} $100`, `2026-0${month}-03 note: between`, `2026-0${month}-05 payment $${month % 3 === 0 ? 50 : 100}`);
  }
  const text = recordText([], log);
  const client = parseClient(text);
  const all = recordHints(client, day(TODAY));
  const every = all.within(EVERY_LINE);

  it('gives, for every span of lines, exactly the hints on those lines, in order', () => {
    const lines = text.split('\n').length;
    assert.ok(every.length >= 18, `${every.length} hints`);
    assert.equal(all.count, every.length);
    for (let first = 1; first <= lines + 1; first++) {
      for (let last = first - 1; last <= lines + 1; last++) {
        const expected = every.filter((hint) => hint.position.line >= first && hint.position.line <= last);
        assert.deepEqual(all.within({ first, last }), expected, `${first}-${last}`);
      }
    }
  });

  it('the same hints from one call as from the record derived once', () => {
    const span = { first: lineOf(text, 'M-4'), last: lineOf(text, 'M-6') };
    assert.deepEqual(inlayHints(client, day(TODAY), span), all.within(span));
    assert.deepEqual(all.within(span).map((hint) => hint.label), [
      'paid 2026-05-05 · 20d late',
      'pays M-3, part of M-4 · $50.00 left',
      'paid 2026-06-05 · 21d late',
      'pays M-4, part of M-5 · $50.00 left',
      'paid 2026-07-05 · 20d late',
    ]);
  });
});
