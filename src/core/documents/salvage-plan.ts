import type { ListItem, Root, RootContent } from 'mdast';
import { addDays, daysBetween, formatDay, type Day } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import { plural } from '../values/plural';
import { workingDaysBetween } from '../values/working-hours';
import { accountOf } from '../derive/account';
import { asksForPaymentPlan, contactHistory, type ContactHistory } from '../derive/contact-history';
import { inLastDays, latest, upTo } from '../derive/entry-time';
import { followUpStep, LADDER, type Rung } from '../derive/follow-up';
import { latePayments, recentlyPaid } from '../derive/payment-history';
import { AT_RISK_WINDOW_DAYS, REASONS, reasonEvidence } from '../derive/reason-evidence';
import type { ClientRecord, CommunicationEntry, DepositEntry, WorkEntry } from '../model';
import { sumByCurrency } from '../summary/client-standing';
import {
  addressee, ago, capitalise, describeEntry, formatCallSlot, formatDayLong, formatHours, formatPlan, formatSums, openInvoiceFact, openInvoices,
  paymentPlanOptions, proposeCallSlot, type CallSlot, type DocumentContext, type OpenInvoice,
} from './document-facts';
import { code, heading, item, list, paragraph, root, task, type Inline } from './mdast-nodes';
import { joinWords } from './letter-reasons';
import { safeSegment } from './safe-segment';

/** Days from the plan to the day it asks to decide whether this is still the right client. */
export const REVIEW_AFTER_DAYS = 30;
/** Days between asking to talk by phone and sending the postcard. */
export const POSTCARD_AFTER_PHONE_DAYS = 3;
/** Days a postcard needs to arrive before the call it proposes. */
export const POSTCARD_DELIVERY_DAYS = 4;

/** When each rung still ahead is due, and the call the postcard proposes. */
export interface SalvageDates {
  /** The first rung still ahead: today with nothing unanswered, else 48 hours (awaiting-reply) after the latest attempt. */
  readonly next: Day;
  readonly rungs: ReadonlyMap<Rung, Day>;
  /** The call the postcard proposes: a working day of the record's `hours` and a two-hour window. */
  readonly call: CallSlot;
  /** Decide whether this is still the right client; also the hold date proposed. */
  readonly review: Day;
}

/** The ladder's dates from the rung the log has reached. */
export function salvageDates(client: ClientRecord, context: DocumentContext): SalvageDates {
  const { today } = context;
  const wait = Math.max(1, Math.ceil(context.thresholds['awaiting-reply'] / 24));
  const { unanswered } = contactHistory(client, today);
  const last = unanswered[unanswered.length - 1];
  const next = last === undefined ? today : addDays(last.date, wait);
  const rungs = new Map<Rung, Day>();
  let day = next;
  const sent = (on: Day) => addDays(on < today ? today : on, POSTCARD_DELIVERY_DAYS);
  let call = proposeCallSlot(client.hours, sent(next));
  const ahead = LADDER.slice(LADDER.indexOf(followUpStep(client, unanswered, today).rung)).filter((rung) => rung !== 'backup' || client.contact?.backup !== undefined);
  for (const rung of ahead) {
    if (rungs.size > 0) day = addDays(day, rung === 'call' ? wait : rung === 'postcard' ? POSTCARD_AFTER_PHONE_DAYS : 0);
    if (rung === 'postcard') call = proposeCallSlot(client.hours, sent(day));
    if (rung === 'backup' && rungs.has('postcard')) day = addDays(call.day, 1);
    rungs.set(rung, day);
  }
  return { next, rungs, call, review: addDays(today, REVIEW_AFTER_DAYS) };
}

/**
 * A salvage plan (format spec, "Documents the tool scaffolds"): the facts (money, payment
 * history, contact and who owes whom an answer, warning signs), then the plan as steps to tick
 * off: the policy the record lacks; the answer first when the client is the one waiting, else the
 * follow-up ladder from the rung the log has reached (earlier rungs ticked with their dates), the
 * message saying what the agreement allows; a hold if life got in the way; a payment plan for a
 * slow or late payer; a review date.
 */
export function salvagePlan(client: ClientRecord, context: DocumentContext): Root {
  const dates = salvageDates(client, context);
  const history = contactHistory(client, context.today);
  const planAsked = history.owedReply !== undefined && asksForPaymentPlan(history.owedReply);
  const plan = paymentPlanSteps(client, context, planAsked, history.owedReply !== undefined);
  return root([
    heading(1, 'Salvage plan: ', client.name),
    paragraph(`Drafted ${formatDay(context.today)}. Status: ${client.status}.`, client.since !== undefined && ` Client since ${formatDay(client.since)}.`),
    heading(2, 'The facts'),
    heading(3, 'Money'),
    list(moneyFacts(client, context)),
    heading(3, 'Contact'),
    list(contactFacts(client, context, history)),
    ...warningSigns(client, context),
    heading(2, 'The plan'),
    heading(3, 'First, a policy'),
    list([policyStep(client, context)]),
    ...(history.owedReply ? answerFirst(client, context, history.owedReply, planAsked, plan.length > 0) : reachOut(client, context, history, dates)),
    ...plan,
    heading(3, 'Review'),
    list([
      task([
        `${formatDay(dates.review)}: decide whether `, client.name, ' is still the right client. Look at what changed since ',
        formatDay(context.today), ': answers, payments, respect for the agreed services and your hours. Keep going, or end it with notice (draft a termination letter).',
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
  const paid = recentlyPaid(client, context.today, context.thresholds['slow-payer-of']);
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
  const received = formatSums(depositsReceived(client, context.today).map((entry) => entry.amount));
  const deposit = client.deposit === undefined ? 'no deposit set'
    : client.deposit === 'none' ? 'deposit: none'
      : `deposit ${formatMoney(client.deposit)} (${received === '' ? 'not received' : `received ${received}`})`;
  const retainer = client.retainer === undefined || client.retainer === 'none' ? 'no retainer' : `retainer ${formatMoney(client.retainer)}`;
  const hours = client.minimumHours === undefined ? 'no minimum weekly hours' : `minimum ${client.minimumHours} hours a week`;
  return [deposit, retainer, hours].join(', ');
}

function depositsReceived(client: ClientRecord, today: Day): DepositEntry[] {
  return upTo(client.entries, today).filter((entry): entry is DepositEntry => entry.kind === 'deposit');
}

function contactFacts(client: ClientRecord, context: DocumentContext, history: ContactHistory): ListItem[] {
  const { today } = context;
  const facts: ListItem[] = [];
  const contact = client.contact;
  const reach = [contact?.name, contact?.email, contact?.phone].filter((part): part is string => part !== undefined);
  facts.push(item([`Contact: ${reach.length > 0 ? reach.join(', ') : 'none in the record'}; backup: `, contact?.backup ?? 'none', '.']));
  if (history.lastContact) {
    facts.push(item([`Last contact, ${ago(daysBetween(history.lastContact.date, today))}: `, describeEntry(history.lastContact, client, context)]));
  } else {
    facts.push(item(['Nothing logged from the client yet', client.since !== undefined && ` (client since ${formatDay(client.since)})`, '.']));
  }
  const owed = history.owedReply;
  const waiting = history.unanswered;
  if (owed) {
    const days = workingDaysBetween(client.hours, owed.date, today);
    facts.push(item([`You owe the answer: their ${owed.kind} of ${formatDay(owed.date)} has waited ${plural(days, 'working day')}.`]));
  } else if (waiting.length === 0) {
    facts.push(item(['Nobody is waiting for an answer.']));
  } else {
    const first = waiting[0];
    facts.push(item(
      [`Unanswered: ${plural(waiting.length, 'attempt')} since ${formatDay(first.date)}, the first ${plural(daysBetween(first.date, today), 'day')} ago:`],
      waiting.map((entry) => item([describeEntry(entry, client, context), ` (${ago(daysBetween(entry.date, today))})`])),
    ));
  }
  return facts;
}

function warningSigns(client: ClientRecord, context: DocumentContext): RootContent[] {
  const reasons = reasonEvidence(client, context);
  if (reasons.length === 0) return [];
  return [
    heading(3, 'Warning signs'),
    paragraph(`Reasons for ending a relationship with evidence in the last ${AT_RISK_WINDOW_DAYS} days: ${reasons.length} of ${REASONS.length}.`),
    list(reasons.map((reason) => item(
      [`${capitalise(reason.reason.label)}: ${reason.facts.join('; ')}.`],
      reason.evidence.map((evidence) => item([describeEntry(evidence.entry, client, context)])),
    ))),
  ];
}

/** One step for the whole policy, the missing parts beneath it: the agenda lists it once. */
function policyStep(client: ClientRecord, context: DocumentContext): ListItem {
  const last = latest(accountOf(client, context.today).invoices.map((invoice) => invoice.entry));
  const sized = (what: string) => (last ? `, e.g. ${formatMoney(last.amount)} (${what} the last invoice, ${last.id})` : '');
  const parts: [string, ListItem][] = [];
  if (client.deposit === undefined || client.deposit === 'none') {
    parts.push(['a deposit', item([
      'A deposit before any new work starts', sized('the size of'), '; then set ', code('deposit: <amount>'), ' in the record',
      client.deposit === 'none' && ' (it says none now)', '.',
    ])]);
  }
  if (client.retainer === undefined || client.retainer === 'none') {
    parts.push(['a retainer', item(['A retainer, paid at the start of each month', sized('like'), '; then set ', code('retainer: <amount>'), '.'])]);
  }
  if (client.minimumHours === undefined || client.minimumHours === 0) {
    const worked = averageWeeklyMinutes(client, context.today);
    parts.push(['minimum weekly hours', item([
      'Minimum weekly hours, billed whether used or not',
      worked > 0 && ` (the last 4 weeks averaged ${formatMinutes(worked)} a week)`, '; then set ', code('minimum_hours: <hours>'), '.',
    ])]);
  }
  if (parts.length === 0) return task(['The record has a deposit, a retainer and minimum weekly hours: restate them to ', addressee(client), ' in your next message.']);
  return task([`Before any new work, agree on ${joinWords(parts.map(([name]) => name), 'and')}:`], parts.map(([, detail]) => detail));
}

function averageWeeklyMinutes(client: ClientRecord, today: Day): number {
  const work = inLastDays(client.entries, today, 27).filter((entry): entry is WorkEntry => entry.kind === 'work');
  return Math.round(work.reduce((sum, entry) => sum + entry.minutes, 0) / 4);
}

/** The client is the one waiting: answer first; the silence ladder only starts once you wait for them. */
function answerFirst(client: ClientRecord, context: DocumentContext, owed: CommunicationEntry, planAsked: boolean, withPlan: boolean): RootContent[] {
  const who = addressee(client);
  const offer = planAsked && withPlan ? ', which asks to pay in instalments: offer one of the payment plans below'
    : withPlan ? ', and offer one of the payment plans below' : '';
  return [
    heading(3, 'Answer first'),
    list([task([`${formatDay(context.today)}: answer ${who}'s ${owed.kind} of ${formatDay(owed.date)}${offer}`, ...restate(client, context), '; log it as ', code(`email to ${who}`), '.'])]),
    paragraph('They are waiting for you, not the other way round: the follow-up ladder (email, call, postcard, backup contact) only starts if you then wait for them.'),
  ];
}

/** The follow-up ladder from the rung the log has reached: earlier rungs ticked, the ones ahead dated and conditional. */
function reachOut(client: ClientRecord, context: DocumentContext, history: ContactHistory, dates: SalvageDates): RootContent[] {
  const who = addressee(client);
  const contact = client.contact;
  const waiting = history.unanswered.length > 0;
  const jolt = waiting || isSilent(client, context, history) ? policyReminder(client, context.today) : [];
  const first = dates.rungs.keys().next().value;
  const say = (rung: Rung) => (rung === first ? jolt : []);
  const when = (rung: Rung): Inline => (waiting ? `If there is still no answer by ${formatDay(dates.rungs.get(rung)!)}: ` : false);
  const noCall = (rung: Rung): string => (dates.rungs.has('postcard')
    ? `If there is no call on ${formatDayLong(dates.call.day)}: `
    : `If there is still no answer by ${formatDay(dates.rungs.get(rung)!)}: `);
  const steps: ListItem[] = history.unanswered.map((entry) => task([describeEntry(entry, client, context)], [], true));
  for (const rung of dates.rungs.keys()) {
    if (rung === 'email') {
      steps.push(task([
        when(rung) || `${formatDay(context.today)}: `, 'send a polite email to ', who, contact?.email !== undefined && ` (${contact.email})`,
        ': a short check-in that asks how things are and what would help', ...say(rung), '; log it as ', code(`email to ${who}`), '.',
      ]));
    }
    if (rung === 'call') {
      steps.push(task([
        when(rung) || `If there is no answer by ${formatDay(dates.rungs.get(rung)!)}: `, 'ask to talk by phone',
        contact?.phone !== undefined ? ` and call ${contact.phone}` : ' (ask for a good number and time)', ...say(rung), '.',
      ]));
    }
    if (rung === 'postcard') {
      steps.push(task([
        `If there is still no answer by ${formatDay(dates.rungs.get(rung)!)}: send a handwritten postcard that proposes a call on ${formatCallSlot(dates.call)}`,
        client.hours !== undefined && `, within your hours (${formatHours(client.hours)})`, ...say(rung), '.',
      ]));
    }
    if (rung === 'backup') steps.push(task([noCall(rung), 'contact the backup, ', contact!.backup!, ...say(rung), '.']));
    if (rung === 'hold' && rung === first) steps.push(task([noCall(rung), 'put the account on hold and say so in writing', ...say(rung), '.']));
  }
  if (contact?.backup === undefined && dates.rungs.has('postcard')) {
    steps.push(task([
      noCall('hold'), 'there is no backup contact; find one (a colleague, the office, an assistant) and add ', code('contact.backup'), ' to the record.',
    ]));
  }
  steps.push(task([
    'If life got in the way (illness, family, a busy season), offer to put the account on hold: set ', code('status: on-hold'),
    ' and ', code(`hold_until: ${formatDay(dates.review)}`), ' in the record, and confirm it in writing.',
  ]));
  return [heading(3, 'Reach out'), list(steps)];
}

/** No answer to anything, or nothing heard for no-contact days: the client has gone quiet. */
function isSilent(client: ClientRecord, context: DocumentContext, history: ContactHistory): boolean {
  const from = history.lastContact?.date ?? client.since;
  return from !== undefined && daysBetween(from, context.today) >= context.thresholds['no-contact'];
}

/** Where the warning signs are about scope or hours, the message restates what was agreed. */
function restate(client: ClientRecord, context: DocumentContext): Inline[] {
  const ids = new Set(reasonEvidence(client, context).map((reason) => reason.reason.id));
  const parts: string[] = [];
  if (ids.has('unreasonable') && client.services.length > 0) parts.push(`the agreed services (${client.services.join(', ')})`);
  if (ids.has('boundary') && client.hours) parts.push(`your working hours (${formatHours(client.hours)})`);
  return parts.length === 0 ? [] : [`; restate ${joinWords(parts, 'and')}`];
}

/** What the agreement allows with a silent client, said in the message: often the jolt that brings an answer. */
function policyReminder(client: ClientRecord, today: Day): Inline[] {
  const parts: string[] = [];
  if (client.minimumHours !== undefined && client.minimumHours > 0) parts.push(`the minimum of ${plural(client.minimumHours, 'hour')} a week is billed whether it is used or not`);
  if (client.retainer !== undefined && client.retainer !== 'none') parts.push(`this month's retainer (${formatMoney(client.retainer)}) is drawn as usual`);
  const deposit = depositsReceived(client, today);
  if (deposit.length > 0) parts.push(`the deposit (${formatSums(deposit.map((entry) => entry.amount))}) will be drawn for the work meanwhile`);
  if (parts.length === 0) return [];
  return [`; say that, as agreed, ${parts.join(', and ')}`];
}

/** A payment plan for a slow or late payer, or one who asked; offered in the answer when you owe one. */
function paymentPlanSteps(client: ClientRecord, context: DocumentContext, planAsked: boolean, inAnswer: boolean): RootContent[] {
  const open = openInvoices(client, context.today);
  const { late } = latePayments(client, context.today, context.thresholds['slow-payer-of']);
  const slow = late.length >= context.thresholds['slow-payer'];
  const overdue = open.some((invoice) => invoice.daysOverdue >= context.thresholds['invoice-overdue']);
  if (open.length === 0 || (!slow && !overdue && !planAsked)) return [];
  const pause = open.some((invoice) => invoice.daysOverdue >= context.thresholds['invoice-overdue-error'])
    ? ' (until the first instalment arrives, pause new work and say so)' : '';
  const steps: ListItem[] = sumByCurrency(open.map((invoice) => invoice.balance)).map((total) => {
    const plans = paymentPlanOptions(total, context.today);
    const options = [
      item([`3 monthly instalments: ${formatPlan(plans.monthly)}`]),
      item([`6 instalments twice a month: ${formatPlan(plans.twiceMonthly)}`]),
    ];
    return inAnswer
      ? item([`The plans to offer in your answer, for the open ${formatMoney(total)}${pause}:`], options)
      : task([`${formatDay(context.today)}: offer a payment plan for the open ${formatMoney(total)}${pause}, either:`], options);
  });
  steps.push(task([
    'Once a plan is agreed: confirm it in writing, and log each instalment as it arrives as ', code('- <date> payment <amount>'),
    ' (without an invoice id it pays the oldest open invoices first).',
  ]));
  const reason: Inline = planAsked ? 'They asked to pay in instalments: ' : slow ? 'Slow payer: ' : 'Overdue invoices: ';
  return [heading(3, 'Payment plan'), paragraph(reason, describeLate(open)), list(steps)];
}

function describeLate(open: readonly OpenInvoice[]): string {
  const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
  if (overdue.length === 0) return `nothing is overdue today, ${formatSums(open.map((invoice) => invoice.balance))} is open.`;
  const oldest = Math.max(...overdue.map((invoice) => invoice.daysOverdue));
  const ids = overdue.map((invoice) => invoice.entry.id).join(', ');
  return `${formatSums(overdue.map((invoice) => invoice.balance))} overdue (${ids}), the oldest ${plural(oldest, 'day')}.`;
}
