import { addDuration, formatDuration, type Duration } from '../values/duration';
import { addDays, type Day } from '../values/calendar-day';
import { latest, upTo } from './entry-time';
import type { ClientRecord, HoldEntry, NoticeEntry, SourceRange } from '../model';

export interface RelationshipEnd {
  readonly day: Day;
  readonly range: SourceRange;
  readonly how: string;
}

/** `end`; else notice_given + notice; else the latest `notice` entry's end (or its date + notice). */
export function relationshipEnd(client: ClientRecord, today: Day): RelationshipEnd | undefined {
  const endKey = client.places.get('end')?.key;
  if (client.end !== undefined && endKey) return { day: client.end, range: endKey, how: 'end' };
  const givenKey = client.places.get('notice_given')?.key;
  if (client.noticeGiven !== undefined && givenKey) {
    return { day: addDuration(client.noticeGiven, client.notice), range: givenKey, how: `notice_given + ${formatDuration(client.notice)}` };
  }
  const notice = latest(upTo(client.entries, today).filter((entry): entry is NoticeEntry => entry.kind === 'notice'));
  if (!notice) return undefined;
  return { day: notice.end ?? addDuration(notice.date, client.notice), range: notice.range, how: 'notice entry' };
}

/** When the hold ends and where that is written: `hold_until` wins, else the `until` of the latest `hold` entry. */
export function holdEndOf(client: ClientRecord, today: Day): { until: Day; range: SourceRange } | undefined {
  const keyRange = client.places.get('hold_until')?.key;
  if (client.holdUntil !== undefined && keyRange) return { until: client.holdUntil, range: keyRange };
  const entry = latest(upTo(client.entries, today).filter((candidate): candidate is HoldEntry => candidate.kind === 'hold'));
  return entry?.until !== undefined ? { until: entry.until, range: entry.range } : undefined;
}

export interface TerminationDates {
  readonly notice: Duration;
  /** The day notice is given: the letter's day. */
  readonly noticeGiven: Day;
  /** notice_given + notice, a month being a calendar month (2026-01-31 + 1 month = 2026-02-28): the record's `end`. */
  readonly lastWorkingDay: Day;
  /** The final invoice, issued on the last working day, is due after the record's terms. */
  readonly finalInvoiceDue: Day;
}

/** Notice given on `today`, from the record's `notice` (default 2 weeks). */
export function terminationDates(client: ClientRecord, today: Day): TerminationDates {
  const lastWorkingDay = addDuration(today, client.notice);
  return { notice: client.notice, noticeGiven: today, lastWorkingDay, finalInvoiceDue: addDays(lastWorkingDay, client.termsDays) };
}
