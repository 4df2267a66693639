import { CLIENT_RULES } from '../rules/index';
import { RELATIONSHIP_STATUSES } from '../model';
import { mergeThresholds, type Thresholds } from '../thresholds';
import { formatDay, type Day } from '../values/calendar-day';
import { addWorkingDays } from '../values/working-hours';
import type { ClientRecord } from '../model';
import { step, type AgendaSettings, type NextStep } from './next-step';
import { unconfirmedConversation } from './contact-step';

/**
 * Every next step of one client record on `today`: the steps each rule declares (a rule about
 * live relationships only while the relationship is live; a snoozed rule silences its steps
 * too), then confirming a conversation in writing when no reply is owed.
 */
export function clientSteps(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep[] {
  const snoozed = (rule: string) => (client.snooze.get(rule) ?? -Infinity) >= today;
  const steps: NextStep[] = [];
  for (const rule of CLIENT_RULES) {
    if (!rule.steps || (rule.scope === 'relationship' && !RELATIONSHIP_STATUSES.has(client.status))) continue;
    for (const candidate of rule.steps(client, today, settings)) if (!snoozed(candidate.rule ?? rule.id)) steps.push(candidate);
  }
  const thresholds = mergeThresholds(settings.thresholds ?? {}, client.thresholds);
  const confirm = client.status === 'former' || steps.some((candidate) => candidate.kind === 'reply') ? undefined : confirmStep(client, today, thresholds);
  if (confirm) steps.push(confirm);
  return steps;
}

/** After a call or meeting, what was agreed goes in writing the next working day, unless a written message already followed it. */
function confirmStep(client: ClientRecord, today: Day, thresholds: Thresholds): NextStep | undefined {
  const call = unconfirmedConversation(client, today, thresholds);
  if (!call) return undefined;
  const title = `Confirm in writing what the ${call.kind} of ${formatDay(call.date)} agreed`;
  const due = addWorkingDays(client.hours, call.date, 1);
  const detail = `${call.kind} ${call.direction}${call.who ? ` ${call.who}` : ''}, no written summary yet`;
  return { ...step(client, 'confirm-in-writing', title, detail, due, call.range.start.line), logs: 'email to' };
}

