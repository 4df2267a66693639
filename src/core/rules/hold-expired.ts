import { daysBetween, formatDay } from '../values/calendar-day';
import { holdEndOf } from '../derive/relationship-dates';
import { finding, type Rule } from './rule';
import { plural } from '../values/plural';
import { extendHold, resume } from '../edits/record-actions';
import { step } from '../agenda/next-step';

export const holdExpired: Rule = {
  id: 'hold-expired',
  severity: 'warning',
  scope: 'every-client',
  summary: '`status: on-hold` and `hold_until` has passed.',
  fixes: (_finding, client, text, today) => [resume(client, text, today), extendHold(client, text, today)],
  steps(client, today) {
    const hold = client.status === 'on-hold' ? holdEndOf(client, today) : undefined;
    return hold ? [step(client, 'hold-end', 'Hold ends: get in touch to resume, or extend it', `hold until ${formatDay(hold.until)}`, hold.until, hold.range.start.line, this.id)] : [];
  },
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
