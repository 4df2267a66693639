import type { Ledger } from '../ledger';
import type { ClientRecord } from '../model';
import type { Day } from '../values/calendar-day';
import { clientSteps } from './client-steps';
import { documentSteps } from './document-steps';
import { DEFAULT_AGENDA, type AgendaSettings, type NextStep } from './next-step';

/**
 * Every next step of the ledger on `today`, soonest first: derived from the records and the
 * drafted documents each time, never stored. Former clients keep only what is still owed.
 */
export function agendaOf(ledger: Ledger, today: Day, settings: AgendaSettings = DEFAULT_AGENDA): NextStep[] {
  const steps: NextStep[] = [];
  for (const file of ledger.files) {
    if (file.type === 'client') steps.push(...clientAgenda(ledger, file, today, settings));
    if (file.type === 'document' && !ledger.client(file.clientId)) steps.push(...documentSteps(file, undefined));
  }
  return steps.sort((a, b) => a.due - b.due || a.clientName.localeCompare(b.clientName) || a.line - b.line);
}

/** One client's steps: its record's, and its drafted documents' unless it is former (a duplicate id has none of them). */
export function clientAgenda(ledger: Ledger, client: ClientRecord, today: Day, settings: AgendaSettings = DEFAULT_AGENDA): NextStep[] {
  const steps = clientSteps(client, today, settings);
  if (client.status === 'former' || ledger.client(client.id)?.file !== client.file) return steps;
  return [...steps, ...ledger.documentsOf(client).flatMap((document) => documentSteps(document, client))];
}
