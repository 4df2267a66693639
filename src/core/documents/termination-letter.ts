import type { ListItem, Root, RootContent } from 'mdast';
import { formatDay, type Day } from '../values/calendar-day';
import { formatDuration, formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import { accountOf } from '../derive/account';
import { latest, upTo } from '../derive/entry-time';
import { terminationDates, type TerminationDates } from '../derive/relationship-dates';
import type { ClientRecord, DepositEntry, WorkEntry } from '../model';
import { addressee, formatDayLong, formatHours, formatSums, openInvoiceFact, openInvoices, type DocumentContext } from './document-facts';
import { joinWords, letterReasons, type LetterReason } from './letter-reasons';
import { emphasis, heading, item, list, paragraph, root } from './mdast-nodes';
import { safeSegment } from './safe-segment';

/**
 * A termination letter (format spec, "Documents the tool scaffolds"), written to be sent as it
 * is: each reason in plain words about the work with its dated examples, the notice period and
 * last working day, the open balance, the final invoice, what becomes of a deposit or retainer,
 * the handover, thanks, a reduced service and a referral, and the confidentiality promise. What
 * happens after it is sent, and the labelled evidence, go in the record of the decision beside it.
 */
export function terminationLetter(client: ClientRecord, context: DocumentContext): Root {
  const { today } = context;
  const dates = terminationDates(client, today);
  const reasons = letterReasons(client, context);
  const end = formatDayLong(dates.lastWorkingDay);
  return root([
    heading(1, 'Ending our work together: ', client.name),
    paragraph(formatDay(today)),
    paragraph('Dear ', addressee(client), ','),
    paragraph(
      'I am writing to let you know that I am ending our working agreement',
      client.agreement !== undefined && ' (', client.agreement, client.agreement !== undefined && ')',
      `, with ${formatDuration(dates.notice)} of notice. Below are the reasons, the last working day, the money still to settle and how I will hand the work over.`,
    ),
    heading(2, 'Why'),
    ...reasonBlocks(reasons),
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
      offer(client, reasons, dates),
    ),
    paragraph('I will keep all information about you and your business confidential, during the notice period and after it.'),
    paragraph('Kind regards,'),
    paragraph(client.owner ?? emphasis('Your name')),
  ]);
}

/** `<id>/<date>-termination.md`, relative to the folder holding the record; undefined when the id cannot name a folder. */
export function terminationPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-termination.md`];
}

function reasonBlocks(reasons: readonly LetterReason[]): RootContent[] {
  if (reasons.length === 0) {
    return [paragraph(emphasis('No reason for ending is logged in the last 90 days. State each reason here in plain words about the work, with a dated, specific example.'))];
  }
  return reasons.flatMap((reason) => [
    paragraph(reason.sentence),
    ...(reason.examples.length > 0 ? [list(reason.examples.map((example) => item([`${example}.`])))] : []),
  ]);
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
  items.push(...heldMoney(client, today, dates));
  return items;
}

/** What becomes of every deposit and retainer the record holds. */
function heldMoney(client: ClientRecord, today: Day, dates: TerminationDates): ListItem[] {
  const items: ListItem[] = [];
  const deposits = upTo(client.entries, today).filter((entry): entry is DepositEntry => entry.kind === 'deposit');
  if (deposits.length > 0) {
    const received = deposits.map((entry) => `${formatMoney(entry.amount)} on ${formatDay(entry.date)}`).join(', ');
    items.push(item([`The deposit you paid (${received}) will be set against the final invoice; anything left over will be returned to you with it.`]));
  } else if (client.deposit !== undefined && client.deposit !== 'none') {
    items.push(item([`The deposit of ${formatMoney(client.deposit)} in our agreement was not received, so there is none to set against the final invoice.`]));
  }
  if (client.retainer !== undefined && client.retainer !== 'none') {
    items.push(item([`The retainer of ${formatMoney(client.retainer)} covers the work up to ${formatDay(dates.lastWorkingDay)}; any part of it not used by then will be set against the final invoice or returned to you.`]));
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

/** A reduced service within the agreed services where the record has them, and a referral either way. */
export function offer(client: ClientRecord, reasons: readonly LetterReason[], dates: TerminationDates): string {
  if (client.services.length === 0) return 'If it helps, I am glad to recommend another assistant to take over.';
  const scope = client.services.length === 1 ? `${client.services[0]} only, on fewer hours` : `only part of what we agreed, such as ${joinWords(client.services, 'or')}`;
  const hours = client.hours !== undefined ? ', within my working hours' : '';
  const prepaid = reasons.some((reason) => reason.id === 'non-payment') ? ', paid in advance' : '';
  return `If some of this work would still help you, I am open to a reduced service (${scope}${hours}${prepaid}); we can talk about it before ${formatDay(dates.lastWorkingDay)}. I am also glad to recommend another assistant to take over.`;
}
