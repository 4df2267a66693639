import { addDuration, formatDuration } from '../values/duration';
import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import { latest, upTo } from '../derive/entry-time';
import type { ClientRecord, NoticeEntry, SourceRange } from '../model';
import { finding, plural, type Rule } from './rule';

export const noticePeriodOver: Rule = {
  id: 'notice-period-over',
  severity: 'warning',
  scope: 'every-client',
  summary: '`status: terminating` and `end` has passed.',
  check(client, context) {
    if (client.status !== 'terminating') return [];
    const end = relationshipEnd(client, context.today);
    if (!end || end.day >= context.today) return [];
    const days = daysBetween(end.day, context.today);
    const message =
      `Notice period ended ${formatDay(end.day)} (${plural(days, 'day')} ago): confirm the handover and final payment, ` +
      'then set status: former';
    return [finding(this, end.range, message)];
  },
};

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
