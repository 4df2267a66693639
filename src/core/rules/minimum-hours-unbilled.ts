import { formatDay } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { pastWeeks, workIn } from '../derive/weekly-work';
import { finding, keyRange, type Rule } from './rule';
import { plural } from '../values/plural';

export const minimumHoursUnbilled: Rule = {
  id: 'minimum-hours-unbilled',
  severity: 'info',
  scope: 'relationship',
  summary: 'A past week (Monday to Sunday) with less work logged than `minimum_hours`.',
  check(client, context) {
    if (client.minimumHours === undefined) return [];
    const minimum = Math.round(client.minimumHours * 60);
    const lookBack = context.thresholds['minimum-hours-unbilled'];
    const short = pastWeeks(client, context.today, lookBack)
      .map((week) => ({ week, minutes: workIn(client, week, context.today) }))
      .filter(({ minutes }) => minutes < minimum);
    if (short.length === 0) return [];
    const weeks = short.map(({ week, minutes }) => `week of ${formatDay(week)} (${formatMinutes(minutes)} logged)`).join(', ');
    const message =
      `${short.length} of the last ${plural(lookBack, 'week')} below the ${formatMinutes(minimum)} weekly minimum: ${weeks}: ` +
      'bill the minimum for those weeks, as agreed';
    return [finding(this, keyRange(client, 'minimum_hours'), message)];
  },
};
