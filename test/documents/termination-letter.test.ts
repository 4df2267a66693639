import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { reasonExamples } from '../../src/core/documents/reason-examples';
import { terminationDates, terminationLetter } from '../../src/core/documents/termination-letter';
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
      assert.match(text, /^- \[ \] Record updated: `status: terminating`, `notice_given: 2026-01-31`, `end: 2026-02-28`\.$/m);
      assert.match(text, /^- \[ \] After 2026-02-28: `status: former`\.$/m);
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

    it('opens with the date, the addressee and the agreement', () => {
      assert.match(text, /^# Ending our work together: Nova Startups\n\n2026-11-20\n\nDear Sam Okafor,\n\nI am writing to give notice that I am ending our working agreement \(agreements\/nova-startups\.pdf\)\./);
    });

    it('gives each reason with the dated, specific examples from the log', () => {
      const reasons = section(text, 'Reasons');
      assert.match(reasons, /The reasons, each with the dates it happened:/);
      assert.match(reasons, /^- Unreasonable demands\. Scope creep: 3 out-of-scope requests/m);
      assert.match(reasons, /^ {2}- 2026-10-25: request from Sam \(outside the agreed services, outside working hours\): build an investor pitch deck$/m);
      assert.match(reasons, /^ {2}- 2026-11-09: request from Sam \(outside the agreed services\): rebuild the website by Friday$/m);
      assert.match(reasons, /^- Boundary issues\. After-hours demands: 5 messages or requests outside my working hours in the last 30 days\.$/m);
      assert.match(reasons, /^ {2}- 2026-11-04 23:10: message from Sam \(outside working hours\): asked why the deck is not done$/m);
      assert.match(reasons, /^ {2}- 2026-11-17 07:05: message from Sam \(outside working hours\): wants weekend cover for the launch$/m);
      assert.match(reasons, /^- Lack of respect\.\n {2}- 2026-11-05: Sam called my work "lazy" in the team channel$/m);
      assert.doesNotMatch(reasons, /#\w/, 'tags are said in words');
      assert.doesNotMatch(reasons, /Non-payment|communication/);
    });

    it('gives notice, the final invoice, the deposit and the handover', () => {
      assert.match(section(text, 'Notice period'), /2 weeks\. It starts today, 2026-11-20; my last working day for you is Friday 2026-12-04\. Until then I will keep to the agreed services and my working hours \(Mon-Fri 09:00-17:00\)\./);
      const money = section(text, 'Final invoice and open balance');
      assert.match(money, /Nothing is open today \(2026-11-20\)\./);
      assert.match(money, /The final invoice, for the work up to 2026-12-04, will follow on that day, due 2026-12-11 \(net 7\)\./);
      assert.match(money, /The deposit received \(\$500\.00 on 2026-03-01\) will be set against the final invoice\./);
      const handover = section(text, 'Handover');
      assert.match(handover, /^- Files: everything I prepared for you \(social media scheduling, inbox triage\)/m);
      assert.match(handover, /^- Passwords and access: .*revoke my access/m);
      assert.match(handover, /^- Work in progress: /m);
    });

    it('thanks, refers rather than offering less work after disrespect, and promises confidentiality', () => {
      const thanks = section(text, 'Thank you');
      assert.match(thanks, /Thank you for the work we have done together since 2026-03-01\./);
      assert.match(thanks, /I can recommend another assistant/);
      assert.doesNotMatch(thanks, /smaller service/);
      assert.match(thanks, /I will keep all information about you and your business confidential/);
      assert.match(thanks, /Kind regards,\n\n_Your name_/);
    });

    it('ends with the checklist for after sending', () => {
      const after = section(text, 'After sending');
      const steps = after.split('\n').filter((line) => line.startsWith('- [ ] '));
      assert.deepEqual(steps, [
        '- [ ] 2026-11-22: follow-up phone call to Sam Okafor to confirm the letter arrived and answer questions.',
        '- [ ] Feedback received and answered.',
        '- [ ] By 2026-12-04: access revoked (logins handed back, passwords changed, shared accounts removed).',
        '- [ ] Final payment received: the open balance and the final invoice, due 2026-12-11.',
        '- [ ] Record updated: `status: terminating`, `notice_given: 2026-11-20`, `end: 2026-12-04`.',
        '- [ ] After 2026-12-04: `status: former`.',
      ]);
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
      const reasons = section(text, 'Reasons');
      assert.match(reasons, /The reason, with the dates it happened:/);
      assert.match(reasons, /^- Non-payment\. Slow payer: 2 of the last 3 paid invoices were paid late, on average 19 days late\.$/m);
      assert.match(reasons, /2026-06-01: invoice BD-020 for \$1,200\.00, due 2026-06-15, paid 2026-07-02, 17 days late/);
      assert.match(reasons, /2026-08-01: invoice BD-022 for \$1,200\.00, due 2026-08-15, paid 2026-09-05, 21 days late/);
      assert.match(reasons, /2026-09-01: invoice BD-023 for \$1,250\.00, due 2026-09-15, unpaid, 66 days overdue/);
      assert.match(reasons, /2026-10-01: invoice BD-024 for \$1,250\.00, due 2026-10-15, \$750\.00 still open, 36 days overdue/);
      assert.doesNotMatch(reasons, /BD-021/, 'paid on time');
    });

    it('states the open balance and the final invoice', () => {
      const money = section(text, 'Final invoice and open balance');
      assert.match(money, /Open today: \$3,250\.00\. Please settle it by 2026-12-04:/);
      assert.match(money, /BD-024 \(issued 2026-10-01\): \$750\.00 open of \$1,250\.00, due 2026-10-15, 36 days overdue/);
      assert.match(money, /due 2026-12-18 \(net 14\)\./);
      assert.doesNotMatch(money, /deposit/);
    });

    it('offers a smaller service paid in advance', () => {
      assert.match(section(text, 'Thank you'), /If a smaller service would suit you, limited to the agreed services \(appointment reminders, supplier invoices\), paid in advance, I am open to discussing it before 2026-12-04\./);
    });
  });

  it('gives unanswered messages with their dates for a silent client', () => {
    const text = letter(sample('harbor-realty'));
    const reasons = section(text, 'Reasons');
    assert.match(reasons, /^- Lack of communication\. No contact from Harbor Realty for 29 days \(last contact 2026-10-22\)\. No reply for 17 days to 4 attempts since 2026-11-03\.$/m);
    assert.match(reasons, /2026-11-06: email to Tom \(no answer yet\): friendly nudge about the drafts/);
    assert.match(reasons, /2026-11-10 10:15: call to Tom \(no answer yet\): left a voicemail/);
  });

  it('counts work logged since the last invoice', () => {
    const client = parseClient(recordText([], ['2026-11-01 invoice A-1 $100', '2026-10-30 work 2h', '2026-11-10 work 1h30m', '2026-11-12 work 45m']));
    assert.match(letter(client), /Work logged since the last invoice \(A-1, 2026-11-01\): 2h 15m\./);
  });

  it('leaves a placeholder when no reason is logged', () => {
    const text = letter(parseClient(recordText(['contact:', '  backup: Bo', 'deposit: none'], ['2026-11-19 email from Jo'])));
    assert.match(section(text, 'Reasons'), /_No reason for ending is logged in the last 90 days\. State each reason here with a dated, specific example\._/);
  });

  it('takes the reasons from relationship-at-risk evidence with every entry behind them', () => {
    const client = sample('nova-startups');
    const reasons = reasonExamples(client, documentContext(client, day(TODAY)));
    assert.deepEqual(reasons.map((reason) => reason.reason.id), ['unreasonable', 'boundary', 'disrespect']);
    assert.deepEqual(reasons.map((reason) => reason.entries.map((entry) => formatDay(entry.date))), [
      ['2026-10-25', '2026-11-01', '2026-11-09'],
      ['2026-10-25', '2026-10-30', '2026-11-01', '2026-11-04', '2026-11-17'],
      ['2026-11-05'],
    ]);
  });

  it('signs with the owner when the record names one', () => {
    assert.match(letter(parseClient(recordText(['owner: Ana Lima']))), /Kind regards,\n\nAna Lima\n/);
  });
});
