import { addDays, formatDay, type Day } from '../values/calendar-day';
import { setKey, setNestedKey } from './frontmatter-edits';
import { contactName, followUpStep } from '../derive/follow-up';
import { amountForLog, appendEntry, logFollowUp, recordPayment, sortLog } from './log-edits';
import { periodName, thisPeriod, type RetainerUse } from '../derive/retainer-use';
import { nextInvoiceId } from '../derive/next-invoice-id';
import { formatMinutes } from '../values/duration';
import type { RecordEdit, TextEdit } from './text-edit';
import { contactHistory } from '../derive/contact-history';
import { accountOf, balanceOf, isOpen } from '../derive/account';
import { formatMoney } from '../values/money';
import type { ClientRecord, ReadProblem } from '../model';

/** One next step on a record: a title and the edits that do it. */
export interface RecordAction {
  readonly title: string;
  readonly preferred?: boolean;
  readonly edit: RecordEdit;
}

const HOLD_EXTENSION_DAYS = 14;

/**
 * A record with merge conflict markers gets no edits until the conflict is resolved: it is read
 * from one side, and an edit would land on that side or move the markers.
 */
export function isEditable(client: ClientRecord): boolean {
  return !inConflict(client.problems);
}

function inConflict(problems: readonly ReadProblem[]): boolean {
  return problems.some((problem) => problem.rule === 'merge-conflict');
}

/** The repairs the reader named for its problems of this rule on this line (a typo's suggestion, a YAML error's fix). */
export function problemActions(problems: readonly ReadProblem[], rule: string, line: number): RecordAction[] {
  if (inConflict(problems)) return [];
  return problems
    .filter((problem) => problem.rule === rule && problem.range.start.line === line)
    .flatMap((problem) => problem.fixes ?? [])
    .map((fix) => ({ title: fix.title, preferred: fix.preferred, edit: { edits: fix.edits } }));
}

/** Sets `snooze.<rule>` to the day (the rule is silent for this client until then, inclusive). */
export function snooze(client: ClientRecord, text: string, rule: string, until: string): RecordEdit | undefined {
  return isEditable(client) ? setNestedKey(client, text, 'snooze', rule, until) : undefined;
}

/** Every record action that applies to a client now, for the tree and the palette. */
export function recordActionsForClient(client: ClientRecord, text: string, today: Day): RecordAction[] {
  if (!isEditable(client)) return [];
  const open = accountOf(client, today).invoices.filter(isOpen);
  return compact([
    followUp(client, text, today),
    ...open.map((invoice) => payment(client, text, invoice.entry.id, today)),
    sorted(client, text),
    client.status === 'on-hold' ? resume(client, text, today) : undefined,
  ]);
}

export function followUp(client: ClientRecord, text: string, today: Day): RecordAction {
  const step = followUpStep(client, contactHistory(client, today).unanswered, today);
  return { title: `Log follow-up: ${step.entry}`, preferred: true, edit: logFollowUp(client, text, today) };
}

/** `- <today> email to <contact>: ` with the cursor after the colon: your answer to the message waiting for it. */
export function answer(client: ClientRecord, text: string, today: Day): RecordAction {
  const who = contactName(client);
  return { title: `Log your answer: email to ${who}`, preferred: true, edit: appendEntry(client, text, `${formatDay(today)} email to ${who}: `) };
}

/** `- <today> email to <contact>: 10h 30m of the 12h retainer used this month, 1h 30m left`. */
export function retainerUseEmail(client: ClientRecord, text: string, today: Day, use: RetainerUse): RecordAction {
  const who = contactName(client);
  const left = formatMinutes(Math.max(0, use.boughtMinutes - use.usedMinutes));
  const note = `${formatMinutes(use.usedMinutes)} of the ${formatMinutes(use.boughtMinutes)} retainer used ${thisPeriod(use)}, ${left} left`;
  return { title: `Log an email to ${who} about the retainer hours`, preferred: true, edit: appendEntry(client, text, `${formatDay(today)} email to ${who}: ${note}`) };
}

/** `- <today> invoice <next ID> <overage money>: overage of 2h 30m over the 10h retainer, November 2026`; only with an hourly rate. */
export function overageInvoice(client: ClientRecord, text: string, today: Day, use: RetainerUse): RecordAction | undefined {
  if (!use.overageMoney) return undefined;
  const id = nextInvoiceId(client);
  const amount = amountForLog(use.overageMoney);
  const note = `overage of ${formatMinutes(use.overageMinutes)} over the ${formatMinutes(use.boughtMinutes)} retainer, ${periodName(use)}`;
  return { title: `Log an overage invoice (${id}, ${amount})`, preferred: true, edit: appendEntry(client, text, `${formatDay(today)} invoice ${id} ${amount}: ${note}`) };
}

export function payment(client: ClientRecord, text: string, id: string, today: Day): RecordAction | undefined {
  const invoice = accountOf(client, today).invoices.find((candidate) => candidate.entry.id === id);
  const edit = recordPayment(client, text, id, today);
  if (!invoice || !edit) return undefined;
  return { title: `Record payment of ${formatMoney(balanceOf(invoice))} for ${id}`, preferred: true, edit };
}

export function sorted(client: ClientRecord, text: string): RecordAction | undefined {
  const edit = sortLog(client, text);
  return edit && { title: 'Sort the log by date', preferred: true, edit };
}

export function resume(client: ClientRecord, text: string, today: Day): RecordAction | undefined {
  const status = setKey(client, text, 'status', 'active');
  if (!status) return undefined;
  const entry = appendEntry(client, text, `${formatDay(today)} resume: `);
  return { title: 'Resume the client (status: active, log "resume")', preferred: true, edit: merge(status, entry) };
}

export function extendHold(client: ClientRecord, text: string, today: Day): RecordAction | undefined {
  const until = formatDay(addDays(today, HOLD_EXTENSION_DAYS));
  const edit = setKey(client, text, 'hold_until', until);
  return edit && { title: `Extend the hold to ${until}`, edit };
}

/** Mark as former, after the notice period. */
export function markFormer(client: ClientRecord, text: string): RecordAction | undefined {
  return keyAction('Mark as former (status: former)', setKey(client, text, 'status', 'former'), true);
}

export function keyAction(title: string, edit: RecordEdit | undefined, preferred = false): RecordAction | undefined {
  return edit && { title, preferred, edit };
}

/** Both edits, computed on the same text; the selection of the second. */
function merge(first: RecordEdit, second: RecordEdit): RecordEdit {
  const edits: TextEdit[] = [...first.edits, ...second.edits];
  return { edits, selection: undefined };
}

export function compact<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((item): item is T => item !== undefined);
}
