import { appendEntry } from '../edits/log-edits';
import { setKey } from '../edits/frontmatter-edits';
import { answer, compact, extendHold, followUp, isEditable, keyAction, payment, resume, type RecordAction } from '../edits/record-actions';
import { at, editableText, type RecordEdit } from '../edits/text-edit';
import type { DocumentRequest } from '../documents/render-document';
import { formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord, LedgerFile } from '../model';
import type { NextStep } from './next-step';

/** The edits that do a step, on the text of its file as it is now: what the agenda's menu offers. */
export function stepActions(step: NextStep, file: LedgerFile, text: string, today: Day): RecordAction[] {
  if (file.type === 'document') {
    const tick = tickStep(text, step.line);
    return tick ? [{ title: 'Mark this step done', preferred: true, edit: tick }] : [];
  }
  return file.type === 'client' && isEditable(file) ? clientStepActions(step, file, text, today) : [];
}

function clientStepActions(step: NextStep, client: ClientRecord, text: string, today: Day): RecordAction[] {
  const who = client.contact?.name ?? client.name;
  const log = (title: string, entry: string): RecordAction => ({ title, preferred: true, edit: appendEntry(client, text, `${formatDay(today)} ${entry}`) });
  switch (step.kind) {
    case 'reply': return [answer(client, text, today)];
    case 'confirm-in-writing': return [log(`Log the written summary: email to ${who}`, `email to ${who}: summary of ${conversationOf(step, client)}: `)];
    case 'follow-up': return [followUp(client, text, today)];
    case 'check-in': return [log(`Log a check-in email to ${who}`, `email to ${who}: checking in`)];
    case 'payment-reminder':
    case 'formal-notice': {
      const what = step.kind === 'formal-notice' ? 'formal notice' : 'payment reminder';
      return compact([log(`Log the ${what}: email to ${who} about ${step.invoiceId}`, `email to ${who}: ${what} for ${step.invoiceId}`), payment(client, text, step.invoiceId!, today)]);
    }
    case 'hold-end': return compact([resume(client, text, today), extendHold(client, text, today)]);
    case 'notice-end': return compact([keyAction('Mark as former (status: former)', setKey(client, text, 'status', 'former'), true)]);
    default: return [];
  }
}

/** The documents a step offers to draft: a payment reminder for a reminder step, both drafts for the decision, the look back. */
export function stepDocuments(step: NextStep): DocumentRequest[] {
  switch (step.kind) {
    case 'payment-reminder':
    case 'formal-notice': return [{ kind: 'payment-reminder', invoiceId: step.invoiceId! }];
    case 'decide': return [{ kind: 'salvage-plan' }, { kind: 'termination' }];
    case 'look-back': return [{ kind: 'lessons-learned' }];
    default: return [];
  }
}

/** `the call of 2026-11-16`: the entry the step points at. */
function conversationOf(step: NextStep, client: ClientRecord): string {
  const entry = client.entries.find((candidate) => candidate.range.start.line === step.line);
  return entry ? `the ${entry.kind} of ${formatDay(entry.date)}` : 'our conversation';
}

/** `- [ ] ...` becomes `- [x] ...` on that 1-based line; undefined when the line holds no open checkbox. */
export function tickStep(text: string, line: number): RecordEdit | undefined {
  const source = editableText(text).lines[line - 1];
  const box = source === undefined ? null : /^(\s*(?:[-*+]|\d+[.)])\s+)\[ \]/.exec(source);
  if (!box) return undefined;
  const column = box[1].length + 2;
  return { edits: [{ range: { start: at(line, column), end: at(line, column + 1) }, newText: 'x' }] };
}
