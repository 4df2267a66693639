import { fileNameStart } from '../values/file-path';
import { addDays, type Day } from '../values/calendar-day';
import type { NextStep } from './next-step';

/** One step as an all-day event of the calendar feed (`agenda --format ics`). */
export interface AgendaEvent {
  /** The same while the step is the same step (see stepIdentity): importing the feed again updates the event. */
  readonly uid: string;
  /** The due day. */
  readonly start: Day;
  /** The day after: an all-day event's end is exclusive (RFC 5545, 3.6.1). */
  readonly end: Day;
  /** `Brightside Dental: Remind Dr. Priya Nair about BD-024`. */
  readonly summary: string;
  /** The step's detail, then where it is: `path:line`. */
  readonly description: string;
}

/** The right-hand side of every UID (RFC 5545, 3.8.4.7). */
export const UID_DOMAIN = 'client-ledger';

/**
 * What makes a step the same step from one run to the next, whatever its due day, title, detail
 * or line (a line added above it moves it; a title or detail counts days and attempts): its
 * client (the id, any case) and kind; for a payment step, the invoice; for a drafted document's
 * step, the document (its file name) and, for a step of its list, the step's text. A client has
 * at most one step of each other kind at a time (one contact step, one written confirmation,
 * one decision, ...), so a follow-up moving from "Email" to "Call" stays one event.
 */
export function stepIdentity(step: NextStep): string[] {
  const identity = [step.clientId.toLowerCase(), step.kind];
  switch (step.kind) {
    case 'payment-reminder':
    case 'formal-notice': return [...identity, step.invoiceId ?? ''];
    case 'plan-review': return [...identity, documentName(step.file)];
    case 'document-step': return [...identity, documentName(step.file), step.title];
    default: return identity;
  }
}

/**
 * The steps as calendar events, in their order; `pathOf` gives a step's file as the description
 * names it. Two steps of one identity (only in a ledger with a duplicate client id, which check
 * reports) keep distinct UIDs: the later ones numbered in the order given.
 */
export function agendaEvents(steps: readonly NextStep[], pathOf: (file: string) => string): AgendaEvent[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    const key = stepIdentity(step).map(encodeURIComponent).join('/');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return {
      uid: `${key}${count > 1 ? `~${count}` : ''}@${UID_DOMAIN}`,
      start: step.due,
      end: addDays(step.due, 1),
      summary: `${step.clientName}: ${step.title}`,
      description: [step.detail, `${pathOf(step.file)}:${step.line}`].filter((part) => part !== '').join('\n'),
    };
  });
}

function documentName(file: string): string {
  return file.slice(fileNameStart(file)).replace(/\.md$/i, '');
}
