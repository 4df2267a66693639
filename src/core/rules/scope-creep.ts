import { formatDay } from '../values/calendar-day';
import { outOfScopeRequests, SCOPE_CREEP_WINDOW_DAYS } from '../derive/demands';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';

export const scopeCreep: Rule = {
  id: 'scope-creep',
  severity: 'warning',
  scope: 'relationship',
  summary: 'N or more #out-of-scope requests in the last 30 days.',
  documents: () => [{ kind: 'termination' }],
  check(client, context) {
    const requests = outOfScopeRequests(client, context.today);
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
