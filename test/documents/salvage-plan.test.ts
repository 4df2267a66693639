import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  documentContext, instalmentPlan, paymentPlanOptions, proposeCallSlot, splitInstalments,
} from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { salvageDates, salvagePlan } from '../../src/core/documents/salvage-plan';
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

    it('gives the last contact and says nothing is waiting', () => {
      const contact = section(text, 'Contact');
      assert.match(contact, /Last contact, 2 days ago: 2026-11-18: email from Priya: will pay BD-023 "soon"/);
      assert.match(contact, /No message of yours is waiting for an answer\./);
      assert.match(contact, /backup: front desk, \+1 555 0177\./);
    });

    it('puts every missing policy first: deposit (it says none), retainer, minimum weekly hours', () => {
      const policy = steps(section(text, 'First, a policy'));
      assert.equal(policy.length, 3);
      assert.match(policy[0], /^Ask for a deposit before any new work starts, e\.g\. \$1,250\.00 .*`deposit: <amount>`.*\(it says none now\)/);
      assert.match(policy[1], /^Propose a retainer/);
      assert.match(policy[2], /^Agree on minimum weekly hours/);
    });

    it('offers 3 monthly or 6 twice-monthly instalments of the open balance, to the cent', () => {
      const payment = section(text, 'Payment plan');
      assert.match(payment, /Slow payer: \$3,250\.00 overdue \(BD-023, BD-024, BD-025\), the oldest 66 days\./);
      assert.match(payment, /3 monthly instalments: \$1,083\.34 on 2026-11-27, \$1,083\.33 on 2026-12-27, \$1,083\.33 on 2027-01-27/);
      assert.match(payment, /6 instalments twice a month: \$541\.70 on 2026-11-27, \$541\.66 on 2026-12-12, \$541\.66 on 2026-12-27, \$541\.66 on 2027-01-11, \$541\.66 on 2027-01-27, \$541\.66 on 2027-02-11/);
      assert.match(payment, /- \[ \] Pause new work until the first instalment arrives/);
    });

    it('ends with a review date 30 days on', () => {
      assert.match(section(text, 'Review'), /^- \[ \] 2026-12-20: decide whether Brightside Dental is still the right client\./m);
    });
  });

  describe('for a client at risk (nova-startups)', () => {
    let text: string;
    before(() => {
      text = plan(sample('nova-startups'));
    });

    it('names the warning signs with their dated examples', () => {
      const signs = section(text, 'Warning signs');
      assert.match(signs, /3 of 7\./);
      assert.match(signs, /^- Unreasonable demands\. Scope creep: 3 out-of-scope requests in the last 30 days \(2026-10-25, 2026-11-01, 2026-11-09\)\.$/m);
      assert.match(signs, /^ {2}- 2026-11-09: request from Sam \(outside the agreed services\): rebuild the website by Friday$/m);
      assert.match(signs, /^ {2}- 2026-10-30 22:40: message from Sam \(marked urgent, outside working hours\): needs the deck tonight$/m);
      assert.match(signs, /^- Lack of respect\.\n {2}- 2026-11-05: Sam called my work "lazy" in the team channel$/m);
    });

    it('asks only for the policy the record lacks (it has a deposit)', () => {
      const policy = steps(section(text, 'First, a policy'));
      assert.deepEqual(policy.map((step) => step.split(',')[0]), ['Propose a retainer', 'Agree on minimum weekly hours']);
    });

    it('climbs the ladder with dates: email today, phone after 48 hours, postcard naming a day and window, backup, hold', () => {
      const ladder = steps(section(text, 'Reach out'));
      assert.equal(ladder.length, 5);
      assert.match(ladder[0], /^2026-11-20: send a polite email to Sam Okafor \(sam@nova\.example\)/);
      assert.match(ladder[1], /^2026-11-22: no answer after 48 hours\? Ask to talk by phone/);
      assert.match(ladder[2], /^2026-11-25: send a handwritten postcard that proposes a call on Monday 2026-11-30 between 10:00 and 12:00, within your hours \(Mon-Fri 09:00-17:00\)\.$/);
      assert.match(ladder[3], /^2026-12-01: no call on Monday 2026-11-30\? Contact the backup: Ines Duarte \(COO\), ines@nova\.example\.$/);
      assert.match(ladder[4], /^If life got in the way .*`status: on-hold` and `hold_until: 2026-12-20`/);
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
      assert.match(contact, /2026-11-13: message to Tom \(no answer yet\): asked for a good time to talk this week \(7 days ago\)/);
    });

    it('calls the number on record and asks for a backup contact when there is none', () => {
      const ladder = steps(section(text, 'Reach out'));
      assert.match(ladder[1], /and call \+1 555 0142\.$/);
      assert.match(ladder[3], /There is no backup contact: .* add `contact\.backup` to the record\./);
    });

    it('offers no payment plan for an invoice only days overdue', () => {
      assert.match(section(text, 'Money'), /HR-012 \(issued 2026-11-01\): \$600\.00 unpaid, due 2026-11-15, 5 days overdue/);
      assert.doesNotMatch(text, /Payment plan/);
    });
  });

  it('reads the dates from the thresholds and the hours', () => {
    const client = parseClient(recordText(['hours: Tue-Thu 13:00-15:00', 'thresholds:', '  awaiting-reply: 72']));
    const dates = salvageDates(client, documentContext(client, day(TODAY)));
    assert.equal(formatDay(dates.phone), '2026-11-23');
    assert.equal(formatDay(dates.postcard), '2026-11-26');
    assert.deepEqual([formatDay(dates.call.day), dates.call.start, dates.call.end], ['2026-12-01', 13 * 60, 15 * 60]);
    assert.equal(formatDay(dates.backup), '2026-12-02');
    assert.equal(formatDay(dates.review), '2026-12-20');
    assert.match(plan(client), /no answer after 72 hours\?/);
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
    assert.match(text, /3 monthly instalments: \$33\.34 on 2026-11-27, \$33\.33 on 2026-12-27, \$33\.33 on 2027-01-27/);
    const notYet = plan(parseClient(recordText([], ['2026-11-10 invoice A-2 $100.00 due 2026-11-30'])));
    assert.match(notYet, /A-2 \(issued 2026-11-10\): \$100\.00 unpaid, due 2026-11-30, not due yet/);
    assert.doesNotMatch(notYet, /Payment plan/);
  });

  it('keeps currencies apart', () => {
    const client = parseClient(recordText([], ['2026-08-01 invoice A-1 €90.00 due 2026-08-15', '2026-08-01 invoice A-2 $30.00 due 2026-08-15']));
    const text = plan(client);
    assert.match(text, /Open balance: €90\.00 \+ \$30\.00/);
    assert.match(text, /Offer a payment plan for the open €90\.00,/);
    assert.match(text, /Offer a payment plan for the open \$30\.00,/);
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
