import type { Ledger } from '../ledger';
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
    if (file.type === 'client') steps.push(...clientSteps(file, today, settings));
    if (file.type === 'document') {
      const client = ledger.client(file.clientId);
      if (client?.status !== 'former') steps.push(...documentSteps(file, client));
    }
  }
  return steps.sort((a, b) => a.due - b.due || a.clientName.localeCompare(b.clientName) || a.line - b.line);
}
