import type { Ledger } from '../ledger';
import type { ClientRecord } from '../model';
import { reasonEvidence } from '../derive/reason-evidence';
import { relationshipEnd } from '../derive/relationship-dates';
import { RELATIONSHIP_STATUSES } from '../model';
import { keyRange } from '../rules/rule';
import { mergeThresholds } from '../thresholds';
import { isOwnedBy } from '../owner';
import { addDays, type Day } from '../values/calendar-day';
import { clientSteps } from './client-steps';
import { documentSteps } from './document-steps';
import { DEFAULT_AGENDA, step, type AgendaSettings, type NextStep } from './next-step';

/** Days after the end of a relationship during which the look back is a step. */
export const LOOK_BACK_WITHIN_DAYS = 30;

/**
 * Every next step of the ledger on `today`, soonest first: derived from the records and the
 * drafted documents each time, never stored. Former clients keep only what is still owed, and
 * the look back. `stepsOf` gives one client's steps (an editor keeps them per client between
 * changes).
 */
export function agendaOf(ledger: Ledger, today: Day, settings: AgendaSettings = DEFAULT_AGENDA, stepsOf: (client: ClientRecord) => readonly NextStep[] = (client) => clientAgenda(ledger, client, today, settings)): NextStep[] {
  const steps: NextStep[] = [];
  for (const file of ledger.files) {
    if (file.type === 'client' && isShown(file, settings)) steps.push(...stepsOf(file));
    if (file.type === 'document' && !ledger.client(file.clientId)) steps.push(...documentSteps(file, undefined));
  }
  return sortSteps(steps);
}

/** With `mine`, the clients you own and the ones nobody owns. */
function isShown(client: ClientRecord, settings: AgendaSettings): boolean {
  return settings.mine === undefined || client.owner === undefined || isOwnedBy(client.owner, settings.mine);
}

const byName = new Intl.Collator().compare;

/** Soonest first; on the same day by client, then by line. */
export function sortSteps(steps: NextStep[]): NextStep[] {
  return steps.sort((a, b) => a.due - b.due || byName(a.clientName, b.clientName) || a.line - b.line);
}

/**
 * One client's steps: its record's and its drafted documents' (a duplicate id has no documents;
 * a former client only its look back), each once (see notCovered). A client at risk
 * with nothing else to do gets the decision to make; a relationship just ended, the look back.
 */
export function clientAgenda(ledger: Ledger, client: ClientRecord, today: Day, settings: AgendaSettings = DEFAULT_AGENDA): NextStep[] {
  const own = clientSteps(client, today, settings);
  const documents = ledger.client(client.id)?.file === client.file ? ledger.documentsOf(client) : [];
  const former = client.status === 'former';
  const fromDocuments = documents.filter((document) => !former || document.kind === 'lessons-learned').flatMap((document) => documentSteps(document, client));
  const steps = [...own, ...notCovered(fromDocuments, own)];
  if (former) {
    const lookBack = lookBackStep(client, today, documents.some((document) => document.kind === 'lessons-learned'));
    if (lookBack) steps.push(lookBack);
  } else if (steps.length === 0) {
    const decide = decisionStep(client, today, settings);
    if (decide) steps.push(decide);
  }
  return steps;
}

/**
 * A document's step that asks for the same log entry (`email to`) as a step of the record due
 * on or before it is that step; of a document's steps asking for the same entry, the first due.
 */
function notCovered(fromDocuments: readonly NextStep[], own: readonly NextStep[]): NextStep[] {
  const kept: NextStep[] = [];
  for (const candidate of [...fromDocuments].sort((a, b) => a.due - b.due)) {
    const same = (other: NextStep) => other.logs === candidate.logs && other.due <= candidate.due;
    if (candidate.logs === undefined || !(own.some(same) || kept.some(same))) kept.push(candidate);
  }
  return kept;
}

function decisionStep(client: ClientRecord, today: Day, settings: AgendaSettings): NextStep | undefined {
  if (!RELATIONSHIP_STATUSES.has(client.status) || (client.snooze.get('relationship-at-risk') ?? -Infinity) >= today) return undefined;
  const thresholds = mergeThresholds(settings.thresholds ?? {}, client.thresholds);
  const reasons = reasonEvidence(client, { today, thresholds });
  if (reasons.length < thresholds['relationship-at-risk']) return undefined;
  const detail = `${reasons.length} of 7 reasons for ending: ${reasons.map((reason) => reason.reason.label).join(', ')}`;
  return step(client, 'decide', 'Decide: a salvage plan, or end the relationship', detail, today, keyRange(client, 'status', 'client').start.line, 'relationship-at-risk');
}

function lookBackStep(client: ClientRecord, today: Day, drafted: boolean): NextStep | undefined {
  const end = relationshipEnd(client, today);
  if (drafted || !end || end.day > today || today - end.day > LOOK_BACK_WITHIN_DAYS) return undefined;
  return step(client, 'look-back', `Look back on ${client.name}: what led to the end, what to change`, 'the relationship ended', addDays(end.day, 1), keyRange(client, 'status', 'client').start.line);
}
