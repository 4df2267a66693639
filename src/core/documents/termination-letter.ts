import type { ListItem, Root, RootContent } from 'mdast';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import { addDuration, formatDuration, formatMinutes, type Duration } from '../values/duration';
import { formatMoney } from '../values/money';
import { accountOf } from '../derive/account';
import { latest, upTo } from '../derive/entry-time';
import type { ClientRecord, DepositEntry, WorkEntry } from '../model';
import {
  addressee, capitalise, describeEntry, formatDayLong, formatHours, formatSums, openInvoiceFact, openInvoices, type DocumentContext,
} from './document-facts';
import { reasonExamples, type ReasonExamples } from './reason-examples';
import { code, emphasis, heading, item, list, paragraph, root, task } from './mdast-nodes';
import { safeSegment } from './safe-segment';

/** Days after sending the letter for the follow-up phone call. */
export const FOLLOW_UP_CALL_AFTER_DAYS = 2;

export interface TerminationDates {
  readonly notice: Duration;
  /** The day notice is given: the letter's day. */
  readonly noticeGiven: Day;
  /** notice_given + notice, a month being a calendar month (2026-01-31 + 1 month = 2026-02-28): the record's `end`. */
  readonly lastWorkingDay: Day;
  /** The final invoice, issued on the last working day, is due after the record's terms. */
  readonly finalInvoiceDue: Day;
}

/** Notice given on `today`, from the record's `notice` (default 2 weeks). */
export function terminationDates(client: ClientRecord, today: Day): TerminationDates {
  const lastWorkingDay = addDuration(today, client.notice);
  return { notice: client.notice, noticeGiven: today, lastWorkingDay, finalInvoiceDue: addDays(lastWorkingDay, client.termsDays) };
}

/**
 * A termination letter (format spec, "Documents the tool scaffolds"), clear and objective: the
 * reasons with their dated examples, the notice period and last working day, the final invoice
 * and open balance, the handover, thanks, a referral or a reduced service where it fits, the
 * confidentiality promise; then the checklist for after it is sent.
 */
export function terminationLetter(client: ClientRecord, context: DocumentContext): Root {
  const { today } = context;
  const dates = terminationDates(client, today);
  const reasons = reasonExamples(client, context);
  const end = formatDayLong(dates.lastWorkingDay);
  return root([
    heading(1, 'Ending our work together: ', client.name),
    paragraph(formatDay(today)),
    paragraph(`Dear `, addressee(client), ','),
    paragraph(
      'I am writing to give notice that I am ending our working agreement',
      client.agreement !== undefined && ' (', client.agreement, client.agreement !== undefined && ')',
      `. This letter sets out the reasons, the notice period, the final invoice and the handover.`,
    ),
    heading(2, 'Reasons'),
    ...reasonBlocks(client, context, reasons),
    heading(2, 'Notice period'),
    paragraph(
      `The notice period is ${formatDuration(dates.notice)}. It starts today, ${formatDay(dates.noticeGiven)}; `,
      `my last working day for you is ${end}. Until then I will keep to the agreed services`,
      client.hours !== undefined && ` and my working hours (${formatHours(client.hours)})`, '.',
    ),
    heading(2, 'Final invoice and open balance'),
    list(moneyItems(client, context, dates)),
    heading(2, 'Handover'),
    list(handoverItems(client, dates)),
    heading(2, 'Thank you'),
    paragraph(
      'Thank you for the work we have done together', client.since !== undefined && ` since ${formatDay(client.since)}`, '. ',
      ...offer(client, reasons, dates),
    ),
    paragraph(
      'I will keep all information about you and your business confidential, during the notice period and after it.',
    ),
    paragraph('Kind regards,'),
    paragraph(client.owner ?? emphasis('Your name')),
    heading(2, 'After sending'),
    paragraph('Not part of the letter: the steps that close the relationship.'),
    list(afterSending(client, dates)),
  ]);
}

/** `<id>/<date>-termination.md`, relative to the folder holding the record; undefined when the id cannot name a folder. */
export function terminationPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-termination.md`];
}

function reasonBlocks(client: ClientRecord, context: DocumentContext, reasons: readonly ReasonExamples[]): RootContent[] {
  if (reasons.length === 0) {
    return [paragraph(emphasis('No reason for ending is logged in the last 90 days. State each reason here with a dated, specific example.'))];
  }
  return [
    paragraph(reasons.length === 1 ? 'The reason, with the dates it happened:' : 'The reasons, each with the dates it happened:'),
    list(reasons.map((reason) => item(
      [`${capitalise(reason.reason.label)}.`, ...reason.facts.map((fact) => ` ${toClient(fact)}.`)],
      reason.entries.map((entry) => item([describeEntry(entry, client, context)])),
    ))),
  ];
}

/** The checks speak to the assistant ("your working hours"); the letter speaks to the client. */
function toClient(fact: string): string {
  return fact.replace(/\byour working hours\b/g, 'my working hours');
}

function moneyItems(client: ClientRecord, context: DocumentContext, dates: TerminationDates): ListItem[] {
  const { today } = context;
  const open = openInvoices(client, today);
  const items: ListItem[] = [];
  if (open.length === 0) items.push(item([`Nothing is open today (${formatDay(today)}).`]));
  else {
    items.push(item(
      [`Open today: ${formatSums(open.map((invoice) => invoice.balance))}. Please settle it by ${formatDay(dates.lastWorkingDay)}:`],
      open.map((invoice) => item([openInvoiceFact(invoice)])),
    ));
  }
  const lastInvoice = latest(accountOf(client, today).invoices.map((invoice) => invoice.entry));
  const since = lastInvoice?.date;
  const work = upTo(client.entries, today).filter((entry): entry is WorkEntry => entry.kind === 'work' && (since === undefined || entry.date > since));
  const minutes = work.reduce((sum, entry) => sum + entry.minutes, 0);
  items.push(item([
    `The final invoice, for the work up to ${formatDay(dates.lastWorkingDay)}, will follow on that day, due ${formatDay(dates.finalInvoiceDue)}`,
    ` (net ${client.termsDays}).`,
    minutes > 0 && ` Work logged since ${since === undefined ? 'the start' : `the last invoice (${lastInvoice!.id}, ${formatDay(since)})`}: ${formatMinutes(minutes)}.`,
  ]));
  const deposits = upTo(client.entries, today).filter((entry): entry is DepositEntry => entry.kind === 'deposit');
  if (deposits.length > 0) {
    const received = deposits.map((entry) => `${formatMoney(entry.amount)} on ${formatDay(entry.date)}`).join(', ');
    items.push(item([`The deposit received (${received}) will be set against the final invoice.`]));
  }
  return items;
}

function handoverItems(client: ClientRecord, dates: TerminationDates): ListItem[] {
  const by = formatDay(dates.lastWorkingDay);
  const services = client.services.length > 0 ? ` (${client.services.join(', ')})` : '';
  return [
    item([`Files: everything I prepared for you${services} will be sent to you or left in your shared folders by ${by}, with a short note of where each thing is.`]),
    item([`Passwords and access: by ${by} I will hand back every login you shared with me; please revoke my access to your accounts and change the passwords I used. I will confirm in writing when it is done.`]),
    item([`Work in progress: I will finish what can be finished by ${by} and send you a written status of anything still open.`]),
  ];
}

/** A reduced service where the reasons are about scope, hours or payment; otherwise a referral. */
function offer(client: ClientRecord, reasons: readonly ReasonExamples[], dates: TerminationDates): string[] {
  const ids = new Set(reasons.map((reason) => reason.reason.id));
  const referral = 'If it helps, I can recommend another assistant to take over.';
  if (ids.has('disrespect') || ids.has('unprofessional')) return [referral];
  const scope = client.services.length > 0 ? ` (${client.services.join(', ')})` : '';
  const hours = client.hours !== undefined ? `, within my working hours (${formatHours(client.hours)})` : '';
  const prepaid = ids.has('non-payment') ? ', paid in advance' : '';
  return [
    `If a smaller service would suit you, limited to the agreed services${scope}${hours}${prepaid}, I am open to discussing it before ${formatDay(dates.lastWorkingDay)}. `,
    'Otherwise I can recommend another assistant to take over.',
  ];
}

function afterSending(client: ClientRecord, dates: TerminationDates): ListItem[] {
  const phone = client.contact?.phone;
  const end = formatDay(dates.lastWorkingDay);
  return [
    task([
      `${formatDay(addDays(dates.noticeGiven, FOLLOW_UP_CALL_AFTER_DAYS))}: follow-up phone call to `, addressee(client),
      phone !== undefined && ` (${phone})`, ' to confirm the letter arrived and answer questions.',
    ]),
    task(['Feedback received and answered.']),
    task([`By ${end}: access revoked (logins handed back, passwords changed, shared accounts removed).`]),
    task([`Final payment received: the open balance and the final invoice, due ${formatDay(dates.finalInvoiceDue)}.`]),
    task([
      'Record updated: ', code('status: terminating'), ', ', code(`notice_given: ${formatDay(dates.noticeGiven)}`), ', ', code(`end: ${end}`), '.',
    ]),
    task([`After ${end}: `, code('status: former'), '.']),
  ];
}
