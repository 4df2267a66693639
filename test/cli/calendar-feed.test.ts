import assert from 'node:assert/strict';
import type { AgendaEvent } from '../../src/core/agenda/agenda-events';
import { addDays } from '../../src/core/values/calendar-day';
import { CALENDAR_NAME, calendarFeed, foldOctets } from '../../src/cli/calendar-feed';
import { ICAL } from '../helpers/ical';
import { day } from '../helpers/ledger-text';

// The feed is written by the ics package and read back by Mozilla's ical.js: what one writes,
// the other must read as written, however long or far from ASCII the text.

const NOW = new Date(Date.UTC(2026, 10, 20, 7, 30, 0));

function event(summary: string, description = 'why\npath/to/record.md:12', due = '2026-11-20'): AgendaEvent {
  return { uid: `acme/${encodeURIComponent(summary)}@client-ledger`, start: day(due), end: addDays(day(due), 1), summary, description };
}

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)) };
}

/** RFC 5545, 3.1: CRLF after every line, none longer than 75 octets, a continuation starts with a space or tab. */
function assertContentLines(text: string): void {
  assert.ok(text.endsWith('\r\n'));
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    assert.doesNotMatch(line, /[\r\n]/, 'no bare CR or LF');
    assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.doesNotMatch(line, /\uFFFD/, 'no character split');
  }
}

describe('the calendar feed (src/cli/calendar-feed.ts: ics writes, ical.js reads)', () => {
  it('is a calendar with its product and name, one all-day, free event a step, stamped with the run', () => {
    const text = calendarFeed([event('Acme: Call Jane'), event('Bee: Remind Bo about B-1', 'x', '2026-12-31')], NOW, '1.2.3');
    const { calendar, events } = parsed(text);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Client Ledger//client-ledger 1.2.3//EN');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), CALENDAR_NAME);
    assert.deepEqual(events.map((item) => [item.uid, item.summary, item.startDate.isDate, item.startDate.toString(), item.endDate.toString()]), [
      ['acme/Acme%3A%20Call%20Jane@client-ledger', 'Acme: Call Jane', true, '2026-11-20', '2026-11-21'],
      ['acme/Bee%3A%20Remind%20Bo%20about%20B-1@client-ledger', 'Bee: Remind Bo about B-1', true, '2026-12-31', '2027-01-01'],
    ]);
    assert.equal(events[0].description, 'why\npath/to/record.md:12');
    assert.equal(events[0].component.getFirstPropertyValue('transp'), 'TRANSPARENT');
    assert.equal(events[0].component.getFirstPropertyValue('dtstamp')?.toString(), '2026-11-20T07:30:00Z');
    assertContentLines(text);
  });

  it('folds long lines at 75 octets, never inside a character, and reads back the exact text', () => {
    const summaries = [
      `Café Lumière & Söhne: ${'Rechnung prüfen, '.repeat(6)}…`,
      `🙂 ${'emoji 🎉 '.repeat(20)}`,
      'x'.repeat(300),
      `${'a'.repeat(66)}é${'b'.repeat(20)}`,
    ];
    const text = calendarFeed(summaries.map((summary) => event(summary, `${summary}; with, commas\\ and a backslash`)), NOW, undefined);
    assertContentLines(text);
    const { calendar, events } = parsed(text);
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Client Ledger//client-ledger//EN');
    assert.deepEqual(events.map((item) => item.summary), summaries);
    assert.deepEqual(events.map((item) => item.description), summaries.map((summary) => `${summary}; with, commas\\ and a backslash`));
    assert.deepEqual(events.map((item) => item.uid), summaries.map((summary) => `acme/${encodeURIComponent(summary)}@client-ledger`));
  });

  it('refolds to the same content: unfolding gives back the lines ics wrote', () => {
    const folded = foldOctets('SUMMARY:short\r\nDESCRIPTION:' + 'é'.repeat(50) + '\r\n\tcontinued\r\n');
    assert.equal(folded.replace(/\r\n /g, ''), `SUMMARY:short\r\nDESCRIPTION:${'é'.repeat(50)}continued\r\n`);
    assertContentLines(folded);
  });

  it('an empty agenda is a calendar without events', () => {
    const { calendar, events } = parsed(calendarFeed([], NOW, '1.2.3'));
    assert.equal(calendar.name, 'vcalendar');
    assert.deepEqual(events, []);
  });
});
