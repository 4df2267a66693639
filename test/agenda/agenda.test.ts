import assert from 'node:assert/strict';
import { agendaOf } from '../../src/core/agenda/agenda';
import { clientSteps } from '../../src/core/agenda/client-steps';
import { agendaGroup, DEFAULT_AGENDA, type NextStep } from '../../src/core/agenda/next-step';
import { Ledger } from '../../src/core/ledger';
import { stepActions, stepDocument, tickStep } from '../../src/core/agenda/step-actions';
import { applyEdits } from '../../src/core/edits/text-edit';
import { formatDay } from '../../src/core/values/calendar-day';
import { day, lineOf, parseClient, parseFile, recordText, TODAY } from '../helpers/ledger-text';

// Every step is derived from the record on a given day; the fixtures are small enough to work
// out each due day by hand (2026-11-20 is a Friday).

const CLEAN = ['deposit: none', 'agreement: a.pdf', 'contact:', '  name: Jane', '  backup: Bo'];

function steps(frontmatter: readonly string[], log: readonly string[], today = TODAY, settings = DEFAULT_AGENDA): string[] {
  return clientSteps(parseClient(recordText([...CLEAN, ...frontmatter], log)), day(today), settings).map(shown);
}

/** Only the payment steps (a reminder logged as an email also waits for a reply: a follow-up). */
function payments(frontmatter: readonly string[], log: readonly string[], today = TODAY, settings = DEFAULT_AGENDA): string[] {
  return steps(frontmatter, log, today, settings).filter((step) => / (payment-reminder|formal-notice): /.test(step));
}

function shown(step: NextStep): string {
  return `${formatDay(step.due)} ${step.kind}: ${step.title} (${step.detail})`;
}

describe('agenda groups', () => {
  it('overdue before today, today, this week to Sunday, later from Monday', () => {
    const friday = day('2026-11-20');
    assert.equal(agendaGroup(day('2026-11-19'), friday), 'overdue');
    assert.equal(agendaGroup(friday, friday), 'today');
    assert.equal(agendaGroup(day('2026-11-22'), friday), 'this-week');
    assert.equal(agendaGroup(day('2026-11-23'), friday), 'later');
    const monday = day('2026-11-16');
    assert.equal(agendaGroup(day('2026-11-22'), monday), 'this-week');
    assert.equal(agendaGroup(day('2026-11-23'), monday), 'later');
  });
});

describe('payment reminders', () => {
  const invoice = '2026-11-16 invoice INV-1 $450 due 2026-11-30';

  it('3 days before the due day comes first', () => {
    assert.deepEqual(payments([], ['2026-11-19 email from Jane', invoice]), ['2026-11-27 payment-reminder: Remind Jane about INV-1 ($450.00 open, due 2026-11-30)']);
  });

  it('a message naming the invoice counts as that reminder; the next is on the due day', () => {
    const sent = ['2026-11-19 email from Jane', invoice, '2026-11-27 email to Jane: friendly reminder about inv-1'];
    assert.deepEqual(payments([], sent, '2026-11-28'), ['2026-11-30 payment-reminder: Remind Jane about INV-1 ($450.00 open, due 2026-11-30)']);
  });

  it('a message that names another invoice, or comes from the client, does not count', () => {
    const other = ['2026-11-19 email from Jane', invoice, '2026-11-27 email to Jane: about INV-12', '2026-11-27 email from Jane: INV-1?'];
    assert.deepEqual(payments([], other, '2026-11-28'), ['2026-11-27 payment-reminder: Remind Jane about INV-1 ($450.00 open, due 2026-11-30)']);
  });

  it('with several reminders missed, the latest one already due is the step, not each of them', () => {
    assert.deepEqual(payments([], ['2026-12-09 email from Jane', invoice], '2026-12-10'), ['2026-12-07 payment-reminder: Remind Jane about INV-1 ($450.00 open, 10 days overdue)']);
  });

  it('after the last reminder, a formal notice 45 days after the due day', () => {
    const chased = ['2026-11-19 email from Jane', invoice, '2026-12-31 email to Jane: INV-1 is 31 days overdue', '2027-01-05 email from Jane'];
    assert.deepEqual(payments([], chased, '2027-01-06'), ['2027-01-14 formal-notice: Send Jane a formal notice for INV-1 ($450.00 open, 37 days overdue)']);
  });

  it('follows the reminder days of the settings, and none for a paid invoice', () => {
    const settings = { ...DEFAULT_AGENDA, reminderDays: [1, 10] };
    assert.deepEqual(payments([], ['2026-11-19 email from Jane', invoice], TODAY, settings), ['2026-12-01 payment-reminder: Remind Jane about INV-1 ($450.00 open, due 2026-11-30)']);
    assert.deepEqual(payments([], ['2026-11-19 email from Jane', invoice, '2026-11-19 payment INV-1 $450']), []);
  });

  it('are kept for a former client (money is owed whatever the status), and silenced by a snooze', () => {
    assert.equal(payments(['status: former'], [invoice]).length, 1);
    assert.deepEqual(payments(['status: former', 'snooze:', '  invoice-overdue: 2026-12-31'], [invoice]), []);
  });
});

describe('follow-ups and check-ins', () => {
  it('an unanswered email: a call 48 hours later', () => {
    assert.deepEqual(steps([], ['2026-11-02 email from Jane', '2026-11-18 email to Jane: the plan']), [
      '2026-11-20 follow-up: Call Jane (no reply since 2026-11-18 (1 attempt))',
    ]);
  });

  it('logging the call moves the step to the next rung, 48 hours after the call', () => {
    const called = ['2026-11-02 email from Jane', '2026-11-18 email to Jane: the plan', '2026-11-20 call to Jane: voicemail'];
    assert.deepEqual(steps([], called), ['2026-11-22 follow-up: Send Jane a postcard naming a time to talk (no reply since 2026-11-18 (2 attempts))']);
  });

  it('a reply clears the follow-up; a check-in is due the day before no-contact would fire', () => {
    const answered = ['2026-11-18 email to Jane: the plan', '2026-11-19 email from Jane: yes'];
    assert.deepEqual(steps([], answered), ['2026-12-02 check-in: Check in with Jane (last heard from 2026-11-19)']);
    assert.deepEqual(steps(['thresholds:', '  no-contact: 7'], answered), ['2026-11-25 check-in: Check in with Jane (last heard from 2026-11-19)']);
  });

  it('a snoozed awaiting-reply has no follow-up; statuses that are not a relationship have none', () => {
    const waiting = ['2026-11-02 email from Jane', '2026-11-18 email to Jane: the plan'];
    assert.deepEqual(steps(['snooze:', '  awaiting-reply: 2026-11-25'], waiting), []);
    assert.deepEqual(steps(['status: prospect'], waiting), []);
  });

  it('the step opens the record at the latest unanswered attempt', () => {
    const text = recordText(CLEAN, ['2026-11-02 email from Jane', '2026-11-18 email to Jane: the plan']);
    const [step] = clientSteps(parseClient(text), day(TODAY), DEFAULT_AGENDA);
    assert.equal(step.line, lineOf(text, 'email to Jane'));
    assert.equal(step.rule, 'awaiting-reply');
  });
});

describe('holds, notice periods and drafted documents', () => {
  it('the end of a hold and the last day of a notice period', () => {
    assert.deepEqual(steps(['status: on-hold', 'hold_until: 2026-12-01'], []), ['2026-12-01 hold-end: Hold ends: get in touch to resume, or extend it (hold until 2026-12-01)']);
    assert.deepEqual(steps(['status: terminating', 'notice_given: 2026-11-10', 'notice: 2 weeks'], []), [
      '2026-11-24 notice-end: Last day of notice: hand over, send the final invoice (notice ends 2026-11-24 (notice_given + 2 weeks))',
    ]);
  });

  it('the unchecked steps of a document: dated ones on their day, others from its creation, the review named as such', () => {
    const record = parseFile(recordText(['status: salvage', ...CLEAN], ['2026-11-19 email from Jane']), 'clients/acme.md');
    const plan = parseFile(
      [
        '---',
        'document: salvage-plan',
        'client: acme',
        'created: 2026-11-20',
        '---',
        '',
        '- [ ] Propose a retainer.',
        '- [x] 2026-11-20: send a polite email.',
        '- [ ] 2026-11-22: call +1 555 0142.',
        '- [ ] 2026-12-20: decide whether Acme is still the right client.',
        '- not a step',
        '',
      ].join('\n'),
      'clients/acme/2026-11-20-salvage-plan.md',
    );
    const agenda = agendaOf(new Ledger([record, plan]), day(TODAY)).filter((step) => step.file === plan.file);
    assert.deepEqual(agenda.map((step) => [formatDay(step.due), step.kind, step.title, step.line]), [
      ['2026-11-20', 'document-step', 'Propose a retainer.', 7],
      ['2026-11-22', 'document-step', 'call +1 555 0142.', 9],
      ['2026-12-20', 'plan-review', 'Review the salvage plan: is this still the right client?', 10],
    ]);
    assert.equal(agenda[0].clientName, 'Acme');
  });

  it('documents of a former client drop out of the agenda', () => {
    const record = parseFile(recordText(['status: former'], []), 'clients/acme.md');
    const letter = parseFile('---\ndocument: termination\nclient: acme\ncreated: 2026-10-01\n---\n- [ ] Access revoked\n', 'clients/acme/2026-10-01-termination.md');
    assert.deepEqual(agendaOf(new Ledger([record, letter]), day(TODAY)), []);
  });

  it('sorts the whole ledger soonest first', () => {
    const a = parseFile(recordText(['client: Beta', ...CLEAN], ['2026-11-02 email from Jane', '2026-11-17 email to Jane']), 'clients/beta.md');
    const b = parseFile(recordText(['client: Alpha', ...CLEAN], ['2026-11-19 email from Jane']), 'clients/alpha.md');
    assert.deepEqual(agendaOf(new Ledger([b, a]), day(TODAY)).map((step) => `${formatDay(step.due)} ${step.clientName}`), ['2026-11-19 Beta', '2026-12-02 Alpha']);
  });
});

describe('what a step offers to do', () => {
  const text = recordText(CLEAN, ['2026-11-02 email from Jane', '2026-11-16 invoice INV-1 $450 due 2026-11-30', '2026-11-18 email to Jane: the plan']);
  const client = parseClient(text);
  const stepsNow = clientSteps(client, day(TODAY), DEFAULT_AGENDA);

  it('a follow-up logs the next rung; a payment step logs the reminder (which then counts) or records the payment', () => {
    const followUp = stepsNow.find((step) => step.kind === 'follow-up')!;
    assert.deepEqual(stepActions(followUp, client, text, day(TODAY)).map((action) => action.title), ['Log follow-up: call to Jane']);
    const reminder = stepsNow.find((step) => step.kind === 'payment-reminder')!;
    const actions = stepActions(reminder, client, text, day('2026-11-27'));
    assert.deepEqual(actions.map((action) => action.title), ['Log the payment reminder: email to Jane about INV-1', 'Record payment of $450.00 for INV-1']);
    const after = applyEdits(text, actions[0].edit.edits);
    assert.match(after, /\n- 2026-11-27 email to Jane: payment reminder for INV-1\n$/);
    const next = clientSteps(parseClient(after), day('2026-11-27'), DEFAULT_AGENDA).find((step) => step.kind === 'payment-reminder')!;
    assert.equal(formatDay(next.due), '2026-11-30', 'the logged reminder moved the schedule on');
    assert.deepEqual(stepDocument(reminder), { kind: 'payment-reminder', invoiceId: 'INV-1' });
  });

  it('a document step ticks its own checkbox, and only an open one', () => {
    const doc = '---\ndocument: termination\nclient: acme\ncreated: 2026-10-01\n---\n- [ ] Access revoked\n  1. [ ] nested\n- [x] Done already\n';
    const file = parseFile(doc, 'clients/acme/2026-10-01-termination.md');
    const [step] = agendaOf(new Ledger([client, file]), day(TODAY)).filter((item) => item.file === file.file);
    assert.equal(applyEdits(doc, stepActions(step, file, doc, day(TODAY))[0].edit.edits), doc.replace('- [ ] Access revoked', '- [x] Access revoked'));
    assert.equal(tickStep(doc, 8), undefined);
    assert.equal(tickStep(doc, 99), undefined);
  });
});
