import type { ListItem, Root, RootContent } from 'mdast';
import { formatDay, type Day } from '../values/calendar-day';
import { reasonEvidence, type ReasonEvidence, type ReasonId } from '../derive/reason-evidence';
import { relationshipEnd } from '../derive/relationship-dates';
import type { ClientRecord } from '../model';
import { capitalise, formatSums, openInvoices, type DocumentContext } from './document-facts';
import { code, emphasis, heading, item, list, paragraph, root, task, type Inline } from './mdast-nodes';
import { safeSegment } from './safe-segment';

/**
 * A short look back once a relationship has ended (`status: former`): what led to it, as the
 * checks saw it up to the end, and what to change in your own policies (a deposit, minimum
 * hours, a written scope, your hours, a backup contact) so the next client starts better.
 */
export function lessonsLearned(client: ClientRecord, context: DocumentContext): Root {
  const end = relationshipEnd(client, context.today)?.day;
  const asOf = end !== undefined && end < context.today ? end : context.today;
  const reasons = reasonEvidence(client, { ...context, today: asOf });
  const open = formatSums(openInvoices(client, context.today).map((invoice) => invoice.balance));
  return root([
    heading(1, 'Looking back: ', client.name),
    paragraph(
      `Drafted ${formatDay(context.today)}.`, client.since !== undefined && ` Client since ${formatDay(client.since)};`,
      end !== undefined ? ` the work ended ${formatDay(end)}.` : ' the record gives no end date.',
      ' Not for sending: what to keep and what to change for the next client.',
    ),
    heading(2, 'What led to the end'),
    ...ledToIt(reasons),
    open !== '' && paragraph(`Still open today: ${open}. The payment reminders go on in the Next Steps view until it is paid.`),
    heading(2, 'What to change'),
    list(changes(client, reasons)),
  ]);
}

/** `<id>/<date>-lessons-learned.md`, relative to the folder holding the record. */
export function lessonsLearnedPath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-lessons-learned.md`];
}

function ledToIt(reasons: readonly ReasonEvidence[]): RootContent[] {
  if (reasons.length === 0) return [paragraph(emphasis('The log holds no reason for ending in the last 90 days of the work: write down here what led to it.'))];
  return [list(reasons.map((reason) => item(
    [`${capitalise(reason.reason.label)}: ${reason.facts.join('; ')}.`],
    reason.evidence.map((evidence) => item([code(evidence.entry.source)])),
  )))];
}

/** The policy changes the record and the reasons point at, each a step to tick once done. */
function changes(client: ClientRecord, reasons: readonly ReasonEvidence[]): ListItem[] {
  const had = new Set<ReasonId>(reasons.map((reason) => reason.reason.id));
  const steps: Inline[][] = [];
  if (client.deposit === undefined || client.deposit === 'none') steps.push(['Ask every new client for a deposit before work starts (this record had ', code(`deposit: ${client.deposit ?? 'none'}`), ').']);
  if (had.has('non-payment')) steps.push([`Shorter terms than net ${client.termsDays} or a prepaid retainer for new clients, and pause new work once an invoice is 30 days late.`]);
  if (had.has('communication') && (client.minimumHours === undefined || client.minimumHours === 0)) {
    steps.push(['Minimum weekly hours in the agreement, billed whether used or not, and a weekly check-in (a shared calendar helps).']);
  }
  if (had.has('unreasonable') || client.services.length === 0) steps.push(['Write the scope into every agreement (', code('services:'), ' in the record) and quote anything outside it as extra work.']);
  if (had.has('boundary') || client.hours === undefined) steps.push(['State your working hours and how soon you answer in the agreement (', code('hours:'), ' in the record).']);
  if (client.contact?.backup === undefined) steps.push(['Ask for a backup contact at the start (', code('contact.backup'), ').']);
  if (client.agreement === undefined) steps.push(['Have a written agreement signed before the first piece of work (', code('agreement:'), ').']);
  if (had.has('disrespect') || had.has('unprofessional') || had.has('unrealistic')) steps.push(['Raise how you work together early, in the first review call, before it becomes a pattern.']);
  if (steps.length === 0) steps.push(['Nothing in the record points at a policy to change: note what you would do differently.']);
  return steps.map((parts) => task(parts));
}
