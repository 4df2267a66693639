import { createEvents, type EventAttributes } from 'ics';
import type { AgendaEvent } from '../core/agenda/agenda-events';
import { formatDay, type Day } from '../core/values/calendar-day';

/** The name a calendar app gives the feed (X-WR-CALNAME). */
export const CALENDAR_NAME = 'Client Ledger: next steps';

/** ics takes DTSTAMP from `timestamp` (its types leave it out), else from the clock. */
type StampedEvent = EventAttributes & { readonly timestamp: number };

/** What RFC 5545 (3.1) allows on one line, in octets, the line break aside. */
const LINE_OCTETS = 75;

/**
 * The events as an iCalendar file (RFC 5545), written by the ics package: all-day events
 * (DTSTART;VALUE=DATE, DTEND the day after), free time (TRANSP:TRANSPARENT: a step is not a
 * meeting), DTSTAMP the run's time (the RFC requires one), CRLF line ends.
 */
export function calendarFeed(events: readonly AgendaEvent[], now: Date, version: string | undefined): string {
  const attributes = events.map((event): StampedEvent => ({
    uid: event.uid,
    start: dateArray(event.start),
    end: dateArray(event.end),
    title: event.summary,
    description: event.description,
    transp: 'TRANSPARENT',
    timestamp: now.getTime(),
  }));
  const productId = `-//Client Ledger//client-ledger${version === undefined ? '' : ` ${version}`}//EN`;
  const { error, value } = createEvents(attributes, { productId, calName: CALENDAR_NAME });
  if (error || value === null) throw error ?? new Error('the ics package wrote no calendar');
  return foldOctets(value);
}

/**
 * Every line folded at 75 octets (RFC 5545, 3.1), never inside a character: ics folds at 75
 * characters, which is more octets once a name has an accent or a title an ellipsis.
 */
export function foldOctets(text: string): string {
  return text.replace(/\r\n[\t ]/g, '').split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > LINE_OCTETS) {
      parts.push(part);
      part = ' ';
      octets = 1;
    }
    part += character;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n');
}

function dateArray(day: Day): [number, number, number] {
  const [year, month, date] = formatDay(day).split('-').map(Number);
  return [year, month, date];
}
