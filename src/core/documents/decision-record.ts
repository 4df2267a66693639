import type { ListItem, Root, RootContent } from 'mdast';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import { formatDuration } from '../values/duration';
import { formatMoney } from '../values/money';
import { upTo } from '../derive/entry-time';
import { AT_RISK_WINDOW_DAYS, reasonEvidence, type Evidence, type ReasonEvidence } from '../derive/reason-evidence';
import { terminationDates, type TerminationDates } from '../derive/relationship-dates';
import type { ClientRecord, DepositEntry } from '../model';
import { addressee, capitalise, formatDayLong, formatSums, openInvoices, type DocumentContext } from './document-facts';
import { letterReasons } from './letter-reasons';
import { code, emphasis, heading, item, list, paragraph, root, task } from './mdast-nodes';
import { safeSegment } from './safe-segment';
import { offer, terminationPath } from './termination-letter';

/** Days after sending the letter for the follow-up phone call. */
export const FOLLOW_UP_CALL_AFTER_DAYS = 2;

/**
 * The record of a decision to end a relationship, drafted beside the termination letter and
 * never sent: every reason under its own label with all its evidence as the log has it, the
 * terms the letter gives, and the steps that close the relationship, to tick off.
 */
export function decisionRecord(client: ClientRecord, context: DocumentContext): Root {
  const { today } = context;
  const dates = terminationDates(client, today);
  const letter = terminationPath(client, today)?.[1];
  const reasons = reasonEvidence(client, context);
  return root([
    heading(1, 'Decision to end the work with ', client.name),
    paragraph(
      `Drafted ${formatDay(today)}`, letter !== undefined && ` with the letter ${letter}`,
      '. Not for sending: why the relationship ends, on what terms, and the steps that close it.',
    ),
    heading(2, `Reasons and evidence (the last ${AT_RISK_WINDOW_DAYS} days)`),
    ...reasonSections(reasons),
    heading(2, 'Terms given in the letter'),
    list(termItems(client, context, dates)),
    heading(2, 'After sending'),
    list(afterSending(client, dates)),
  ]);
}

/** `<id>/<date>-decision-record.md`, beside the letter. */
export function decisionRecordPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-decision-record.md`];
}

const WHY: Readonly<Record<Evidence['kind'], string>> = {
  tag: 'tagged',
  'out-of-scope': 'out-of-scope request',
  'after-hours': 'outside working hours',
  unanswered: 'still unanswered',
  'last-contact': 'last contact',
  overdue: 'overdue',
  'paid-late': 'paid late',
};

function reasonSections(reasons: readonly ReasonEvidence[]): RootContent[] {
  if (reasons.length === 0) return [paragraph(emphasis('No reason for ending is logged. Write down here why the relationship ends, with the dates.'))];
  return reasons.flatMap((reason) => [
    heading(3, capitalise(reason.reason.label)),
    paragraph(`What the checks found: ${reason.facts.join('; ')}.`),
    list(reason.evidence.map((evidence) => item([code(evidence.entry.source), ` (${WHY[evidence.kind]})`]))),
  ]);
}

function termItems(client: ClientRecord, context: DocumentContext, dates: TerminationDates): ListItem[] {
  const open = formatSums(openInvoices(client, context.today).map((invoice) => invoice.balance), 'nothing');
  const received = upTo(client.entries, context.today).filter((entry): entry is DepositEntry => entry.kind === 'deposit');
  const deposits = formatSums(received.map((entry) => entry.amount), 'none received');
  const retainer = client.retainer === undefined || client.retainer === 'none' ? 'none' : formatMoney(client.retainer);
  return [
    item([`Notice: ${formatDuration(dates.notice)}, given ${formatDay(dates.noticeGiven)}; last working day ${formatDayLong(dates.lastWorkingDay)}.`]),
    item([`Money: open today ${open}; final invoice on ${formatDay(dates.lastWorkingDay)}, due ${formatDay(dates.finalInvoiceDue)} (net ${client.termsDays}); deposit ${deposits}; retainer ${retainer}.`]),
    item([`Offered in the letter: ${offer(client, letterReasons(client, context), dates)}`]),
  ];
}

function afterSending(client: ClientRecord, dates: TerminationDates): ListItem[] {
  const who = addressee(client);
  const phone = client.contact?.phone;
  const end = formatDay(dates.lastWorkingDay);
  return [
    task([
      `${formatDay(addDays(dates.noticeGiven, FOLLOW_UP_CALL_AFTER_DAYS))}: follow-up phone call to `, who, phone !== undefined && ` (${phone})`,
      ' to confirm the letter arrived, answer questions and restate the reasons calmly; log it as ', code(`call with ${who}`), '.',
    ]),
    task(['If feedback comes: listen, answer it in writing, and log it as ', code(`feedback from ${who}`), '.']),
    task([`By ${end}: access revoked (logins handed back, passwords changed, shared accounts removed).`]),
    task([`Final payment received: the open balance and the final invoice, due ${formatDay(dates.finalInvoiceDue)}.`]),
    task(['Record updated: ', code('status: terminating'), ', ', code(`notice_given: ${formatDay(dates.noticeGiven)}`), ', ', code(`end: ${end}`), '.']),
    task([`Once ${end} has passed and the handover is done: `, code('status: former'), '.']),
  ];
}
