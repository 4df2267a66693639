import { formatDay } from '../values/calendar-day';
import { plural } from '../values/plural';
import { workingDaysBetween } from '../values/working-hours';
import { asksForPaymentPlan, contactHistory } from '../derive/contact-history';
import { accountOf, isOpen } from '../derive/account';
import { finding, type Rule } from './rule';
import { answer } from '../edits/record-actions';

export const replyOwed: Rule = {
  id: 'reply-owed',
  severity: 'warning',
  scope: 'relationship',
  summary: 'The client\'s latest message has waited N working days or more for your answer.',
  fixes: (_finding, client, text, today) => [answer(client, text, today)],
  documents: () => [{ kind: 'salvage-plan' }],
  check(client, context) {
    const message = contactHistory(client, context.today).owedReply;
    if (!message) return [];
    const waited = workingDaysBetween(client.hours, message.date, context.today);
    if (waited < context.thresholds['reply-owed']) return [];
    const who = message.who ?? client.contact?.name ?? client.name;
    const planAsked = asksForPaymentPlan(message) && accountOf(client, context.today).invoices.some(isOpen);
    const advice = planAsked ? 'answer it, with the payment plan they ask for'
      : message.kind === 'call' ? 'call back, or answer in writing' : 'answer it, or say when you will';
    const text = `You owe ${who} a reply (their ${message.kind} of ${formatDay(message.date)}, ${plural(waited, 'working day')} ago): ${advice}`;
    return [finding(this, message.range, text)];
  },
};
