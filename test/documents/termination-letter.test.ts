import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { letterReasons } from '../../src/core/documents/letter-reasons';
import { terminationLetter } from '../../src/core/documents/termination-letter';
import { terminationDates } from '../../src/core/derive/relationship-dates';
import type { ClientRecord } from '../../src/core/model';
import { formatDay } from '../../src/core/values/calendar-day';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');

function sample(id: string): ClientRecord {
  return parseClient(readFileSync(resolve(ROOT, 'examples/ledger/clients', `${id}.md`), 'utf8'), `clients/${id}.md`);
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`## ${title}\n`);
  assert.ok(start >= 0, `no section ${title}`);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('termination letter', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const letter = (client: ClientRecord, today = TODAY) => write(terminationLetter(client, documentContext(client, day(today))));

  describe('the last working day from notice', () => {
    const end = (notice: string | undefined, today: string, terms?: string) => {
      const client = parseClient(recordText([...(notice ? [`notice: ${notice}`] : []), ...(terms ? [`terms: ${terms}`] : [])]));
      const dates = terminationDates(client, day(today));
      return [formatDay(dates.noticeGiven), formatDay(dates.lastWorkingDay), formatDay(dates.finalInvoiceDue)];
    };

    it('counts a month as a calendar month, clamped to its end', () => {
      assert.deepEqual(end('1 month', '2026-01-31'), ['2026-01-31', '2026-02-28', '2026-03-14']);
      assert.deepEqual(end('1m', '2026-03-31'), ['2026-03-31', '2026-04-30', '2026-05-14']);
      assert.deepEqual(end('3 months', '2026-11-30'), ['2026-11-30', '2027-02-28', '2027-03-14']);
    });

    it('knows leap years', () => {
      assert.deepEqual(end('1 month', '2028-01-31').slice(0, 2), ['2028-01-31', '2028-02-29']);
      assert.deepEqual(end('1 month', '2028-02-29').slice(0, 2), ['2028-02-29', '2028-03-29']);
      assert.deepEqual(end('12 months', '2028-02-29').slice(0, 2), ['2028-02-29', '2029-02-28']);
      assert.deepEqual(end('2 weeks', '2028-02-20').slice(0, 2), ['2028-02-20', '2028-03-05']);
    });

    it('adds weeks and days as days, 2 weeks by default, and dues the final invoice after the terms', () => {
      assert.deepEqual(end('2 weeks', TODAY), ['2026-11-20', '2026-12-04', '2026-12-18']);
      assert.deepEqual(end(undefined, TODAY), ['2026-11-20', '2026-12-04', '2026-12-18']);
      assert.deepEqual(end('10 days', '2026-12-28', 'net 7'), ['2026-12-28', '2027-01-07', '2027-01-14']);
    });

    it('says the last working day in the letter and in the checklist', () => {
      const text = letter(parseClient(recordText(['notice: 1 month'])), '2026-01-31');
      assert.match(section(text, 'Notice period'), /The notice period is 1 month\. It starts today, 2026-01-31; my last working day for you is Saturday 2026-02-28\./);
      const leap = letter(parseClient(recordText(['notice: 1 month'])), '2028-01-31');
      assert.match(leap, /my last working day for you is Tuesday 2028-02-29\./);
      assert.match(letter(parseClient(recordText(['notice: 2 weeks']))), /my last working day for you is Friday 2026-12-04\./);
    });
  });

  describe('for a client at risk (nova-startups)', () => {
    let text: string;
    before(() => {
      text = letter(sample('nova-startups'));
    });

    it('opens with the date, the addressee, the agreement and the notice', () => {
      assert.match(text, /^# Ending our work together: Nova Startups\n\n2026-11-20\n\nDear Sam Okafor,\n\nI am writing to let you know that I am ending our working agreement \(agreements\/nova-startups\.pdf\), with 2 weeks of notice\./);
    });

    it('states each reason in plain words about the work, addressed to the reader, with dated examples', () => {
      const why = section(text, 'Why');
      assert.match(why, /^Several requests have gone beyond the services we agreed \(social media scheduling and inbox triage\):$/m);
      assert.match(why, /^- Sunday 2026-10-25: your request: build an investor pitch deck \(outside the agreed services, outside my working hours\)\.$/m);
      assert.match(why, /^- 2026-11-09: your request: rebuild the website by Friday \(outside the agreed services\)\.$/m);
      assert.match(why, /^Several messages and requests have come outside my working hours \(Mon-Fri 09:00-17:00\):$/m);
      assert.match(why, /^- Friday 2026-10-30 at 22:40: your message: you need the deck tonight \(marked urgent, outside my working hours\)\.$/m);
      assert.match(why, /^- Wednesday 2026-11-04 at 23:10: your message: you asked why the deck is not done \(outside my working hours\)\.$/m);
      assert.match(why, /^- 2026-11-05: you called my work "lazy" in the team channel\.$/m);
    });

    it('never uses the checks\' labels or jargon, tags, or the reader\'s name after the greeting', () => {
      const why = section(text, 'Why');
      assert.doesNotMatch(why, /unreasonable demands|boundary issues|lack of respect|scope creep|after-hours|#\w/i);
      assert.doesNotMatch(text.slice(text.indexOf('Dear Sam Okafor,') + 16), /\bSam\b|Okafor|\bhis\b|\bhe\b/);
    });

    it('gives each dated example once, under the first reason it shows', () => {
      const dated = section(text, 'Why').split('\n').filter((line) => line.startsWith('- ')).map((line) => /\d{4}-\d{2}-\d{2}( at \d\d:\d\d)?/.exec(line)![0]);
      assert.deepEqual(dated, ['2026-10-25', '2026-11-01', '2026-11-09', '2026-10-30 at 22:40', '2026-11-04 at 23:10', '2026-11-17 at 07:05', '2026-11-05']);
    });

    it('gives notice, the final invoice, the deposit and the handover', () => {
      assert.match(section(text, 'Notice period'), /2 weeks\. It starts today, 2026-11-20; my last working day for you is Friday 2026-12-04\. Until then I will keep to the agreed services and my working hours \(Mon-Fri 09:00-17:00\)\./);
      const money = section(text, 'Final invoice and open balance');
      assert.match(money, /Nothing is open today \(2026-11-20\)\./);
      assert.match(money, /The final invoice, for the work up to 2026-12-04, will follow on that day, due 2026-12-11 \(net 7\)\./);
      assert.match(money, /The deposit you paid \(\$500\.00 on 2026-03-01\) will be set against the final invoice; anything left over will be returned to you with it\./);
      const handover = section(text, 'Handover');
      assert.match(handover, /^- Files: everything I prepared for you \(social media scheduling, inbox triage\)/m);
      assert.match(handover, /^- Passwords and access: .*revoke my access/m);
      assert.match(handover, /^- Work in progress: /m);
    });

    it('thanks, offers a reduced service within the agreed ones and a referral, and promises confidentiality', () => {
      const thanks = section(text, 'Thank you');
      assert.match(thanks, /Thank you for the work we have done together since 2026-03-01\./);
      assert.match(thanks, /I am open to a reduced service \(only part of what we agreed, such as social media scheduling or inbox triage, within my working hours\); we can talk about it before 2026-12-04\./);
      assert.match(thanks, /I am also glad to recommend another assistant to take over\./);
      assert.match(thanks, /I will keep all information about you and your business confidential/);
      assert.match(thanks, /Kind regards,\n\n_Your name_\n$/);
    });

    it('holds nothing that is not for the reader: no checklist, no checkbox', () => {
      assert.doesNotMatch(text, /After sending|\[ \]|\[x\]|status: /);
    });

    it('uses no emotional language of its own', () => {
      const own = text.replace(/"lazy"/, '');
      assert.doesNotMatch(own, /!|disappoint|frustrat|unfortunately|sadly|sorry|angry|upset|terrible|awful|rude|lazy/i);
    });
  });

  describe('for a slow payer (brightside-dental)', () => {
    let text: string;
    before(() => {
      text = letter(sample('brightside-dental'));
    });

    it('gives the late payments with days late and the overdue invoices as examples', () => {
      const why = section(text, 'Why');
      assert.match(why, /^Invoices have not been paid on the terms we agreed \(net 14\):$/m);
      assert.match(why, /2026-06-01: invoice BD-020 for \$1,200\.00, due 2026-06-15, was paid on 2026-07-02, 17 days late\./);
      assert.match(why, /2026-08-01: invoice BD-022 for \$1,200\.00, due 2026-08-15, was paid on 2026-09-05, 21 days late\./);
      assert.match(why, /2026-09-01: invoice BD-023 for \$1,250\.00, due 2026-09-15, is still unpaid, 66 days overdue\./);
      assert.match(why, /2026-10-01: invoice BD-024 for \$1,250\.00, due 2026-10-15, \$750\.00 of it is still open, 36 days overdue\./);
      assert.doesNotMatch(why, /BD-021/, 'paid on time');
    });

    it('states the open balance and the final invoice; no deposit is held', () => {
      const money = section(text, 'Final invoice and open balance');
      assert.match(money, /Open today: \$3,250\.00\. Please settle it by 2026-12-04:/);
      assert.match(money, /BD-024 \(issued 2026-10-01\): \$750\.00 open of \$1,250\.00, due 2026-10-15, 36 days overdue/);
      assert.match(money, /due 2026-12-18 \(net 14\)\./);
      assert.doesNotMatch(money, /deposit|retainer/);
    });

    it('offers a reduced service paid in advance', () => {
      assert.match(section(text, 'Thank you'), /a reduced service \(only part of what we agreed, such as appointment reminders or supplier invoices, paid in advance\)/);
    });
  });

  it('gives the unanswered attempts with their dates for a silent client', () => {
    const why = section(letter(sample('harbor-realty')), 'Why');
    assert.match(why, /^I have not been able to reach you for the answers the work needs:$/m);
    assert.match(why, /^- 2026-11-06: my email \(friendly nudge about the drafts\), still unanswered\.$/m);
    assert.match(why, /^- Tuesday 2026-11-10 at 10:15: my call \(left a voicemail\), still unanswered\.$/m);
  });

  it('says since when nothing came in when no attempt is logged', () => {
    const client = parseClient(recordText([], ['2026-10-01 email from Jo: fine', '2026-11-02 issue #disrespect', '2026-11-05 issue #unprofessional: missed the call']));
    const why = section(letter(client), 'Why');
    assert.match(why, /^I have not heard from you since 2026-10-01, and the work needs your answers to go on\.$/m);
    assert.match(why, /^- 2026-11-05: you missed the call\.$/m);
    assert.match(why, /^- 2026-11-02: issue\.$/m);
  });

  it('cites after-hours entries that show a demand, not a message that only arrived on a day off', () => {
    const client = parseClient(recordText(['hours: Mon-Fri 09:00-17:00', 'services: [bookkeeping]'], [
      '2026-11-14 email from Jo: approved the draft',
      '2026-11-15 request from Jo: a new logo',
      '2026-11-16 22:10 message from Jo: is it done?',
      '2026-11-17 10:00 email from Jo #urgent: the invoice',
      '2026-11-18 issue #disrespect: shouted',
      '2026-11-19 issue #unprofessional: no show',
    ]));
    const why = section(letter(client), 'Why');
    assert.match(why, /Sunday 2026-11-15: your request: a new logo \(outside my working hours\)\./);
    assert.match(why, /Monday 2026-11-16 at 22:10: your message: is it done\? \(outside my working hours\)\./);
    assert.doesNotMatch(why, /approved the draft/, 'a Saturday email that only approved a draft shows no demand');
    assert.doesNotMatch(why, /the invoice/, 'an urgent email within the working hours is no boundary issue');
  });

  it('says what becomes of a retainer, and of a deposit agreed but never received', () => {
    const money = section(letter(parseClient(recordText(['retainer: $500', 'deposit: $300']))), 'Final invoice and open balance');
    assert.match(money, /The deposit of \$300\.00 in our agreement was not received, so there is none to set against the final invoice\./);
    assert.match(money, /The retainer of \$500\.00 covers the work up to 2026-12-04; any part of it not used by then will be set against the final invoice or returned to you\./);
  });

  it('offers a referral alone when the record lists no services', () => {
    assert.match(section(letter(parseClient(recordText([]))), 'Thank you'), /If it helps, I am glad to recommend another assistant to take over\./);
  });

  it('counts work logged since the last invoice', () => {
    const client = parseClient(recordText([], ['2026-11-01 invoice A-1 $100', '2026-10-30 work 2h', '2026-11-10 work 1h30m', '2026-11-12 work 45m']));
    assert.match(letter(client), /Work logged since the last invoice \(A-1, 2026-11-01\): 2h 15m\./);
  });

  it('leaves a placeholder when no reason is logged', () => {
    const text = letter(parseClient(recordText(['contact:', '  backup: Bo', 'deposit: none'], ['2026-11-19 email from Jo'])));
    assert.match(section(text, 'Why'), /_No reason for ending is logged in the last 90 days\. State each reason here in plain words about the work, with a dated, specific example\._/);
  });

  it('takes the reasons from the evidence, most objective first, each entry once', () => {
    const client = sample('nova-startups');
    const reasons = letterReasons(client, documentContext(client, day(TODAY)));
    assert.deepEqual(reasons.map((reason) => [reason.id, reason.examples.length]), [['unreasonable', 3], ['boundary', 3], ['disrespect', 1]]);
  });

  it('signs with the owner when the record names one', () => {
    assert.match(letter(parseClient(recordText(['owner: Ana Lima']))), /Kind regards,\n\nAna Lima\n/);
  });
});
