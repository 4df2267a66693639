import { daysBetween, formatDay } from '../values/calendar-day';
import { relationshipEnd } from '../derive/relationship-dates';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';
import { markFormer } from '../edits/record-actions';
import { step } from '../agenda/next-step';

export const noticePeriodOver: Rule = {
  id: 'notice-period-over',
  severity: 'warning',
  scope: 'every-client',
  summary: '`status: terminating` and `end` has passed.',
  fixes: (_finding, client, text) => [markFormer(client, text)],
  documents: () => [{ kind: 'lessons-learned' }],
  steps(client, today) {
    const end = client.status === 'terminating' ? relationshipEnd(client, today) : undefined;
    const title = 'Last day of notice: hand over, send the final invoice';
    return end ? [step(client, 'notice-end', title, `notice ends ${formatDay(end.day)} (${end.how})`, end.day, end.range.start.line, this.id)] : [];
  },
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
