import type { ListItem, Root, RootContent } from 'mdast';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { ClientRecord } from '../model';
import { plural } from '../values/plural';
import { amountForLog } from '../edits/log-edits';
import { addressee, formatPlan, openInvoices, paymentPlanOptions, type DocumentContext, type OpenInvoice } from './document-facts';
import { code, emphasis, heading, item, list, paragraph, root, task } from './mdast-nodes';
import { safeSegment } from './safe-segment';
import { lateFeeOf, type LateFee } from '../derive/late-fee';
import { formatFeeAmount } from '../values/late-fee-policy';

/** Days a firmer reminder gives to pay or answer. */
export const PAY_WITHIN_DAYS = 7;
/** Days after a firm reminder for the follow-up call. */
export const REMINDER_FOLLOW_UP_DAYS = 3;

export type ReminderTone = 'friendly' | 'firm' | 'firm-with-plan';

/** Friendly before the invoice-overdue warning threshold (30 days), firm from it, and with a payment plan from the error threshold (60). */
export function reminderTone(daysOverdue: number, context: DocumentContext): ReminderTone {
  if (daysOverdue >= context.thresholds['invoice-overdue-error']) return 'firm-with-plan';
  return daysOverdue >= context.thresholds['invoice-overdue'] ? 'firm' : 'friendly';
}

/** The open invoice with this id (case-insensitive, as the log matches them), if it has a balance today. */
export function findOpenInvoice(client: ClientRecord, invoiceId: string, today: Day): OpenInvoice | undefined {
  const key = invoiceId.toLowerCase();
  return openInvoices(client, today).find((invoice) => invoice.entry.id.toLowerCase() === key);
}

/**
 * A short, polite payment reminder for one invoice: its id, the amount open, the due date and the
 * days overdue; firmer from 30 days overdue, with a payment plan (3 monthly or 6 twice-monthly
 * instalments of the open amount) from 60. Undefined when the invoice is unknown or paid.
 */
export function paymentReminder(client: ClientRecord, invoiceId: string, context: DocumentContext): Root | undefined {
  const invoice = findOpenInvoice(client, invoiceId, context.today);
  if (!invoice) return undefined;
  const { entry, balance, daysOverdue } = invoice;
  const tone = reminderTone(daysOverdue, context);
  const amount = formatMoney(balance);
  const due = formatDay(invoice.due);
  const partly = balance.minor !== entry.amount.minor ? ` (of ${formatMoney(entry.amount)}; thank you for the part already paid)` : '';
  const payBy = formatDay(addDays(context.today, PAY_WITHIN_DAYS));
  const body: RootContent[] = [];
  if (daysOverdue <= 0) {
    body.push(paragraph(`A friendly reminder that invoice ${entry.id}, issued ${formatDay(entry.date)}, is due on ${due}. The amount open is ${amount}${partly}.`));
  } else if (tone === 'friendly') {
    body.push(paragraph(
      `A friendly reminder that invoice ${entry.id}, issued ${formatDay(entry.date)} and due on ${due}, is now ${plural(daysOverdue, 'day')} overdue. `,
      `The amount open is ${amount}${partly}.`,
    ));
    body.push(paragraph('Could you let me know when I can expect the payment? If it is already on its way, thank you, and please ignore this message.'));
  } else {
    body.push(paragraph(
      `Invoice ${entry.id}, issued ${formatDay(entry.date)} and due on ${due}, is now ${plural(daysOverdue, 'day')} overdue. `,
      `The amount open is ${amount}${partly}.`,
    ));
    body.push(paragraph(`Please pay the open ${amount} by ${payBy}, or reply by then to tell me when it will be paid.`));
  }
  const fee = lateFeeOf(client, invoice.invoice, context.today);
  const feeText = fee && lateFeeSentence(fee, context.today);
  if (feeText) body.push(paragraph(feeText));
  if (tone === 'firm-with-plan') {
    const plans = paymentPlanOptions(balance, context.today);
    body.push(paragraph('If paying it at once is difficult, I can offer a payment plan, either:'));
    body.push(list([
      item([`3 monthly instalments: ${formatPlan(plans.monthly)}`]),
      item([`6 instalments twice a month: ${formatPlan(plans.twiceMonthly)}`]),
    ]));
    body.push(paragraph(`Please let me know by ${payBy} which suits you. Until the invoice is paid or a plan is agreed, I will pause new work.`));
  }
  return root([
    heading(1, `Payment reminder: invoice ${entry.id}`),
    paragraph(formatDay(context.today)),
    paragraph('Dear ', addressee(client), ','),
    ...body,
    paragraph('Thank you,'),
    paragraph(client.owner ?? emphasis('Your name')),
    heading(2, 'After sending'),
    list(afterSending(client, invoice, tone, context)),
  ]);
}

/**
 * "A late fee of $37.50 applies under our agreement (...)" once the grace period is over; before,
 * the day from which one will apply. Nothing once it allows none (a flat fee in another currency).
 */
function lateFeeSentence(fee: LateFee, today: Day): string | undefined {
  const { policy } = fee;
  const charge = 'money' in policy.charge ? formatFeeAmount(policy.charge) : `${formatFeeAmount(policy.charge)} of the open amount`;
  const when = policy.monthly ? ` for each month from ${formatDay(fee.from)}` : `, once, from ${formatDay(fee.from)}`;
  const cap = fee.cap ? `, at most ${formatMoney(fee.cap)}` : '';
  if (today < fee.from) {
    return `Under our agreement, a late fee of ${charge}${policy.monthly ? ' a month' : ''} applies if the invoice is still unpaid on ${formatDay(fee.from)}${cap ? ` (${cap.slice(2)})` : ''}.`;
  }
  const clause = `${charge}${when}${cap}`;
  if (fee.accrued.minor === 0) return undefined;
  return `A late fee of ${formatMoney(fee.accrued)} applies under our agreement (${clause}).`;
}

/**
 * What follows the reminder. Sending it is the step the Next Steps view already has (a reminder
 * counts once an outgoing message names the invoice); the rest waits on the client, so it is
 * written as a condition, not a step of its own.
 */
function afterSending(client: ClientRecord, invoice: OpenInvoice, tone: ReminderTone, context: DocumentContext): ListItem[] {
  const who = addressee(client);
  const { id } = invoice.entry;
  const steps = [task(['Send it and log it as ', code(`email to ${who}: payment reminder for ${id}`), '.'])];
  if (tone !== 'friendly') {
    steps.push(task([`If there is no answer by ${formatDay(addDays(context.today, REMINDER_FOLLOW_UP_DAYS))}: follow up by phone.`]));
  }
  if (tone === 'firm-with-plan') steps.push(task(['Once a plan is agreed: confirm it in writing, and log each instalment as a payment.']));
  const fee = lateFeeOf(client, invoice.invoice, context.today);
  const uncharged = fee ? fee.accrued.minor - fee.charged.minor : 0;
  if (fee && uncharged > 0) {
    steps.push(task(['If you charge the late fee: log it as ', code(`late-fee ${id} ${amountForLog({ minor: uncharged, currency: fee.accrued.currency })}`), '.']));
  }
  steps.push(task(['When the payment arrives: log it as ', code(`payment ${id} ${amountForLog(invoice.balance)}`), '.']));
  return steps;
}

/** `<id>/<date>-payment-reminder-<invoice id>.md`, relative to the folder holding the record; undefined when either id cannot name a file. */
export function paymentReminderPath(client: ClientRecord, invoiceId: string, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  const invoice = safeSegment(invoiceId);
  if (folder === undefined || invoice === undefined) return undefined;
  return [folder, `${formatDay(today)}-payment-reminder-${invoice}.md`];
}
