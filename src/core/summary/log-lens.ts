import { daysBetween } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import type { Day } from '../values/calendar-day';
import { plural } from '../values/plural';
import type { ClientStanding } from './client-standing';

/** The line above a record's log: `$650.00 open · last contact 3d ago · 2 next steps`. */
export function logLensText(standing: ClientStanding, nextSteps: number, today: Day): string {
  const open = standing.balances.length > 0 ? `${standing.balances.map(formatMoney).join(' + ')} open` : 'nothing open';
  const last = standing.lastContact;
  const contact = last ? `last contact ${contactAge(daysBetween(last.date, today))}` : 'no contact logged';
  return `${open} · ${contact} · ${plural(nextSteps, 'next step')}`;
}

function contactAge(days: number): string {
  return days === 0 ? 'today' : `${days}d ago`;
}
