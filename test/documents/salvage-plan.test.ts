import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  documentContext, instalmentPlan, paymentPlanOptions, proposeCallSlot, splitInstalments,
} from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { salvageDates, salvagePlan } from '../../src/core/documents/salvage-plan';
import type { Rung } from '../../src/core/derive/follow-up';
import type { ClientRecord } from '../../src/core/model';
import { formatDay } from '../../src/core/values/calendar-day';
import { parseWorkingHours } from '../../src/core/values/working-hours';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');

function sample(id: string): ClientRecord {
  return parseClient(readFileSync(resolve(ROOT, 'examples/ledger/clients', `${id}.md`), 'utf8'), `clients/${id}.md`);
}

/** The lines of a markdown text that are unticked steps. */
function steps(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('- [ ] ')).map((line) => line.slice(6));
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`### ${title}\n`);
  assert.ok(start >= 0, `no section ${title}`);
  const end = markdown.indexOf('\n#', start + 4);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('salvage plan', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const plan = (client: ClientRecord, today = TODAY) => write(salvagePlan(client, documentContext(client, day(today))));

  describe('for a slow payer (brightside-dental)', () => {
    let text: string;
    before(() => {
      text = plan(sample('brightside-dental'));
    });

    it('lists the open invoices with amounts, due dates and days overdue', () => {
      const money = section(text, 'Money');
      assert.match(money, /Open balance: \$3,250\.00, of which \$3,250\.00 overdue:/);
      assert.match(money, /BD-023 \(issued 2026-09-01\): \$1,250\.00 unpaid, due 2026-09-15, 66 days overdue/);
      assert.match(money, /BD-024 \(issued 2026-10-01\): \$750\.00 open of \$1,250\.00, due 2026-10-15, 36 days overdue/);
      assert.match(money, /BD-025 \(issued 2026-11-02\): \$1,250\.00 unpaid, due 2026-11-16, 4 days overdue/);
    });

    it('shows the payment history with days late', () => {
      const money = section(text, 'Money');
      assert.match(money, /The last 3 paid invoices: 2 paid late\./);
      assert.match(money, /BD-020 \(\$1,200\.00\), due 2026-06-15, paid 2026-07-02: 17 days late/);
      assert.match(money, /BD-021 \(\$1,200\.00\), due 2026-07-15, paid 2026-07-14: on time/);
      assert.match(money, /BD-022 \(\$1,200\.00\), due 2026-08-15, paid 2026-09-05: 21 days late/);
      assert.match(money, /Policy: deposit: none, no retainer, no minimum weekly hours\./);
    });

    it('gives the last contact and says the answer is owed to her', () => {
      const contact = section(text, 'Contact');
      assert.match(contact, /Last contact, 2 days ago: 2026-11-18: email from Priya: will pay BD-023 "soon"/);
      assert.match(contact, /You owe the answer: their email of 2026-11-18 has waited 2 working days\./);
      assert.doesNotMatch(contact, /Unanswered|Nobody is waiting/);
      assert.match(contact, /backup: front desk, \+1 555 0177\./);
    });

    it('puts every missing policy first, in one step: deposit (it says none), retainer, minimum weekly hours', () => {
      const policy = section(text, 'First, a policy');
      assert.deepEqual(steps(policy), ['Before any new work, agree on a deposit, a retainer and minimum weekly hours:']);
      assert.match(policy, /^ {2}- A deposit before any new work starts, e\.g\. \$1,250\.00 .*`deposit: <amount>`.*\(it says none now\)/m);
      assert.match(policy, /^ {2}- A retainer/m);
      assert.match(policy, /^ {2}- Minimum weekly hours/m);
    });

    it('answers her first, with the payment plan, and starts no silence ladder', () => {
      assert.deepEqual(steps(section(text, 'Answer first')), ["2026-11-20: answer Dr. Priya Nair's email of 2026-11-18, and offer one of the payment plans below; log it as `email to Dr. Priya Nair`."]);
      assert.doesNotMatch(text, /### Reach out|handwritten postcard/);
    });

    it('gives 3 monthly or 6 twice-monthly instalments of the open balance, to the cent, inside the answer', () => {
      const payment = section(text, 'Payment plan');
      assert.match(payment, /Slow payer: \$3,250\.00 overdue \(BD-023, BD-024, BD-025\), the oldest 66 days\./);
      assert.match(payment, /^- The plans to offer in your answer, for the open \$3,250\.00 \(until the first instalment arrives, pause new work and say so\):$/m);
      assert.match(payment, /3 monthly instalments: \$1,083\.34 on 2026-11-27, \$1,083\.33 on 2026-12-27, \$1,083\.33 on 2027-01-27/);
      assert.match(payment, /6 instalments twice a month: \$541\.70 on 2026-11-27, \$541\.66 on 2026-12-12, \$541\.66 on 2026-12-27, \$541\.66 on 2027-01-11, \$541\.66 on 2027-01-27, \$541\.66 on 2027-02-11/);
      assert.deepEqual(steps(payment), ['Once a plan is agreed: confirm it in writing, and log each instalment as it arrives as `- <date> payment <amount>` (without an invoice id it pays the oldest open invoices first).']);
    });

    it('ends with a review date 30 days on', () => {
      assert.match(section(text, 'Review'), /^- \[ \] 2026-12-20: decide whether Brightside Dental is still the right client\./m);
    });
  });

  it('offers the payment plan a message asks for', () => {
    const client = parseClient(recordText(['contact:', '  name: Jo'], ['2026-11-02 invoice A-1 $300 due 2026-11-16', '2026-11-18 email from Jo: could I pay it in instalments?']));
    const text = plan(client);
    assert.deepEqual(steps(section(text, 'Answer first')), ["2026-11-20: answer Jo's email of 2026-11-18, which asks to pay in instalments: offer one of the payment plans below; log it as `email to Jo`."]);
    assert.match(section(text, 'Payment plan'), /They asked to pay in instalments: \$300\.00 overdue \(A-1\), the oldest 4 days\./);
  });

  describe('for a client at risk (nova-startups)', () => {
    let text: string;
    before(() => {
      text = plan(sample('nova-startups'));
    });

    it('names the warning signs with their facts and dated examples', () => {
      const signs = section(text, 'Warning signs');
      assert.match(signs, /3 of 7\./);
      assert.match(signs, /^- Unreasonable demands: #unreasonable 2026-11-09; scope creep: 3 out-of-scope requests in the last 30 days\.$/m);
      assert.match(signs, /^ {2}- 2026-11-09: request from Sam \(outside the agreed services\): rebuild the website by Friday$/m);
      assert.match(signs, /^ {2}- 2026-10-30 22:40: message from Sam \(marked urgent, outside working hours\): needs the deck tonight$/m);
      assert.match(signs, /^- Lack of respect: #disrespect 2026-11-05\.\n {2}- 2026-11-05: Sam called my work "lazy" in the team channel$/m);
    });

    it('asks only for the policy the record lacks (it has a deposit)', () => {
      assert.deepEqual(steps(section(text, 'First, a policy')), ['Before any new work, agree on a retainer and minimum weekly hours:']);
    });

    it('answers his message first, restating the services and the hours', () => {
      assert.deepEqual(steps(section(text, 'Answer first')), [
        "2026-11-20: answer Sam Okafor's message of 2026-11-17; restate the agreed services (social media scheduling, inbox triage) and your working hours (Mon-Fri 09:00-17:00); log it as `email to Sam Okafor`.",
      ]);
    });

    it('has no payment plan when nothing is owed', () => {
      assert.doesNotMatch(text, /Payment plan/);
      assert.match(section(text, 'Money'), /No open invoices\./);
      assert.match(section(text, 'Money'), /deposit \$500\.00 \(received \$500\.00\)/);
    });
  });

  describe('for a silent client (harbor-realty)', () => {
    let text: string;
    before(() => {
      text = plan(sample('harbor-realty'));
    });

    it('lists the unanswered attempts with their dates and how long they wait', () => {
      const contact = section(text, 'Contact');
      assert.match(contact, /Last contact, 29 days ago: 2026-10-22: call with Tom: agreed on the new listing template/);
      assert.match(contact, /Unanswered: 4 attempts since 2026-11-03, the first 17 days ago:/);
      assert.match(contact, /2026-11-03: email to Tom \(no answer yet\): sent the listing drafts for approval \(17 days ago\)/);
      assert.match(contact, /2026-11-10 10:15: call to Tom \(no answer yet\): left a voicemail \(10 days ago\)/);
    });

    it('continues the ladder from the rung the log has reached: earlier rungs ticked, the postcard next', () => {
      const reach = section(text, 'Reach out');
      const done = reach.split('\n').filter((line) => line.startsWith('- [x] '));
      assert.deepEqual(done.map((line) => line.slice(6, 16)), ['2026-11-03', '2026-11-06', '2026-11-10', '2026-11-13']);
      const ahead = steps(reach);
      assert.match(ahead[0], /^If there is still no answer by 2026-11-15: send a handwritten postcard that proposes a call on Tuesday 2026-11-24 between 10:00 and 12:00, within your hours \(Mon-Fri 09:00-17:00\); say that, as agreed, the deposit \(\$300\.00\) will be drawn for the work meanwhile\.$/);
      assert.match(ahead[1], /^If there is no call on Tuesday 2026-11-24: there is no backup contact; find one .* add `contact\.backup` to the record\.$/);
      assert.match(ahead[2], /^If life got in the way /);
      assert.doesNotMatch(reach, /send a polite email|ask to talk by phone/, 'rungs already climbed are not planned again');
    });

    it('offers no payment plan for an invoice only days overdue', () => {
      assert.match(section(text, 'Money'), /HR-012 \(issued 2026-11-01\): \$600\.00 unpaid, due 2026-11-15, 5 days overdue/);
      assert.doesNotMatch(text, /Payment plan/);
    });
  });

  it('starts the ladder today when nobody waits: every rung after the email is conditional', () => {
    const client = parseClient(recordText(['contact:', '  name: Jo', '  email: jo@x.test', '  phone: "555"', '  backup: Bo'], ['2026-11-10 meeting with Jo: fine']));
    const ahead = steps(section(plan(client), 'Reach out'));
    assert.match(ahead[0], /^2026-11-20: send a polite email to Jo \(jo@x\.test\): a short check-in that asks how things are and what would help; log it as `email to Jo`\.$/);
    assert.match(ahead[1], /^If there is no answer by 2026-11-22: ask to talk by phone and call 555\.$/);
    assert.match(ahead[2], /^If there is still no answer by 2026-11-25: send a handwritten postcard that proposes a call on Monday 2026-11-30 between 10:00 and 12:00\.$/);
    assert.match(ahead[3], /^If there is no call on Monday 2026-11-30: contact the backup, Bo\.$/);
  });

  it('says what the agreement allows in the next message to a silent client: minimum billed, retainer and deposit drawn', () => {
    const client = parseClient(recordText(['minimum_hours: 5', 'retainer: $800', 'deposit: $300'], ['2026-01-01 deposit $300', '2026-11-01 email from Jo: ok', '2026-11-16 email to Jo: any news?']));
    const [next] = steps(section(plan(client), 'Reach out'));
    assert.match(next, /say that, as agreed, the minimum of 5 hours a week is billed whether it is used or not, and this month's retainer \(\$800\.00\) is drawn as usual, and the deposit \(\$300\.00\) will be drawn for the work meanwhile\.$/);
    const inTouch = parseClient(recordText(['minimum_hours: 5'], ['2026-11-18 meeting with Jo: fine']));
    assert.doesNotMatch(plan(inTouch), /as agreed/, 'a client in touch is not reminded of the policy');
  });

  it('reads the dates from the thresholds, the hours and the rung reached', () => {
    const client = parseClient(recordText(['hours: Tue-Thu 13:00-15:00', 'contact:', '  backup: Bo', 'thresholds:', '  awaiting-reply: 72']));
    const dates = salvageDates(client, documentContext(client, day(TODAY)));
    const at = (rung: Rung) => formatDay(dates.rungs.get(rung)!);
    assert.deepEqual([formatDay(dates.next), at('email'), at('call'), at('postcard'), at('backup')], ['2026-11-20', '2026-11-20', '2026-11-23', '2026-11-26', '2026-12-02']);
    assert.deepEqual([formatDay(dates.call.day), dates.call.start, dates.call.end], ['2026-12-01', 13 * 60, 15 * 60]);
    assert.equal(formatDay(dates.review), '2026-12-20');
    const called = parseClient(recordText(['contact:', '  backup: Bo'], ['2026-11-17 email to Jo', '2026-11-19 call to Jo #no-answer']));
    const after = salvageDates(called, documentContext(called, day(TODAY)));
    assert.deepEqual([...after.rungs.keys()], ['postcard', 'backup', 'hold']);
    assert.equal(formatDay(after.rungs.get('postcard')!), '2026-11-21');
  });

  it('proposes a window inside the working day, on a working day', () => {
    const slot = (hours: string | undefined, from: string) => {
      const found = proposeCallSlot(hours === undefined ? undefined : parseWorkingHours(hours), day(from));
      return [formatDay(found.day), found.start / 60, found.end / 60];
    };
    assert.deepEqual(slot(undefined, '2026-11-28'), ['2026-11-30', 10, 12], 'weekdays 10-12 without hours');
    assert.deepEqual(slot('Mon-Fri 09:00-17:00', '2026-11-27'), ['2026-11-27', 10, 12]);
    assert.deepEqual(slot('Sat 10:00-11:00', '2026-11-23'), ['2026-11-28', 10, 11], 'a short day keeps its own window');
    assert.deepEqual(slot('Mon 08:00-12:00; Wed 14:00-18:00', '2026-11-24'), ['2026-11-25', 15, 17]);
    assert.deepEqual(slot('Fri 22:00-02:00', '2026-11-20'), ['2026-11-20', 23, 24], 'a night shift ends at midnight');
  });

  it('adds a plan for an invoice long overdue even without a slow-payer history', () => {
    const client = parseClient(recordText([], ['2026-09-01 invoice A-1 $100.00 due 2026-09-15']));
    const text = plan(client);
    assert.match(text, /Overdue invoices: \$100\.00 overdue \(A-1\), the oldest 66 days\./);
    assert.match(text, /^- \[ \] 2026-11-20: offer a payment plan for the open \$100\.00 \(until the first instalment arrives, pause new work and say so\), either:$/m);
    assert.match(text, /3 monthly instalments: \$33\.34 on 2026-11-27, \$33\.33 on 2026-12-27, \$33\.33 on 2027-01-27/);
    const notYet = plan(parseClient(recordText([], ['2026-11-10 invoice A-2 $100.00 due 2026-11-30'])));
    assert.match(notYet, /A-2 \(issued 2026-11-10\): \$100\.00 unpaid, due 2026-11-30, not due yet/);
    assert.doesNotMatch(notYet, /Payment plan/);
  });

  it('keeps currencies apart', () => {
    const client = parseClient(recordText([], ['2026-08-01 invoice A-1 €90.00 due 2026-08-15', '2026-08-01 invoice A-2 $30.00 due 2026-08-15']));
    const text = plan(client);
    assert.match(text, /Open balance: €90\.00 \+ \$30\.00/);
    assert.match(text, /offer a payment plan for the open €90\.00 /);
    assert.match(text, /offer a payment plan for the open \$30\.00 /);
  });
});

describe('instalments', () => {
  it('splits in minor units with the remainder on the first, adding up exactly', () => {
    assert.deepEqual(splitInstalments({ minor: 100000, currency: 'USD' }, 3).map((money) => money.minor), [33334, 33333, 33333]);
    assert.deepEqual(splitInstalments({ minor: 1, currency: 'USD' }, 3).map((money) => money.minor), [1, 0, 0]);
    assert.deepEqual(splitInstalments({ minor: 1000, currency: 'JPY' }, 6).map((money) => money.minor), [170, 166, 166, 166, 166, 166]);
    for (const [minor, count] of [[325000, 6], [99999, 7], [Number.MAX_SAFE_INTEGER, 3]]) {
      const parts = splitInstalments({ minor, currency: 'EUR' }, count);
      assert.equal(parts.length, count);
      assert.ok(parts.every((part) => Number.isSafeInteger(part.minor) && part.currency === 'EUR'));
      assert.equal(parts.reduce((sum, part) => sum + BigInt(part.minor), 0n), BigInt(minor));
    }
    assert.throws(() => splitInstalments({ minor: 100, currency: 'USD' }, 0), RangeError);
    assert.throws(() => splitInstalments({ minor: 100, currency: 'USD' }, 1.5), RangeError);
  });

  it('dates monthly instalments by calendar month, clamped to the month end, leap years included', () => {
    const dates = (first: string, schedule: 'monthly' | 'twice-monthly', count: number) =>
      instalmentPlan({ minor: 300, currency: 'USD' }, day(first), schedule, count).map((step) => formatDay(step.due));
    assert.deepEqual(dates('2026-01-31', 'monthly', 3), ['2026-01-31', '2026-02-28', '2026-03-31']);
    assert.deepEqual(dates('2028-01-31', 'monthly', 2), ['2028-01-31', '2028-02-29']);
    assert.deepEqual(dates('2026-01-20', 'twice-monthly', 4), ['2026-01-20', '2026-02-04', '2026-02-20', '2026-03-07']);
  });

  it('starts a proposed plan a week from today', () => {
    const { monthly, twiceMonthly } = paymentPlanOptions({ minor: 60000, currency: 'USD' }, day(TODAY));
    assert.deepEqual(monthly.map((step) => [formatDay(step.due), step.amount.minor]), [['2026-11-27', 20000], ['2026-12-27', 20000], ['2027-01-27', 20000]]);
    assert.equal(twiceMonthly.length, 6);
    assert.equal(formatDay(twiceMonthly[1].due), '2026-12-12');
  });
});
