import assert from 'node:assert/strict';
import { DEFAULT_AGENDA } from '../../src/core/agenda/next-step';
import { ledgerSettings, pinnedDay } from '../../src/core/settings';
import { day } from '../helpers/ledger-text';

function settingsOf(values: Record<string, unknown>) {
  return ledgerSettings((key) => values[key]);
}

describe('ledgerSettings: clientLedger.* from raw values, wherever they come from', () => {
  it('gives the defaults when nothing is set', () => {
    const settings = settingsOf({});
    assert.equal(settings.folder, 'clients');
    assert.equal(settings.currency, 'USD');
    assert.deepEqual(settings.thresholds, {});
    assert.deepEqual(settings.agenda, { reminderDays: DEFAULT_AGENDA.reminderDays, formalNoticeDays: DEFAULT_AGENDA.formalNoticeDays, thresholds: {} });
    assert.equal(settings.agendaShow, 'everyone');
    assert.equal(settings.me, '');
  });

  it('reads the folder without its slashes, the currency in capitals, and the rules in their units', () => {
    const settings = settingsOf({ folder: ' /work/clients/ ', currency: 'eur', 'rules.no-contact': '3 weeks', 'rules.awaiting-reply': '72h', 'rules.slow-payer': '2 of 4', 'agenda.show': 'mine', me: ' Ana ' });
    assert.equal(settings.folder, 'work/clients');
    assert.equal(settings.currency, 'EUR');
    assert.deepEqual(settings.thresholds, { 'no-contact': 21, 'awaiting-reply': 72, 'slow-payer': 2, 'slow-payer-of': 4 });
    assert.equal(settings.agenda.thresholds, settings.thresholds);
    assert.equal(settings.agendaShow, 'mine');
    assert.equal(settings.me, 'Ana');
  });

  it('falls back to the default for each value it cannot read, keeping the others', () => {
    const settings = settingsOf({ folder: 12, currency: 'euros', 'rules.no-contact': 'soon', 'rules.scope-creep': 5, 'rules.after-hours': 0, 'agenda.reminderDays': [1, 'x'], 'agenda.formalNoticeDays': 60, me: null });
    assert.equal(settings.folder, 'clients');
    assert.equal(settings.currency, 'USD');
    assert.deepEqual(settings.thresholds, { 'scope-creep': 5 });
    assert.deepEqual(settings.agenda.reminderDays, DEFAULT_AGENDA.reminderDays);
    assert.equal(settings.agenda.formalNoticeDays, 60);
    assert.equal(settings.me, '');
  });

  it('pins today only to a real day', () => {
    assert.equal(pinnedDay((key) => (key === 'today' ? ' 2026-11-20 ' : undefined)), day('2026-11-20'));
    assert.equal(pinnedDay(() => ''), undefined);
    assert.equal(pinnedDay(() => '2026-02-30'), undefined);
    assert.equal(pinnedDay(() => 20261120), undefined);
  });
});
