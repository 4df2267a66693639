import { daysBetween, formatDay } from '../values/calendar-day';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';

export const entryInFuture: Rule = {
  id: 'entry-in-future',
  severity: 'warning',
  scope: 'every-client',
  summary: 'An entry is dated after today.',
  check(client, context) {
    return client.entries
      .filter((entry) => entry.date > context.today)
      .map((entry) => {
        const days = daysBetween(context.today, entry.date);
        const message = `Entry dated ${formatDay(entry.date)}, ${plural(days, 'day')} after today: log events once they have happened, or fix the date (it is not counted until then)`;
        return finding(this, entry.range, message);
      });
  },
};
