import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decisionRecord } from '../../src/core/documents/decision-record';
import { documentContext } from '../../src/core/documents/document-facts';
import { lessonsLearned } from '../../src/core/documents/lessons-learned';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import type { ClientRecord } from '../../src/core/model';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');

function sample(id: string): ClientRecord {
  return parseClient(readFileSync(resolve(ROOT, 'examples/ledger/clients', `${id}.md`), 'utf8'), `clients/${id}.md`);
}

function section(markdown: string, title: string): string {
  const start = markdown.indexOf(`${title}\n`);
  assert.ok(start >= 0, `no section ${title}`);
  const end = markdown.indexOf('\n## ', start + title.length);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('the record of a decision to end a relationship', () => {
  let write: MarkdownWriter;
  let text: string;
  before(async () => {
    write = await loadMarkdownWriter();
    const client = sample('nova-startups');
    text = write(decisionRecord(client, documentContext(client, day(TODAY))));
  });

  it('names the letter it goes with and says it is not for sending', () => {
    assert.match(text, /^# Decision to end the work with Nova Startups\n\nDrafted 2026-11-20 with the letter 2026-11-20-termination\.md\. Not for sending:/);
  });

  it('keeps every reason under its label with what the checks found and every log line behind it, as written', () => {
    const reasons = section(text, '## Reasons and evidence (the last 90 days)');
    assert.match(reasons, /### Unreasonable demands\n\nWhat the checks found: #unreasonable 2026-11-09; scope creep: 3 out-of-scope requests in the last 30 days\./);
    assert.match(reasons, /^- `2026-10-25 request from Sam #out-of-scope: build an investor pitch deck` \(out-of-scope request\)$/m);
    assert.match(reasons, /### Boundary issues\n\nWhat the checks found: after-hours demands: 5 messages or requests outside working hours in the last 30 days\./);
    assert.equal((reasons.match(/\(outside working hours\)/g) ?? []).length, 5, 'all five, the ones the letter leaves to the first reason too');
    assert.match(reasons, /^- `2026-11-05 issue #disrespect: Sam called my work "lazy" in the team channel` \(tagged\)$/m);
  });

  it('sets down the terms the letter gives', () => {
    const terms = section(text, '## Terms given in the letter');
    assert.match(terms, /Notice: 2 weeks, given 2026-11-20; last working day Friday 2026-12-04\./);
    assert.match(terms, /Money: open today nothing; final invoice on 2026-12-04, due 2026-12-11 \(net 7\); deposit \$500\.00; retainer none\./);
    assert.match(terms, /Offered in the letter: If some of this work would still help you, I am open to a reduced service/);
  });

  it('ends with the steps after sending, each dated, conditional or tied to the record or the log', () => {
    const steps = section(text, '## After sending').split('\n').filter((line) => line.startsWith('- [ ] '));
    assert.deepEqual(steps, [
      '- [ ] 2026-11-22: follow-up phone call to Sam Okafor to confirm the letter arrived, answer questions and restate the reasons calmly; log it as `call with Sam Okafor`.',
      '- [ ] If feedback comes: listen, answer it in writing, and log it as `feedback from Sam Okafor`.',
      '- [ ] By 2026-12-04: access revoked (logins handed back, passwords changed, shared accounts removed).',
      '- [ ] Final payment received: the open balance and the final invoice, due 2026-12-11.',
      '- [ ] Record updated: `status: terminating`, `notice_given: 2026-11-20`, `end: 2026-12-04`.',
      '- [ ] Once 2026-12-04 has passed and the handover is done: `status: former`.',
    ]);
  });
});

describe('the look back after a relationship ended', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const lessons = (client: ClientRecord, today = TODAY) => write(lessonsLearned(client, documentContext(client, day(today))));

  it('gives what led to the end as the checks saw it on the last day, and the policy changes the record points at', () => {
    const client = parseClient(recordText(['status: former', 'end: 2026-11-14', 'hours: Mon-Fri 09:00-17:00', 'services: [inbox]', 'agreement: a.pdf', 'contact:', '  backup: Bo'], [
      '2026-08-01 invoice A-1 $400 due 2026-08-15',
      '2026-09-20 payment A-1 $400',
      '2026-09-01 invoice A-2 $400 due 2026-09-15',
      '2026-10-25 payment A-2 $400',
      '2026-11-10 issue #disrespect: shouted',
      '2026-11-18 issue #unprofessional: after the end, not counted',
    ]));
    const text = lessons(client);
    assert.match(text, /the work ended 2026-11-14\. Not for sending/);
    assert.match(text, /^- Non-payment: slow payer: 2 of the last 2 paid invoices paid late, on average 38 days late\.$/m);
    assert.match(text, /^- Lack of respect: #disrespect 2026-11-10\.$/m);
    assert.doesNotMatch(text, /after the end, not counted/);
    const changes = text.slice(text.indexOf('## What to change')).split('\n').filter((line) => line.startsWith('- [ ] '));
    assert.deepEqual(changes, [
      '- [ ] Ask every new client for a deposit before work starts (this record had `deposit: none`).',
      '- [ ] Shorter terms than net 14 or a prepaid retainer for new clients, and pause new work once an invoice is 30 days late.',
      '- [ ] Raise how you work together early, in the first review call, before it becomes a pattern.',
    ]);
  });

  it('asks what to do differently when the record points at nothing', () => {
    const client = parseClient(recordText(['status: former', 'deposit: $300', 'hours: Mon-Fri 09:00-17:00', 'services: [inbox]', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-10 email from Jo: all good']));
    const text = lessons(client);
    assert.match(text, /the record gives no end date/);
    assert.match(text, /The log holds no reason for ending/);
    assert.match(text, /^- \[ \] Nothing in the record points at a policy to change: note what you would do differently\.$/m);
  });
});
