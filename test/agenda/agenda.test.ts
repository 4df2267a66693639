import assert from 'node:assert/strict';
import { agendaOf } from '../../src/core/agenda/agenda';
import { clientSteps } from '../../src/core/agenda/client-steps';
import { agendaGroup, DEFAULT_AGENDA, groupSteps, type NextStep } from '../../src/core/agenda/next-step';
import { Ledger } from '../../src/core/ledger';
import { stepActions, stepDocuments, tickStep } from '../../src/core/agenda/step-actions';
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

  it("groups steps in the view's order with its labels, each in the order given, empty groups left out", () => {
    const at = (due: string, title: string): NextStep => ({ kind: 'check-in', title, detail: '', due: day(due), file: 'a.md', line: 1, clientId: 'a', clientName: 'A' });
    const steps = [at('2026-11-30', 'later 1'), at('2026-11-10', 'overdue 1'), at('2026-11-21', 'week 1'), at('2026-11-01', 'overdue 2')];
    const groups = groupSteps(steps, day('2026-11-20'));
    assert.deepEqual(groups.map((group) => [group.group, group.label, group.steps.map((step) => step.title)]), [
      ['overdue', 'Overdue', ['overdue 1', 'overdue 2']],
      ['this-week', 'This week', ['week 1']],
      ['later', 'Later', ['later 1']],
    ]);
    assert.deepEqual(groupSteps([], day('2026-11-20')), []);
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
    const answered = ['2026-11-18 email to Jane: the plan', '2026-11-19 email from Jane: approved, thanks'];
    assert.deepEqual(steps([], answered), ['2026-12-02 check-in: Check in with Jane (last heard from 2026-11-19)']);
    assert.deepEqual(steps(['thresholds:', '  no-contact: 7'], answered), ['2026-11-25 check-in: Check in with Jane (last heard from 2026-11-19)']);
  });

  it('a message from the client waiting for yours: answer it the next working day, not a check-in', () => {
    const waiting = ['2026-11-18 email to Jane: the plan', '2026-11-19 email from Jane: can we start earlier?'];
    assert.deepEqual(steps([], waiting), ["2026-11-20 reply: Answer Jane's email of 2026-11-19 (waiting 1 working day)"]);
    const friday = ['2026-11-20 message from Jane: two questions about the invoice'];
    assert.deepEqual(steps([], friday, '2026-11-23'), ["2026-11-23 reply: Answer Jane's message of 2026-11-20 (waiting 1 working day)"], 'Friday to Monday');
    assert.deepEqual(steps(['hours: Mon-Thu 09:00-17:00'], ['2026-11-19 email from Jane: a question'], '2026-11-23'), [
      "2026-11-23 reply: Answer Jane's email of 2026-11-19 (waiting 1 working day)",
    ], 'Thursday to Monday when Friday is not a working day');
    assert.deepEqual(steps(['thresholds:', '  reply-owed: 3'], waiting), ["2026-11-23 reply: Answer Jane's email of 2026-11-19 (waiting 1 working day)"]);
  });

  it('a message asking to pay in instalments is answered with a payment plan; a snoozed reply-owed has no step', () => {
    const asked = ['2026-11-01 invoice INV-1 $900 due 2026-11-15', '2026-11-19 email from Jane: could we do a monthly payment plan?'];
    assert.ok(steps([], asked).includes("2026-11-20 reply: Answer Jane's email of 2026-11-19, with a payment plan (waiting 1 working day)"));
    assert.deepEqual(steps(['snooze:', '  reply-owed: 2026-11-30'], ['2026-11-19 email from Jane: a question']), []);
  });

  it('a message that only thanks or is marked #fyi waits for no answer', () => {
    assert.deepEqual(steps([], ['2026-11-19 email from Jane: thanks for the drafts']), ['2026-12-02 check-in: Check in with Jane (last heard from 2026-11-19)']);
    assert.deepEqual(steps([], ['2026-11-19 email from Jane #fyi: the office is closed on Monday']), ['2026-12-02 check-in: Check in with Jane (last heard from 2026-11-19)']);
    assert.equal(steps([], ['2026-11-19 email from Jane: thanks, but why is it late?'])[0].split(' ')[1], 'reply:');
  });

  it('after a call or meeting, what was agreed goes in writing the next working day, unless a written message followed', () => {
    assert.deepEqual(steps([], ['2026-11-19 call with Jane: agreed the new schedule']), [
      '2026-12-02 check-in: Check in with Jane (last heard from 2026-11-19)',
      '2026-11-20 confirm-in-writing: Confirm in writing what the call of 2026-11-19 agreed (call with Jane, no written summary yet)',
    ]);
    assert.deepEqual(steps([], ['2026-11-20 meeting from Jane'], '2026-11-20').map((step) => step.split(':')[0]), ['2026-12-03 check-in', '2026-11-23 confirm-in-writing']);
    assert.deepEqual(steps([], ['2026-11-19 call with Jane: agreed the new schedule', '2026-11-19 email to Jane: summary of the call']).map((step) => step.split(' ')[1]), ['check-in:']);
    assert.deepEqual(steps([], ['2026-11-19 call to Jane #no-answer']).map((step) => step.split(' ')[1]), ['follow-up:'], 'an unanswered call is an attempt, not a conversation');
    assert.deepEqual(steps([], ['2026-11-05 call with Jane: agreed'], '2026-11-20').map((step) => step.split(' ')[1]), ['check-in:'], 'older than no-contact days');
    assert.deepEqual(steps(['status: former'], ['2026-11-19 call with Jane: final handover']), []);
  });

  it('a reply owed after a meeting confirms the meeting in the same message', () => {
    assert.deepEqual(steps([], ['2026-11-12 meeting with Jane: agreed the scope', '2026-11-19 message from Jane: weekend cover?']), [
      "2026-11-20 reply: Answer Jane's message of 2026-11-19 (waiting 1 working day; confirm the meeting of 2026-11-12 in it)",
    ]);
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

  describe('what a document step says about itself', () => {
    const record = (frontmatter: readonly string[] = [], log: readonly string[] = []) => parseFile(recordText([...CLEAN, ...frontmatter], log), 'clients/acme.md');
    const documentOf = (...lines: string[]) => parseFile(
      ['---', 'document: decision-record', 'client: acme', 'created: 2026-11-20', '---', '', ...lines, ''].join('\n'),
      'clients/acme/2026-11-20-decision-record.md',
    );
    const listed = (client: ReturnType<typeof record>, document: ReturnType<typeof documentOf>) =>
      agendaOf(new Ledger([client, document]), day(TODAY)).filter((step) => step.file === document.file).map((step) => `${formatDay(step.due)} ${step.title}`);

    it('is due on the date it names: by, on, due, from that day; after it, the day after', () => {
      const document = documentOf(
        '- [ ] By 2026-12-04: access revoked.',
        '- [ ] Final payment received, due 2026-12-18.',
        '- [ ] Call on 2026-11-24 to confirm.',
        '- [ ] After 2026-12-04: send the files.',
        '- [ ] Feedback answered.',
      );
      assert.deepEqual(listed(record(), document), [
        '2026-11-20 Feedback answered.',
        '2026-11-24 Call on 2026-11-24 to confirm.',
        '2026-12-04 By 2026-12-04: access revoked.',
        '2026-12-05 After 2026-12-04: send the files.',
        '2026-12-18 Final payment received, due 2026-12-18.',
      ]);
    });

    it('is not a step while it waits on a condition (if, once, when, unless)', () => {
      const document = documentOf('- [ ] If feedback comes: answer it.', '- [ ] Once agreed, log each instalment.', '- [ ] When it arrives: log it.', '- [ ] Unless paid: call.');
      assert.deepEqual(listed(record(), document), []);
    });

    it('is done once the record says what it names', () => {
      const document = documentOf('- [ ] Record updated: `status: terminating`, `notice_given: 2026-11-20`, `end: 2026-12-04`.', '- [ ] Once 2026-12-04 has passed: `status: former`.');
      assert.deepEqual(listed(record(), document), ['2026-11-20 Record updated: status: terminating, notice_given: 2026-11-20, end: 2026-12-04.']);
      assert.deepEqual(listed(record(['status: terminating', 'notice_given: 2026-11-20', 'end: 2026-12-04']), document), []);
      assert.deepEqual(listed(record(['status: terminating', 'notice_given: 2026-11-20', 'end: 2026-12-05']), document).length, 1, 'every value must match');
    });

    it('is done once the log has the entry it asks for, dated on or after the document', () => {
      const document = documentOf('- [ ] 2026-11-22: follow-up phone call to Jane; log it as `call with Jane`.');
      assert.deepEqual(listed(record(), document), ['2026-11-22 follow-up phone call to Jane.']);
      assert.deepEqual(listed(record([], ['2026-11-22 call with Jane: went well']), document), []);
      assert.deepEqual(listed(record([], ['2026-11-22 call to Jane #no-answer']), document).length, 1, 'an unanswered call is not the call');
      assert.deepEqual(listed(record([], ['2026-11-19 call with Jane']), document).length, 1, 'a call before the document does not count');
    });

    it('is listed once when the record already asks for the same entry, on or before it', () => {
      const waiting = ['2026-11-19 email from Jane: a question'];
      const document = documentOf('- [ ] 2026-11-20: answer it; log it as `email to Jane`.', '- [ ] 2026-11-25: send the summary; log it as `email to Jane`.');
      assert.deepEqual(listed(record([], waiting), document), [], 'the reply step, due 2026-11-20, is that step');
      assert.deepEqual(listed(record(), document), ['2026-11-20 answer it.'], 'with no step of the record, the first of the document\'s');
    });
  });

  it('a client at risk with nothing else to do: decide between a salvage plan and ending it, both drafts offered', () => {
    const atRisk = ['2026-11-02 issue #disrespect', '2026-11-05 issue #unprofessional', '2026-11-10 note #unrealistic'];
    const client = parseClient(recordText(CLEAN, atRisk));
    const [decide, ...rest] = agendaOf(new Ledger([client]), day(TODAY));
    assert.deepEqual(rest, []);
    assert.equal(decide.kind, 'decide');
    assert.equal(formatDay(decide.due), TODAY);
    assert.match(decide.detail, /3 of 7 reasons for ending: unrealistic expectations, lack of respect, lack of professionalism/);
    assert.deepEqual(stepDocuments(decide), [{ kind: 'salvage-plan' }, { kind: 'termination' }]);
    const busy = parseClient(recordText(CLEAN, [...atRisk, '2026-11-19 email from Jane: a question']));
    assert.deepEqual(agendaOf(new Ledger([busy]), day(TODAY)).map((step) => step.kind), ['reply'], 'only with no other step');
  });

  it('a relationship ended in the last 30 days: look back, until the lessons learned are drafted', () => {
    const former = parseFile(recordText(['status: former', 'end: 2026-11-14', ...CLEAN], []), 'clients/acme.md');
    const [lookBack] = agendaOf(new Ledger([former]), day(TODAY));
    assert.deepEqual([lookBack.kind, formatDay(lookBack.due)], ['look-back', '2026-11-15']);
    assert.deepEqual(stepDocuments(lookBack), [{ kind: 'lessons-learned' }]);
    const lessons = parseFile('---\ndocument: lessons-learned\nclient: acme\ncreated: 2026-11-20\n---\n- [ ] Ask for a deposit.\n', 'clients/acme/2026-11-20-lessons-learned.md');
    assert.deepEqual(agendaOf(new Ledger([former, lessons]), day(TODAY)).map((step) => step.title), ['Ask for a deposit.'], 'its own steps stay for a former client');
    assert.deepEqual(agendaOf(new Ledger([former]), day('2026-12-15')), [], 'more than 30 days after the end');
  });

  it('with mine, only the steps of the clients you own and of the ones nobody owns', () => {
    const silent = ['2026-11-02 email from Jane', '2026-11-17 email to Jane'];
    const ana = parseFile(recordText(['client: Ana\'s', 'owner: Ana Lima', ...CLEAN], silent), 'clients/ana.md');
    const bo = parseFile(recordText(['client: Bo\'s', 'owner: bo@team.example', ...CLEAN], silent), 'clients/bo.md');
    const nobody = parseFile(recordText(['client: Nobody\'s', ...CLEAN], silent), 'clients/nobody.md');
    const ledger = new Ledger([ana, bo, nobody]);
    const shown = (mine?: { name?: string; email?: string }) => [...new Set(agendaOf(ledger, day(TODAY), { ...DEFAULT_AGENDA, mine }).map((step) => step.clientName))];
    assert.deepEqual(shown(), ["Ana's", "Bo's", "Nobody's"]);
    assert.deepEqual(shown({ name: 'ana lima' }), ["Ana's", "Nobody's"]);
    assert.deepEqual(shown({ name: 'Bo', email: 'BO@team.example' }), ["Bo's", "Nobody's"]);
  });

  it('documents of a former client drop out of the agenda', () => {
    const record = parseFile(recordText(['status: former'], []), 'clients/acme.md');
    const letter = parseFile('---\ndocument: termination\nclient: acme\ncreated: 2026-10-01\n---\n- [ ] Access revoked\n', 'clients/acme/2026-10-01-termination.md');
    assert.deepEqual(agendaOf(new Ledger([record, letter]), day(TODAY)), []);
  });

  it('sorts the whole ledger soonest first', () => {
    const a = parseFile(recordText(['client: Beta', ...CLEAN], ['2026-11-02 email from Jane', '2026-11-17 email to Jane']), 'clients/beta.md');
    const b = parseFile(recordText(['client: Alpha', ...CLEAN], ['2026-11-19 email from Jane: thanks']), 'clients/alpha.md');
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
    assert.deepEqual(stepDocuments(reminder), [{ kind: 'payment-reminder', invoiceId: 'INV-1' }]);
  });

  it('a reply logs your answer; a confirm step logs the written summary of that call', () => {
    const waiting = recordText(CLEAN, ['2026-11-12 call with Jane: agreed the scope', '2026-11-19 email from Jane: a question']);
    const owed = parseClient(waiting);
    const [reply] = clientSteps(owed, day(TODAY), DEFAULT_AGENDA);
    const [answer] = stepActions(reply, owed, waiting, day(TODAY));
    assert.equal(answer.title, 'Log your answer: email to Jane');
    assert.match(applyEdits(waiting, answer.edit.edits), /\n- 2026-11-20 email to Jane: \n$/);
    const called = recordText(CLEAN, ['2026-11-19 call with Jane: agreed the scope']);
    const afterCall = parseClient(called);
    const confirm = clientSteps(afterCall, day(TODAY), DEFAULT_AGENDA).find((step) => step.kind === 'confirm-in-writing')!;
    assert.equal(confirm.line, lineOf(called, 'call with Jane'));
    const [summary] = stepActions(confirm, afterCall, called, day(TODAY));
    assert.match(applyEdits(called, summary.edit.edits), /\n- 2026-11-20 email to Jane: summary of the call of 2026-11-19: \n$/);
    const done = parseClient(applyEdits(called, summary.edit.edits));
    assert.equal(clientSteps(done, day(TODAY), DEFAULT_AGENDA).some((step) => step.kind === 'confirm-in-writing'), false);
  });

  it('a record in conflict offers no edits until the markers are gone', () => {
    const conflicted = recordText(CLEAN, ['2026-11-19 email from Jane: a question']).replace('## Log\n\n', '## Log\n\n<<<<<<< ours\n- 2026-11-18 note\n=======\n- 2026-11-18 note: theirs\n>>>>>>> theirs\n');
    const client = parseClient(conflicted);
    const [reply] = clientSteps(client, day(TODAY), DEFAULT_AGENDA);
    assert.equal(reply.kind, 'reply');
    assert.deepEqual(stepActions(reply, client, conflicted, day(TODAY)), []);
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
