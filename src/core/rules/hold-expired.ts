import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import { latest, upTo } from '../derive/entry-time';
import type { ClientRecord, HoldEntry, SourceRange } from '../model';
import { finding, plural, type Rule } from './rule';

export const holdExpired: Rule = {
  id: 'hold-expired',
  severity: 'warning',
  scope: 'every-client',
  summary: '`status: on-hold` and `hold_until` has passed.',
  check(client, context) {
    if (client.status !== 'on-hold') return [];
    const hold = holdEndOf(client, context.today);
    if (!hold || hold.until >= context.today) return [];
    const days = daysBetween(hold.until, context.today);
    const message =
      `Hold ended ${formatDay(hold.until)} (${plural(days, 'day')} ago) but status is still on-hold: ` +
      'get in touch to resume (log "resume" and set status: active), or extend hold_until';
    return [finding(this, hold.range, message)];
  },
};

/** When the hold ends and where that is written: `hold_until`, else the latest `hold until` entry. */
export function holdEndOf(client: ClientRecord, today: Day): { until: Day; range: SourceRange } | undefined {
  return holdEnd(client.holdUntil, client.places.get('hold_until')?.key, latestHold(client.entries, today));
}

function latestHold(entries: Parameters<typeof upTo>[0], today: Day): HoldEntry | undefined {
  return latest(upTo(entries, today).filter((entry): entry is HoldEntry => entry.kind === 'hold'));
}

/** `hold_until` wins; without it, the `until` of the latest `hold` entry. */
function holdEnd(until: Day | undefined, keyRange: SourceRange | undefined, entry: HoldEntry | undefined) {
  if (until !== undefined && keyRange) return { until, range: keyRange };
  if (entry?.until !== undefined) return { until: entry.until, range: entry.range };
  return undefined;
}
