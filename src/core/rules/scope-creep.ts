import { formatDay } from '../values/calendar-day';
import { byTime, inLastDays } from '../derive/entry-time';
import type { ClientRecord, LogEntry } from '../model';
import type { RuleContext } from './rule';
import { finding, plural, type Rule } from './rule';

export const SCOPE_CREEP_WINDOW_DAYS = 30;

export const scopeCreep: Rule = {
  id: 'scope-creep',
  severity: 'warning',
  scope: 'relationship',
  summary: 'N or more #out-of-scope requests in the last 30 days.',
  check(client, context) {
    const requests = outOfScopeRequests(client, context);
    if (requests.length < context.thresholds['scope-creep']) return [];
    const latest = requests[requests.length - 1];
    const dates = requests.map((entry) => formatDay(entry.date)).join(', ');
    const message =
      `Scope creep: ${plural(requests.length, 'out-of-scope request')} in the last ${SCOPE_CREEP_WINDOW_DAYS} days (${dates}): ` +
      'quote them as extra work or revisit the agreed services';
    const related = requests.slice(0, -1).map((entry) => ({ range: entry.range, message: `Out-of-scope request ${formatDay(entry.date)}` }));
    return [finding(this, latest.range, message, { related })];
  },
};

export function outOfScopeRequests(client: ClientRecord, context: RuleContext): LogEntry[] {
  const recent = inLastDays(client.entries, context.today, SCOPE_CREEP_WINDOW_DAYS);
  return byTime(recent.filter((entry) => entry.kind === 'request' && entry.tags.includes('out-of-scope')));
}
