import { daysBetween, formatDay } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import { plural } from '../values/plural';
import { accountOf, balanceOf } from '../derive/account';
import { isCommunication } from '../derive/contact-history';
import { afterHoursEntries, isOutsideHours } from '../derive/demands';
import { reasonEvidence, type Evidence, type ReasonEvidence, type ReasonId } from '../derive/reason-evidence';
import type { ClientRecord, LogEntry } from '../model';
import { addressee, formatHours, weekdayName, type DocumentContext } from './document-facts';
import { formatClock } from '../derive/entry-time';
import { toReader } from './reader-voice';

/** One reason as the letter gives it: a plain sentence about the work, addressed to the reader, and its dated examples. */
export interface LetterReason {
  readonly id: ReasonId;
  readonly sentence: string;
  readonly examples: readonly string[];
}

/** Money first, then answers, scope and hours, then how we work together: the most objective first. */
const LETTER_ORDER: readonly ReasonId[] = ['non-payment', 'communication', 'unreasonable', 'boundary', 'unrealistic', 'unprofessional', 'disrespect'];

/**
 * The reasons a termination letter states: each with the log entries that show it (requests
 * outside the services, urgent or late-night demands, unanswered attempts, unpaid or late
 * invoices, the tagged incidents), each entry once, under the first reason it shows. A message
 * that only arrived on a day off is evidence for the checks but shows no demand: not cited.
 */
export function letterReasons(client: ClientRecord, context: DocumentContext): LetterReason[] {
  const evidence = reasonEvidence(client, context);
  const cited = new Set<LogEntry>();
  const reasons: LetterReason[] = [];
  for (const id of LETTER_ORDER) {
    const found = evidence.find((item) => item.reason.id === id);
    if (!found) continue;
    const chosen = found.evidence.filter((item) => showsTheIssue(item, client) && !cited.has(item.entry));
    for (const item of chosen) cited.add(item.entry);
    const sentence = sentenceFor(id, client, found, chosen);
    if (sentence !== undefined) reasons.push({ id, sentence, examples: chosen.map((item) => exampleForReader(item, client, context)) });
  }
  return reasons;
}

function showsTheIssue(item: Evidence, client: ClientRecord): boolean {
  switch (item.kind) {
    case 'after-hours': return item.entry.kind === 'request' || item.entry.tags.includes('urgent') || (item.entry.time !== undefined && isOutsideHours(item.entry, client.hours));
    case 'last-contact': return false;
    default: return true;
  }
}

function sentenceFor(id: ReasonId, client: ClientRecord, found: ReasonEvidence, chosen: readonly Evidence[]): string | undefined {
  const lastContact = found.evidence.find((item) => item.kind === 'last-contact')?.entry;
  if (chosen.length === 0) {
    if (id === 'communication' && lastContact) return `I have not heard from you since ${formatDay(lastContact.date)}, and the work needs your answers to go on.`;
    return undefined;
  }
  switch (id) {
    case 'non-payment': return `Invoices have not been paid on the terms we agreed (net ${client.termsDays}):`;
    case 'communication': return 'I have not been able to reach you for the answers the work needs:';
    case 'unreasonable':
      if (!chosen.some((item) => item.kind === 'out-of-scope')) return 'Some requests have asked for more than the agreed work and time allow:';
      return client.services.length > 0
        ? `Several requests have gone beyond the services we agreed (${joinWords(client.services, 'and')}):`
        : 'Several requests have gone beyond the services we agreed:';
    case 'boundary':
      return client.hours ? `Several messages and requests have come outside my working hours (${formatHours(client.hours)}):` : 'Several messages and requests have come outside working hours:';
    case 'unrealistic': return 'Some expectations have gone beyond what the agreed time allows:';
    case 'unprofessional': return 'Some of our working arrangements have not been kept:';
    case 'disrespect': return 'Some feedback on my work has come in a way that makes it hard for us to work well together:';
  }
}

/** `Friday 2026-10-30 at 22:40: your message: you need the deck tonight (marked urgent, outside my working hours)` */
function exampleForReader(item: Evidence, client: ClientRecord, context: DocumentContext): string {
  const { entry } = item;
  const notes: string[] = [];
  if (entry.tags.includes('out-of-scope')) notes.push('outside the agreed services');
  if (entry.tags.includes('urgent')) notes.push('marked urgent');
  const late = entry.tags.includes('after-hours') || afterHoursEntries(client, context.today).includes(entry);
  if (late) notes.push(client.hours ? 'outside my working hours' : 'outside working hours');
  const when = late || entry.time !== undefined ? `${weekdayName(entry.date)} ${formatDay(entry.date)}` : formatDay(entry.date);
  const at = entry.time === undefined ? '' : ` at ${formatClock(entry.time)}`;
  const what = describe(item, client, context);
  return `${when}${at}: ${what}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

function describe({ entry, kind }: Evidence, client: ClientRecord, context: DocumentContext): string {
  const reader = (text: string) => toReader(text, namesOf(client, entry));
  if (entry.kind === 'invoice') return invoiceFate(entry.id, client, context);
  if (isCommunication(entry)) {
    const said = entry.text === '' ? '' : entry.direction === 'to' ? ` (${entry.text})` : `: ${reader(entry.text)}`;
    const whose = entry.direction === 'to' ? 'my' : entry.direction === 'from' ? 'your' : 'our';
    return `${whose} ${entry.kind}${said}${kind === 'unanswered' ? ', still unanswered' : ''}`;
  }
  if (entry.kind === 'request') return entry.text === '' ? 'your request' : `your request: ${reader(entry.text)}`;
  return entry.text === '' ? entry.kind : reader(entry.text);
}

function invoiceFate(id: string, client: ClientRecord, context: DocumentContext): string {
  const invoice = accountOf(client, context.today).invoices.find((state) => state.entry.id === id)!;
  const what = `invoice ${id} for ${formatMoney(invoice.entry.amount)}, due ${formatDay(invoice.due)}`;
  if (invoice.paidOn !== undefined) return `${what}, was paid on ${formatDay(invoice.paidOn)}, ${plural(daysBetween(invoice.due, invoice.paidOn), 'day')} late`;
  const open = invoice.paid > 0 ? `${formatMoney(balanceOf(invoice))} of it is still open` : 'is still unpaid';
  return `${what}, ${open}, ${plural(daysBetween(invoice.due, context.today), 'day')} overdue`;
}

/** The names a note may call the reader by: the contact's full and first name, the client's name, whoever the entry names. */
function namesOf(client: ClientRecord, entry: LogEntry): string[] {
  const contact = addressee(client);
  const who = 'who' in entry ? entry.who : undefined;
  return [contact, firstName(contact), client.name, ...(who ? [who] : [])];
}

const TITLES = /^(?:mr|mrs|ms|mx|dr|prof|sir|dame)\.?$/i;

/** `Dr. Priya Nair` -> `Priya` */
export function firstName(name: string): string {
  return name.split(/\s+/).find((word) => word !== '' && !TITLES.test(word)) ?? name;
}

/** `a, b and c` */
export function joinWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
