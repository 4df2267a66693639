import { formatMinutes } from '../values/duration';
import { retainerUse, thisPeriod, type RetainerUse } from '../derive/retainer-use';
import type { ClientRecord } from '../model';
import type { Day } from '../values/calendar-day';

/** `7h of 10h used this month · 3h left`, or `· 2h 30m over`: the lens, the hover and the tooltip say this. */
export function retainerUseText(use: RetainerUse): string {
  const rest = use.overageMinutes > 0
    ? `${formatMinutes(use.overageMinutes)} over`
    : use.usedMinutes === use.boughtMinutes ? 'nothing left' : `${formatMinutes(use.boughtMinutes - use.usedMinutes)} left`;
  return `${usedOfBought(use)} used ${thisPeriod(use)} · ${rest}`;
}

/** `7h of 10h`. */
export function usedOfBought(use: RetainerUse): string {
  return `${formatMinutes(use.usedMinutes)} of ${formatMinutes(use.boughtMinutes)}`;
}

/** The retainer's use today as the lens and the hover say it; undefined without `retainer_hours`. */
export function retainerSummary(client: ClientRecord, today: Day): string | undefined {
  const use = retainerUse(client, today);
  return use && retainerUseText(use);
}

/** What the hover says on the `retainer_hours` key and on a `work` entry of the current period (1-based line). */
export function retainerHoverAt(client: ClientRecord, line: number, today: Day): string | undefined {
  const use = retainerUse(client, today);
  if (!use) return undefined;
  const onKey = client.places.get('retainer_hours')?.key.start.line === line;
  return onKey || use.work.some((entry) => entry.range.start.line === line) ? retainerUseText(use) : undefined;
}
