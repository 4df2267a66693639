import type { ClientRecord } from '../model';
import type { RuleId } from '../rules/rule-id';
import { addDays, startOfWeek, type Day } from '../values/calendar-day';
import type { ThresholdOverrides } from '../thresholds';
import type { Identity } from '../owner';

/** What kind of next action a step is; each comes from the ledger, none is stored. */
export type StepKind =
  | 'reply'
  | 'follow-up'
  | 'check-in'
  | 'confirm-in-writing'
  | 'decide'
  | 'look-back'
  | 'payment-reminder'
  | 'formal-notice'
  | 'hold-end'
  | 'notice-end'
  | 'plan-review'
  | 'document-step';

/** One next action for one client, due on a calendar day. */
export interface NextStep {
  readonly kind: StepKind;
  /** What to do: `Call Tom Reyes`, `Remind Jane about INV-042`. */
  readonly title: string;
  /** Why and since when: `no reply since 2026-11-13 (2 attempts)`. */
  readonly detail: string;
  readonly due: Day;
  /** The file to open, and the 1-based line the step is about. */
  readonly file: string;
  readonly line: number;
  readonly clientId: string;
  readonly clientName: string;
  /** The finding whose quick fixes do this step, when there is one. */
  readonly rule?: RuleId;
  /** The invoice a payment step is about. */
  readonly invoiceId?: string;
  /**
   * The kind and direction of the log entry that does the step (`email to`, `call with`): a
   * drafted document's step asking for the same entry is the same step, listed once.
   */
  readonly logs?: string;
}

export type AgendaGroup = 'overdue' | 'today' | 'this-week' | 'later';

export const AGENDA_GROUPS: readonly { readonly group: AgendaGroup; readonly label: string }[] = [
  { group: 'overdue', label: 'Overdue' },
  { group: 'today', label: 'Today' },
  { group: 'this-week', label: 'This week' },
  { group: 'later', label: 'Later' },
];

/** Before today, today, the rest of this calendar week (to Sunday), or after it. */
export function agendaGroup(due: Day, today: Day): AgendaGroup {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= addDays(startOfWeek(today), 6) ? 'this-week' : 'later';
}

/** One group of the Next Steps view, with its steps. */
export interface StepGroup {
  readonly group: AgendaGroup;
  readonly label: string;
  readonly steps: NextStep[];
}

/** The steps by group as the Next Steps view shows them: the groups in AGENDA_GROUPS order, only those with steps, each step in the order given. */
export function groupSteps(steps: readonly NextStep[], today: Day): StepGroup[] {
  const groups = AGENDA_GROUPS.map(({ group, label }): StepGroup => ({ group, label, steps: [] }));
  for (const step of steps) groups.find((candidate) => candidate.group === agendaGroup(step.due, today))!.steps.push(step);
  return groups.filter((group) => group.steps.length > 0);
}

export interface AgendaSettings {
  /** Days from an invoice's due date for each payment reminder (negative = before it is due). */
  readonly reminderDays: readonly number[];
  /** Days overdue at which the reminders give way to a formal notice. */
  readonly formalNoticeDays: number;
  /** Workspace thresholds (settings `clientLedger.rules.*`), over the defaults. */
  readonly thresholds?: ThresholdOverrides;
  /** Only the steps of clients this person owns (`owner:`), and of clients with no owner. */
  readonly mine?: Identity;
}

export const DEFAULT_AGENDA: AgendaSettings = { reminderDays: [-3, 0, 7, 14, 30], formalNoticeDays: 45 };

/** A step of a client, about a line of its record, for the rule whose quick fixes do it. */
export function step(client: ClientRecord, kind: NextStep['kind'], title: string, detail: string, due: Day, line: number, rule?: RuleId): NextStep {
  const result: NextStep = { kind, title, detail, due, file: client.file, line, clientId: client.id, clientName: client.name };
  return rule === undefined ? result : { ...result, rule };
}
