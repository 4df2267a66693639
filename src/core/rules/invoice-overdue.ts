import { daysBetween, formatDay } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { Severity } from '../model';
import { accountOf, balanceOf, isOpen } from '../derive/account';
import { finding, type Rule, type RuleContext } from './rule';
import { plural } from '../values/plural';
import { payment } from '../edits/record-actions';
import { paymentReminderSteps } from '../agenda/payment-reminders';

export const invoiceOverdue: Rule = {
  id: 'invoice-overdue',
  severity: 'info',
  scope: 'every-client',
  summary: 'An invoice has an unpaid balance past its due date.',
  fixes: (finding, client, text, today) => (finding.subject ? [payment(client, text, finding.subject.invoiceId, today)] : []),
  documents: (finding) => [
    ...(finding.subject ? [{ kind: 'payment-reminder' as const, invoiceId: finding.subject.invoiceId }] : []),
    { kind: 'salvage-plan' },
    { kind: 'termination' },
  ],
  steps: paymentReminderSteps,
  check(client, context) {
    return accountOf(client, context.today).invoices.flatMap((invoice) => {
      const days = daysBetween(invoice.due, context.today);
      if (!isOpen(invoice) || days < 1) return [];
      const { entry } = invoice;
      const severity = overdueSeverity(days, context);
      const unpaid = formatMoney(balanceOf(invoice));
      const of = invoice.paid > 0 ? ` of ${formatMoney(entry.amount)}` : '';
      const message =
        `Invoice ${entry.id} (${unpaid} unpaid${of}) is ${plural(days, 'day')} overdue (due ${formatDay(invoice.due)}): ` +
        nextStep(severity);
      return [finding(this, entry.range, message, { severity, subject: { invoiceId: entry.id } })];
    });
  },
};

export function overdueSeverity(days: number, context: RuleContext): Severity {
  if (days >= context.thresholds['invoice-overdue-error']) return 'error';
  return days >= context.thresholds['invoice-overdue'] ? 'warning' : 'info';
}

function nextStep(severity: Severity): string {
  if (severity === 'error') return 'call about it, offer a payment plan, and pause new work until it is settled';
  if (severity === 'warning') return 'send a firm reminder and follow up by phone';
  return 'send a friendly reminder';
}
