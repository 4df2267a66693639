import { accountOf, balanceOf, isOpen } from '../derive/account';
import { amountForLog } from '../edits/log-edits';
import { openInvoiceLateFees } from '../derive/late-fee';
import type { Day } from '../values/calendar-day';
import { COMMUNICATION_KINDS, ENTRY_KINDS, type ClientRecord } from '../model';

export interface LogCompletion {
  readonly label: string;
  /** What to insert, when it differs from the label. */
  readonly insert?: string;
  readonly detail: string;
  readonly category: 'kind' | 'direction' | 'invoice' | 'tag';
}

const ENTRY_START = /^(\s{0,3}[-*+]\s+)(\d{4}-\d{2}-\d{2})(\s+\d{1,2}:\d{2})?\s+/;
const KIND_DETAILS: Readonly<Record<string, string>> = {
  email: 'email to|from|with WHO', call: 'call to|from|with WHO', message: 'message to|from|with WHO',
  meeting: 'meeting with WHO', postcard: 'postcard to WHO', letter: 'letter to|from WHO',
  invoice: 'invoice ID AMOUNT [due DATE]', payment: 'payment [ID] AMOUNT', deposit: 'deposit AMOUNT',
  work: 'work 2.5h | 1h30m | 45m', request: 'request [from WHO]', issue: 'issue #reason', feedback: 'feedback from|to WHO',
  hold: 'hold [until DATE]', resume: 'resume', notice: 'notice to WHO [end DATE]', note: 'note',
  'late-fee': 'late-fee INVOICE-ID AMOUNT',
};
const TAGS: Readonly<Record<string, string>> = {
  'no-answer': 'an attempt that reached no one', 'out-of-scope': 'a request outside the agreed services',
  urgent: 'marked urgent', 'after-hours': 'outside your working hours', unreasonable: 'evidence: unreasonable demands',
  unrealistic: 'evidence: unrealistic expectations', boundary: 'evidence: boundary issues', disrespect: 'evidence: lack of respect',
  unprofessional: 'evidence: lack of professionalism',
};

/**
 * What may come next at `column` (0-based) of a log line: the kind after the date, the
 * direction after a communication kind, an open invoice after `payment`, an invoice with a late
 * fee not yet charged after `late-fee`, a tag after `#`.
 */
export function logCompletions(line: string, column: number, client: ClientRecord | undefined, today: Day): LogCompletion[] {
  const before = line.slice(0, column);
  const start = ENTRY_START.exec(before);
  if (!start) return [];
  if (/#[\w-]*$/.test(before)) {
    return Object.entries(TAGS).map(([tag, detail]) => ({ label: `#${tag}`, insert: tag, detail, category: 'tag' as const }));
  }
  const words = before.slice(start[0].length).split(/\s+/);
  if (words.length === 1) {
    return ENTRY_KINDS.map((kind) => ({ label: kind, detail: KIND_DETAILS[kind], category: 'kind' as const }));
  }
  const [kind] = words;
  if (words.length === 2 && (COMMUNICATION_KINDS as readonly string[]).includes(kind)) {
    return [
      { label: 'to', detail: 'you reached out', category: 'direction' },
      { label: 'from', detail: 'the client reached you', category: 'direction' },
      { label: 'with', detail: 'you both talked', category: 'direction' },
    ];
  }
  if (words.length === 2 && kind === 'payment' && client) {
    return accountOf(client, today).invoices.filter(isOpen).map((invoice) => {
      const amount = amountForLog(balanceOf(invoice));
      return { label: invoice.entry.id, insert: `${invoice.entry.id} ${amount}`, detail: `${amount} open`, category: 'invoice' as const };
    });
  }
  if (words.length === 2 && kind === 'late-fee' && client) return feeCompletions(client, today);
  return [];
}

/** The open invoices whose late fee under the agreement is more than is charged, with what is left to charge. */
function feeCompletions(client: ClientRecord, today: Day): LogCompletion[] {
  return openInvoiceLateFees(client, today).flatMap((fee) => {
    const left = fee.accrued.minor - fee.charged.minor;
    if (left <= 0) return [];
    const amount = amountForLog({ minor: left, currency: fee.accrued.currency });
    const id = fee.invoice.entry.id;
    return [{ label: id, insert: `${id} ${amount}`, detail: `${amount} late fee not yet charged`, category: 'invoice' as const }];
  });
}
