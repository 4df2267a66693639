import { accountOf, isOpen } from '../derive/account';
import { setKeys } from '../edits/frontmatter-edits';
import type { RecordEdit } from '../edits/text-edit';
import { daysBetween, formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import type { DocumentRequest } from './render-document';
import { terminationDates } from './termination-letter';

const SALVAGE_RULES = new Set(['no-contact', 'awaiting-reply', 'slow-payer', 'invoice-overdue', 'relationship-at-risk']);
const TERMINATION_RULES = new Set(['relationship-at-risk', 'scope-creep', 'after-hours', 'slow-payer', 'invoice-overdue']);

/** The documents a finding offers to draft (format spec and issue: which finding offers which). */
export function documentRequestsFor(rule: string, line: number, client: ClientRecord): DocumentRequest[] {
  const requests: DocumentRequest[] = [];
  if (rule === 'invoice-overdue') {
    const invoice = client.entries.find((entry) => entry.kind === 'invoice' && entry.range.start.line === line);
    if (invoice?.kind === 'invoice') requests.push({ kind: 'payment-reminder', invoiceId: invoice.id });
  }
  if (SALVAGE_RULES.has(rule)) requests.push({ kind: 'salvage-plan' });
  if (TERMINATION_RULES.has(rule)) requests.push({ kind: 'termination' });
  return requests;
}

/** Every document a client can have drafted now: for the tree and the palette. */
export function documentRequestsForClient(client: ClientRecord, today: Day): DocumentRequest[] {
  const overdue = accountOf(client, today).invoices.filter((invoice) => isOpen(invoice) && daysBetween(invoice.due, today) > 0);
  return [
    { kind: 'salvage-plan' },
    { kind: 'termination' },
    ...overdue.map((invoice) => ({ kind: 'payment-reminder' as const, invoiceId: invoice.entry.id })),
  ];
}

export function documentTitle(request: DocumentRequest): string {
  switch (request.kind) {
    case 'salvage-plan': return 'Create a salvage plan';
    case 'termination': return 'Draft a termination letter';
    case 'payment-reminder': return `Draft a payment reminder for ${request.invoiceId}`;
  }
}

/** What the record should say once the document is drafted (the editor asks first). */
export function recordUpdateAfter(request: DocumentRequest, client: ClientRecord, text: string, today: Day): { question: string; edit: RecordEdit } | undefined {
  if (request.kind === 'salvage-plan') {
    if (client.status === 'salvage') return undefined;
    const edit = setKeys(client, text, [['status', 'salvage']]);
    return edit && { question: `Set ${client.name}'s status to salvage?`, edit };
  }
  if (request.kind === 'termination') {
    const dates = terminationDates(client, today);
    const values = [['status', 'terminating'], ['notice_given', formatDay(dates.noticeGiven)], ['end', formatDay(dates.lastWorkingDay)]] as const;
    const edit = setKeys(client, text, values);
    return edit && { question: `Set status: terminating, notice_given: ${formatDay(dates.noticeGiven)} and end: ${formatDay(dates.lastWorkingDay)} for ${client.name}?`, edit };
  }
  return undefined;
}
