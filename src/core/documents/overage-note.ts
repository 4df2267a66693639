import type { Root } from 'mdast';
import { addDays, formatDay, type Day } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { formatMoney } from '../values/money';
import { formatRetainerHours } from '../values/retainer-hours';
import type { ClientRecord } from '../model';
import { periodName, retainerUse, thisPeriod, type RetainerUse } from '../derive/retainer-use';
import { nextInvoiceId } from '../derive/next-invoice-id';
import { amountForLog } from '../edits/log-edits';
import { addressee, type DocumentContext } from './document-facts';
import { code, emphasis, heading, item, list, paragraph, root, task } from './mdast-nodes';
import { safeSegment } from './safe-segment';

/** Days the client has to say how the overage should be settled, before it is invoiced. */
export const OVERAGE_ANSWER_DAYS = 7;

/**
 * A short, friendly note to the client that this period's work went over the retainer: the
 * hours bought and used, each dated work entry, the overage and its money at an hourly rate, and
 * what happens next. Undefined while the retainer is not exceeded.
 */
export function overageNote(client: ClientRecord, context: DocumentContext): Root | undefined {
  const use = retainerUse(client, context.today, context.thresholds['retainer-nearly-used']);
  if (!use || use.overageMinutes === 0 || !client.retainerHours) return undefined;
  const period = periodName(use);
  const over = formatMinutes(use.overageMinutes);
  const answerBy = formatDay(addDays(context.today, OVERAGE_ANSWER_DAYS));
  return root([
    heading(1, `Retainer hours: ${period}`),
    paragraph(formatDay(context.today)),
    paragraph('Dear ', addressee(client), ','),
    paragraph(
      `A short note on the retainer hours for ${period}. The retainer covers ${formatRetainerHours(client.retainerHours)}; `,
      `so far ${thisPeriod(use)}, ${formatMinutes(use.usedMinutes)} of work is logged: ${over} more than it covers.`,
    ),
    paragraph('The work so far:'),
    list(use.work.map((entry) => item([`${formatDay(entry.date)}: ${formatMinutes(entry.minutes)}${entry.text ? `, ${entry.text}` : ''}`]))),
    paragraph(costOf(use, client)),
    paragraph(nextOf(use, answerBy)),
    paragraph('Thank you,'),
    paragraph(client.owner ?? emphasis('Your name')),
    heading(2, 'After sending'),
    list(afterSending(client, use, period, context.today)),
  ]);
}

function costOf(use: RetainerUse, client: ClientRecord): string {
  const over = formatMinutes(use.overageMinutes);
  if (!use.overageMoney) return `The ${over} beyond the retainer are extra hours, billed as we agreed.`;
  return `At the agreed rate of ${client.rate}, the ${over} beyond the retainer come to ${formatMoney(use.overageMoney)}.`;
}

function nextOf(use: RetainerUse, answerBy: string): string {
  const what = use.overageMoney ? `the ${formatMoney(use.overageMoney)}` : 'the extra hours';
  return `I will invoice ${what} on ${answerBy}, unless you would rather settle it another way: just let me know before then. ` +
    `Until the retainer renews on ${formatDay(addDays(use.end, 1))}, I will check with you before starting anything that is not urgent.`;
}

/** Sending it is logged as an email; the invoice waits on the client's answer, so it is a condition. */
function afterSending(client: ClientRecord, use: RetainerUse, period: string, today: Day) {
  const steps = [task(['Send it and log it as ', code(`email to ${addressee(client)}: overage note for ${period}`), '.'])];
  if (use.overageMoney) {
    const invoice = `invoice ${nextInvoiceId(client)} ${amountForLog(use.overageMoney)}: overage of ${formatMinutes(use.overageMinutes)}, ${period}`;
    steps.push(task(['Once the client agrees, or by ', formatDay(addDays(today, OVERAGE_ANSWER_DAYS)), ' without an answer: log ', code(invoice), '.']));
  }
  return steps;
}

/** `<id>/<date>-overage-note.md`, relative to the folder holding the record; undefined when the id cannot name a folder. */
export function overageNotePath(client: ClientRecord, today: Day): [string, string] | undefined {
  const folder = safeSegment(client.id);
  return folder === undefined ? undefined : [folder, `${formatDay(today)}-overage-note.md`];
}
