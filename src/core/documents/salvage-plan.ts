import type { ListItem, Root, RootContent } from 'mdast';
import { addDays, daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import { accountOf } from '../derive/account';
import { contactHistory } from '../derive/contact-history';
import { inLastDays, latest, upTo } from '../derive/entry-time';
import type { ClientRecord, DepositEntry, WorkEntry } from '../model';
import { AT_RISK_WINDOW_DAYS, REASONS } from '../rules/relationship-at-risk';
import { slowPayer } from '../rules/slow-payer';
import { sumByCurrency } from '../summary/client-standing';
import {
  addressee, ago, capitalise, describeEntry, formatCallSlot, formatDayLong, formatHours, formatPlan, formatSums, openInvoiceFact, openInvoices,
  paymentPlanOptions, plural, proposeCallSlot, recentPayments, type CallSlot, type DocumentContext, type OpenInvoice,
} from './document-facts';
import { reasonExamples } from './reason-examples';
import { code, heading, item, list, paragraph, root, task, type Inline } from './mdast-nodes';
import { safeSegment } from './safe-segment';

/** Days from the plan to the day it asks to decide whether this is still the right client. */
export const REVIEW_AFTER_DAYS = 30;
/** Days between asking to talk by phone and sending the postcard. */
export const POSTCARD_AFTER_PHONE_DAYS = 3;
/** Days a postcard needs to arrive before the call it proposes. */
export const POSTCARD_DELIVERY_DAYS = 4;

/** The dates a salvage plan proposes, from its day and the record. */
export interface SalvageDates {
  /** A polite email: today. */
  readonly email: Day;
  /** No answer after the awaiting-reply hours (48 by default): ask to talk by phone. */
  readonly phone: Day;
  /** A handwritten postcard proposing `call`. */
  readonly postcard: Day;
  /** The call the postcard proposes: a working day of the record's `hours` and a two-hour window. */
  readonly call: CallSlot;
  /** No call: the backup contact. */
  readonly backup: Day;
  /** Decide whether this is still the right client; also the hold date proposed. */
  readonly review: Day;
}

export function salvageDates(client: ClientRecord, context: DocumentContext): SalvageDates {
  const { today } = context;
  const phone = addDays(today, Math.max(1, Math.ceil(context.thresholds['awaiting-reply'] / 24)));
  const postcard = addDays(phone, POSTCARD_AFTER_PHONE_DAYS);
  const call = proposeCallSlot(client.hours, addDays(postcard, POSTCARD_DELIVERY_DAYS));
  return { email: today, phone, postcard, call, backup: addDays(call.day, 1), review: addDays(today, REVIEW_AFTER_DAYS) };
}

/**
 * A salvage plan (format spec, "Documents the tool scaffolds"): the facts (open and overdue
 * invoices, payment history, last contact, unanswered attempts, warning signs), then the plan as
 * steps to tick off: the policy the record lacks, the email-phone-postcard-backup ladder with its
 * dates, a hold if life got in the way, a payment plan sized from the open balance for a slow or
 * late payer, and a review date.
 */
export function salvagePlan(client: ClientRecord, context: DocumentContext): Root {
  const dates = salvageDates(client, context);
  return root([
    heading(1, 'Salvage plan: ', client.name),
    paragraph(`Drafted ${formatDay(context.today)}. Status: ${client.status}.`, client.since !== undefined && ` Client since ${formatDay(client.since)}.`),
    heading(2, 'The facts'),
    heading(3, 'Money'),
    list(moneyFacts(client, context)),
    heading(3, 'Contact'),
    list(contactFacts(client, context)),
    ...warningSigns(client, context),
    heading(2, 'The plan'),
    heading(3, 'First, a policy'),
    list(policySteps(client, context)),
    heading(3, 'Reach out'),
    list(ladderSteps(client, context, dates)),
    ...paymentPlanSteps(client, context),
    heading(3, 'Review'),
    list([
      task([
        `${formatDay(dates.review)}: decide whether `, client.name, ' is still the right client. Look at what changed since ',
        formatDay(context.today), ': answers, payments, respect for the agreed services and your hours. Keep going (set ',
        code('status: active'), ') or end it with notice (draft a termination letter).',
      ]),
    ]),
  ]);
}

/** `<id>/<date>-salvage-plan.md`, relative to the folder holding the record; undefined when the id cannot name a folder. */
export function salvagePlanPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-salvage-plan.md`];
}

function moneyFacts(client: ClientRecord, context: DocumentContext): ListItem[] {
  const open = openInvoices(client, context.today);
  const facts: ListItem[] = [];
  if (open.length === 0) facts.push(item(['No open invoices.']));
  else {
    const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
    facts.push(item(
      [`Open balance: ${formatSums(open.map((invoice) => invoice.balance))}`, overdue.length > 0 && `, of which ${formatSums(overdue.map((invoice) => invoice.balance))} overdue`, ':'],
      open.map((invoice) => item([openInvoiceFact(invoice)])),
    ));
  }
  const paid = recentPayments(client, context);
  if (paid.length > 0) {
    const late = paid.filter((invoice) => invoice.daysLate > 0);
    facts.push(item(
      [`The last ${plural(paid.length, 'paid invoice')}: ${late.length} paid late.`],
      paid.map((invoice) => item([
        `${invoice.entry.id} (${formatMoney(invoice.entry.amount)}), due ${formatDay(invoice.due)}, paid ${formatDay(invoice.paidOn)}: `,
        invoice.daysLate > 0 ? `${plural(invoice.daysLate, 'day')} late` : 'on time',
      ])),
    ));
  }
  facts.push(item([`Policy: ${policySummary(client, context)}.`]));
  return facts;
}

function policySummary(client: ClientRecord, context: DocumentContext): string {
  const deposits = upTo(client.entries, context.today).filter((entry): entry is DepositEntry => entry.kind === 'deposit');
  const received = formatSums(deposits.map((entry) => entry.amount));
  const deposit = client.deposit === undefined ? 'no deposit set'
    : client.deposit === 'none' ? 'deposit: none'
      : `deposit ${formatMoney(client.deposit)} (${received === '' ? 'not received' : `received ${received}`})`;
  const retainer = client.retainer === undefined || client.retainer === 'none' ? 'no retainer' : `retainer ${formatMoney(client.retainer)}`;
  const hours = client.minimumHours === undefined ? 'no minimum weekly hours' : `minimum ${client.minimumHours} hours a week`;
  return [deposit, retainer, hours].join(', ');
}

function contactFacts(client: ClientRecord, context: DocumentContext): ListItem[] {
  const { today } = context;
  const history = contactHistory(client, today);
  const facts: ListItem[] = [];
  const contact = client.contact;
  const reach = [contact?.name, contact?.email, contact?.phone].filter((part): part is string => part !== undefined);
  facts.push(item([
    `Contact: ${reach.length > 0 ? reach.join(', ') : 'none in the record'}; backup: `, contact?.backup ?? 'none', '.',
  ]));
  if (history.lastContact) {
    const days = daysBetween(history.lastContact.date, today);
    facts.push(item([`Last contact, ${ago(days)}: `, describeEntry(history.lastContact, client, context)]));
  } else {
    facts.push(item(['Nothing logged from the client yet', client.since !== undefined && ` (client since ${formatDay(client.since)})`, '.']));
  }
  const waiting = history.unanswered;
  if (waiting.length === 0) facts.push(item(['No message of yours is waiting for an answer.']));
  else {
    const first = waiting[0];
    facts.push(item(
      [`Unanswered: ${plural(waiting.length, 'attempt')} since ${formatDay(first.date)}, the first ${plural(daysBetween(first.date, today), 'day')} ago:`],
      waiting.map((entry) => item([describeEntry(entry, client, context), ` (${ago(daysBetween(entry.date, today))})`])),
    ));
  }
  return facts;
}

function warningSigns(client: ClientRecord, context: DocumentContext): RootContent[] {
  const reasons = reasonExamples(client, context);
  if (reasons.length === 0) return [];
  return [
    heading(3, 'Warning signs'),
    paragraph(`Reasons for ending a relationship with evidence in the last ${AT_RISK_WINDOW_DAYS} days: ${reasons.length} of ${REASONS.length}.`),
    list(reasons.map((reason) => item(
      [`${capitalise(reason.reason.label)}.`, ...reason.facts.map((fact) => ` ${fact}.`)],
      reason.entries.map((entry) => item([describeEntry(entry, client, context)])),
    ))),
  ];
}

function policySteps(client: ClientRecord, context: DocumentContext): ListItem[] {
  const last = latest(accountOf(client, context.today).invoices.map((invoice) => invoice.entry));
  const sized = (what: string) => (last ? `, e.g. ${formatMoney(last.amount)} (${what} the last invoice, ${last.id})` : '');
  const steps: ListItem[] = [];
  if (client.deposit === undefined || client.deposit === 'none') {
    steps.push(task([
      'Ask for a deposit before any new work starts', sized('the size of'), '; then set ', code('deposit: <amount>'), ' in the record',
      client.deposit === 'none' && ' (it says none now)', '.',
    ]));
  }
  if (client.retainer === undefined || client.retainer === 'none') {
    steps.push(task(['Propose a retainer, paid at the start of each month', sized('like'), '; then set ', code('retainer: <amount>'), '.']));
  }
  if (client.minimumHours === undefined) {
    const worked = averageWeeklyMinutes(client, context.today);
    steps.push(task([
      'Agree on minimum weekly hours, billed whether used or not',
      worked > 0 && ` (the last 4 weeks averaged ${formatMinutes(worked)} a week)`, '; then set ', code('minimum_hours: <hours>'), '.',
    ]));
  }
  if (steps.length === 0) {
    steps.push(task(['The record has a deposit, a retainer and minimum weekly hours: restate them to ', addressee(client), ' in the first email.']));
  }
  return steps;
}

function averageWeeklyMinutes(client: ClientRecord, today: Day): number {
  const work = inLastDays(client.entries, today, 27).filter((entry): entry is WorkEntry => entry.kind === 'work');
  return Math.round(work.reduce((sum, entry) => sum + entry.minutes, 0) / 4);
}

function ladderSteps(client: ClientRecord, context: DocumentContext, dates: SalvageDates): ListItem[] {
  const contact = client.contact;
  const who = addressee(client);
  const steps: ListItem[] = [
    task([
      `${formatDay(dates.email)}: send a polite email to `, who, contact?.email !== undefined && ` (${contact.email})`,
      ': a short check-in that asks how things are and what would help.',
    ]),
    task([
      `${formatDay(dates.phone)}: no answer after ${context.thresholds['awaiting-reply']} hours? Ask to talk by phone`,
      contact?.phone !== undefined ? ` and call ${contact.phone}` : ' (ask for a good number and time)', '.',
    ]),
    task([
      `${formatDay(dates.postcard)}: send a handwritten postcard that proposes a call on ${formatCallSlot(dates.call)}`,
      client.hours !== undefined && `, within your hours (${formatHours(client.hours)})`, '.',
    ]),
  ];
  const noCall = `${formatDay(dates.backup)}: no call on ${formatDayLong(dates.call.day)}? `;
  if (contact?.backup !== undefined) steps.push(task([noCall, 'Contact the backup: ', contact.backup, '.']));
  else {
    steps.push(task([
      noCall, 'There is no backup contact: find one (a colleague, the office, an assistant) and add ', code('contact.backup'), ' to the record.',
    ]));
  }
  steps.push(task([
    'If life got in the way (illness, family, a busy season), offer to put the account on hold: set ', code('status: on-hold'),
    ' and ', code(`hold_until: ${formatDay(dates.review)}`), ' in the record, and confirm it in writing.',
  ]));
  return steps;
}

function paymentPlanSteps(client: ClientRecord, context: DocumentContext): RootContent[] {
  const open = openInvoices(client, context.today);
  const slow = slowPayer.check(client, context).length > 0;
  const late = open.some((invoice) => invoice.daysOverdue >= context.thresholds['invoice-overdue']);
  if (open.length === 0 || (!slow && !late)) return [];
  const steps: ListItem[] = sumByCurrency(open.map((invoice) => invoice.balance)).map((total) => {
    const plans = paymentPlanOptions(total, context.today);
    return task([`Offer a payment plan for the open ${formatMoney(total)}, either:`], [
      item([`3 monthly instalments: ${formatPlan(plans.monthly)}`]),
      item([`6 instalments twice a month: ${formatPlan(plans.twiceMonthly)}`]),
    ]);
  });
  steps.push(task([
    'Once agreed, log each instalment as it arrives as ', code('- <date> payment <amount>'), ' (without an invoice id it pays the oldest open invoices first).',
  ]));
  if (open.some((invoice) => invoice.daysOverdue >= context.thresholds['invoice-overdue-error'])) {
    steps.push(task(['Pause new work until the first instalment arrives, and say so in the email.']));
  }
  const reason: Inline = slow ? 'Slow payer: ' : 'Overdue invoices: ';
  return [heading(3, 'Payment plan'), paragraph(reason, describeLate(open)), list(steps)];
}

function describeLate(open: readonly OpenInvoice[]): string {
  const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
  if (overdue.length === 0) return `nothing is overdue today, ${formatSums(open.map((invoice) => invoice.balance))} is open.`;
  const oldest = Math.max(...overdue.map((invoice) => invoice.daysOverdue));
  const ids = overdue.map((invoice) => invoice.entry.id).join(', ');
  return `${formatSums(overdue.map((invoice) => invoice.balance))} overdue (${ids}), the oldest ${plural(oldest, 'day')}.`;
}
