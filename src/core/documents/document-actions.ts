import { accountOf, isOpen } from '../derive/account';
import { terminationDates } from '../derive/relationship-dates';
import { setKeys } from '../edits/frontmatter-edits';
import type { RecordEdit } from '../edits/text-edit';
import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import type { DocumentRequest } from './render-document';
import { retainerUse } from '../derive/retainer-use';

/** Every document a client can have drafted now: for the tree and the palette. A former client gets the look back, not a plan or a letter; a retainer exceeded, the overage note. */
export function documentRequestsForClient(client: ClientRecord, today: Day): DocumentRequest[] {
  const overdue = accountOf(client, today).invoices.filter((invoice) => isOpen(invoice) && daysBetween(invoice.due, today) > 0);
  const reminders = overdue.map((invoice) => ({ kind: 'payment-reminder' as const, invoiceId: invoice.entry.id }));
  if (client.status === 'former') return [{ kind: 'lessons-learned' }, ...reminders];
  const overage = retainerUse(client, today)?.exceededAt ? [{ kind: 'overage-note' as const }] : [];
  return [{ kind: 'salvage-plan' }, { kind: 'termination' }, ...reminders, ...overage];
}

export function documentTitle(request: DocumentRequest): string {
  switch (request.kind) {
    case 'salvage-plan': return 'Create a salvage plan';
    case 'termination': return 'Draft a termination letter';
    case 'lessons-learned': return 'Draft a look back (lessons learned)';
    case 'overage-note': return 'Draft the overage note';
    case 'payment-reminder': return `Draft a payment reminder for ${request.invoiceId}`;
    case 'statement': return 'Draft a statement of account';
  }
}

/** What the record says once the document is drafted: the keys to set, as words for a title, and the edit. */
export interface DraftRecordUpdate {
  /** `status: salvage`, `status: terminating, notice_given: 2026-11-20, end: 2026-12-04` */
  readonly keys: string;
  readonly edit: RecordEdit;
}

/** The record update a draft implies, on the record's current text; undefined when there is none or it is already so. */
export function draftRecordUpdate(request: DocumentRequest, client: ClientRecord, text: string, today: Day): DraftRecordUpdate | undefined {
  const values = keysAfter(request, client, today);
  if (values.length === 0 || values.every(([key, value]) => currentValue(client, key) === value)) return undefined;
  const edit = setKeys(client, text, values);
  return edit && { keys: values.map(([key, value]) => `${key}: ${value}`).join(', '), edit };
}

function keysAfter(request: DocumentRequest, client: ClientRecord, today: Day): (readonly [string, string])[] {
  if (request.kind === 'salvage-plan') return [['status', 'salvage']];
  if (request.kind !== 'termination') return [];
  const dates = terminationDates(client, today);
  return [['status', 'terminating'], ['notice_given', formatDay(dates.noticeGiven)], ['end', formatDay(dates.lastWorkingDay)]];
}

function currentValue(client: ClientRecord, key: string): string | undefined {
  if (key === 'status') return client.status;
  const day = key === 'notice_given' ? client.noticeGiven : key === 'end' ? client.end : undefined;
  return day === undefined ? undefined : formatDay(day);
}
