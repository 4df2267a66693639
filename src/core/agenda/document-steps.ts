import type { ClientRecord, DocumentRecord } from '../model';
import type { Day } from '../values/calendar-day';
import type { NextStep } from './next-step';

const REVIEW = /^decide whether /i;

/**
 * The unchecked steps of a drafted document (salvage plan, termination checklist): due on the
 * date they start with, else on the day the document was created. The salvage plan's
 * "decide whether ... is still the right client" step is its review.
 */
export function documentSteps(document: DocumentRecord, client: ClientRecord | undefined): NextStep[] {
  const start = document.created;
  return document.steps
    .filter((item) => !item.done && (item.due ?? start) !== undefined)
    .map((item) => ({
      kind: REVIEW.test(item.text) ? 'plan-review' : 'document-step',
      title: REVIEW.test(item.text) ? 'Review the salvage plan: is this still the right client?' : shorten(item.text),
      detail: `${document.kind.replace(/-/g, ' ')} of ${client?.name ?? document.clientId}`,
      due: (item.due ?? start) as Day,
      file: document.file,
      line: item.line,
      clientId: client?.id ?? document.clientId,
      clientName: client?.name ?? document.clientId,
    }));
}

function shorten(text: string): string {
  const plain = text.replace(/`/g, '');
  return plain.length > 90 ? `${plain.slice(0, 89).trimEnd()}…` : plain;
}
