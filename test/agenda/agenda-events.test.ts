import assert from 'node:assert/strict';
import { agendaOf } from '../../src/core/agenda/agenda';
import { agendaEvents, stepIdentity } from '../../src/core/agenda/agenda-events';
import type { NextStep } from '../../src/core/agenda/next-step';
import { Ledger } from '../../src/core/ledger';
import { formatDay } from '../../src/core/values/calendar-day';
import { day, parseFile, recordText, TODAY } from '../helpers/ledger-text';

// The calendar feed's events are the agenda's steps; a step keeps its UID while it is the same
// step, so a calendar importing the feed again updates the event instead of adding another.

const CLEAN = ['deposit: none', 'agreement: a.pdf', 'contact:', '  name: Jane', '  backup: Bo'];

function stepsOf(frontmatter: readonly string[], log: readonly string[], ...documents: string[][]): NextStep[] {
  const files = [parseFile(recordText([...CLEAN, ...frontmatter], log)), ...documents.map((lines, index) => parseFile(
    ['---', 'document: salvage-plan', 'client: acme', 'created: 2026-11-20', '---', '', ...lines, ''].join('\n'),
    `clients/acme/2026-11-2${index}-salvage-plan.md`,
  ))];
  return agendaOf(new Ledger(files), day(TODAY));
}

const uids = (steps: readonly NextStep[]) => agendaEvents(steps, (file) => file).map((event) => event.uid);

describe('the calendar events of the agenda (core/agenda/agenda-events.ts)', () => {
  const log = ['2026-11-02 email from Jane', '2026-11-18 email to Jane: the plan', '2026-10-01 invoice A-1 $450 due 2026-10-31', '2026-11-01 invoice A-2 $90 due 2026-11-15'];

  it('is one all-day event a step: on its due day, ending the next, titled with the client, saying why and where', () => {
    const steps = stepsOf([], log);
    const events = agendaEvents(steps, (file) => `here/${file}`);
    assert.equal(events.length, steps.length);
    assert.ok(steps.length >= 3);
    events.forEach((event, index) => {
      const step = steps[index];
      assert.equal(formatDay(event.start), formatDay(step.due));
      assert.equal(event.end - event.start, 1);
      assert.equal(event.summary, `Acme: ${step.title}`);
      assert.equal(event.description, `${step.detail}\nhere/clients/acme.md:${step.line}`);
    });
  });

  it('gives each step its own UID, named after what the step is about', () => {
    const events = uids(stepsOf([], log));
    assert.equal(new Set(events).size, events.length);
    assert.ok(events.includes('acme/follow-up@client-ledger'), events.join(' '));
    assert.ok(events.includes('acme/payment-reminder/A-1@client-ledger') || events.includes('acme/formal-notice/A-1@client-ledger'), events.join(' '));
    assert.ok(events.every((uid) => /^[A-Za-z0-9%/~._!*'()-]+@client-ledger$/.test(uid)), 'nothing a calendar would read as a separator');
  });

  it('keeps the UIDs when a line is added above the steps, and when the follow-up moves to the next rung', () => {
    const before = stepsOf([], log);
    const moved = stepsOf(['phone: +1 555 0100', 'timezone: America/Chicago'], log);
    assert.notDeepEqual(moved.map((step) => step.line), before.map((step) => step.line), 'the lines moved');
    assert.deepEqual(uids(moved), uids(before));
    const called = stepsOf([], [...log, '2026-11-20 call to Jane: voicemail']);
    const followUp = (steps: NextStep[]) => steps.find((step) => step.kind === 'follow-up')!;
    assert.notEqual(followUp(called).title, followUp(before).title);
    assert.equal(uids([followUp(called)])[0], uids([followUp(before)])[0]);
  });

  it("tells a drafted document's steps apart by the document and the step's text (its date aside), not by its line", () => {
    const ofDocuments = (steps: readonly NextStep[]) => uids(steps.filter((step) => step.kind === 'document-step' || step.kind === 'plan-review'));
    const plan = ['- [ ] 2026-11-24: call Jane about the scope.', '- [ ] 2026-11-27: send the revised quote.', '- [ ] 2026-12-20: decide whether Acme is still the right client.'];
    const steps = stepsOf([], [], plan, ['- [ ] 2026-11-24: call Jane about the scope.']);
    const documentUids = ofDocuments(steps);
    assert.deepEqual(documentUids, [
      'acme/document-step/2026-11-20-salvage-plan/call%20Jane%20about%20the%20scope.@client-ledger',
      'acme/document-step/2026-11-21-salvage-plan/call%20Jane%20about%20the%20scope.@client-ledger',
      'acme/document-step/2026-11-20-salvage-plan/send%20the%20revised%20quote.@client-ledger',
      'acme/plan-review/2026-11-20-salvage-plan@client-ledger',
    ]);
    const shifted = stepsOf([], [], ['Some words first.', '', ...plan], ['- [ ] 2026-11-24: call Jane about the scope.']);
    assert.deepEqual(new Set(ofDocuments(shifted)), new Set(documentUids));
    const postponed = stepsOf([], [], plan.map((line) => line.replace('2026-11-27', '2026-12-02')), ['- [ ] 2026-11-24: call Jane about the scope.']);
    assert.ok(postponed.some((step) => formatDay(step.due) === '2026-12-02'));
    assert.deepEqual(new Set(ofDocuments(postponed)), new Set(documentUids));
  });

  it('the identity ignores the due day, title, detail and line; a client id in any case is one client', () => {
    const step: NextStep = { kind: 'check-in', title: 'Check in with Jane', detail: 'last heard from 2026-10-01', due: day('2026-11-20'), file: 'clients/acme.md', line: 12, clientId: 'Acme', clientName: 'Acme' };
    assert.deepEqual(stepIdentity({ ...step, title: 'other', detail: 'other', due: day('2027-01-01'), line: 40, clientId: 'acme' }), stepIdentity(step));
    assert.notDeepEqual(stepIdentity({ ...step, clientId: 'bee' }), stepIdentity(step));
    assert.notDeepEqual(stepIdentity({ ...step, kind: 'reply' }), stepIdentity(step));
  });

  it('numbers the later of two steps of one identity (a duplicate client id), in the order given', () => {
    const step: NextStep = { kind: 'check-in', title: 'Check in with Jane', detail: '', due: day('2026-11-20'), file: 'clients/acme.md', line: 12, clientId: 'acme', clientName: 'Acme' };
    const events = agendaEvents([step, { ...step, file: 'clients/old/acme.md' }], (file) => file);
    assert.deepEqual(events.map((event) => event.uid), ['acme/check-in@client-ledger', 'acme/check-in~2@client-ledger']);
    assert.equal(events[0].description, 'clients/acme.md:12', 'no empty detail line');
  });
});
