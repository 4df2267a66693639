import { addDays, type Day } from '../values/calendar-day';
import { accountOf, balanceOf, isOpen } from '../derive/account';
import type { ClientRecord } from '../model';

/** The window DSO is measured over, in days, unless the settings say otherwise. */
export const DSO_DAYS = 90;

/**
 * Days sales outstanding in one currency.
 *
 * DSO = receivables / invoiced × days, where
 * - receivables: the open balances, on `today`, of every invoice dated today or earlier,
 *   whatever its age (as in the aging table; unapplied credit is not subtracted);
 * - invoiced: the amounts of the invoices dated in the `days` calendar days ending today
 *   (from today - (days - 1) to today, so exactly `days` days: 90 by default), paid or not;
 * - days: that window, 90 by default.
 *
 * It reads as "how many days of recent invoicing are still unpaid": 45 means the money owed
 * equals the last 45 days' invoices. It is undefined when nothing was invoiced in the window
 * (no recent sales to compare with, even if old invoices are still open), and is computed
 * per currency, never across currencies.
 */
export interface DaysSalesOutstanding {
  readonly currency: string;
  /** Minor units open today. */
  readonly receivables: number;
  /** Minor units invoiced in the window. */
  readonly invoiced: number;
  /** The window in days. */
  readonly windowDays: number;
  /** receivables / invoiced × windowDays; undefined when invoiced is 0. */
  readonly days?: number;
}

/** Open receivables and recent invoicing of one client, per currency (sorted by code). */
export function dsoOf(client: ClientRecord, today: Day, windowDays = DSO_DAYS): DaysSalesOutstanding[] {
  const from = addDays(today, -(windowDays - 1));
  const sums = new Map<string, { receivables: number; invoiced: number }>();
  const sumFor = (currency: string) => {
    let sum = sums.get(currency);
    if (!sum) sums.set(currency, (sum = { receivables: 0, invoiced: 0 }));
    return sum;
  };
  for (const invoice of accountOf(client, today).invoices) {
    const { amount, date } = invoice.entry;
    if (isOpen(invoice)) sumFor(amount.currency).receivables += balanceOf(invoice).minor;
    if (date >= from && date <= today && amount.minor > 0) sumFor(amount.currency).invoiced += amount.minor;
  }
  return toFigures(sums, windowDays);
}

/** DSO of several clients together: their receivables and invoicing added up, currency by currency. */
export function addDso(figures: readonly DaysSalesOutstanding[], windowDays = DSO_DAYS): DaysSalesOutstanding[] {
  const sums = new Map<string, { receivables: number; invoiced: number }>();
  for (const figure of figures) {
    const sum = sums.get(figure.currency) ?? { receivables: 0, invoiced: 0 };
    sum.receivables += figure.receivables;
    sum.invoiced += figure.invoiced;
    sums.set(figure.currency, sum);
  }
  return toFigures(sums, windowDays);
}

function toFigures(sums: ReadonlyMap<string, { receivables: number; invoiced: number }>, windowDays: number): DaysSalesOutstanding[] {
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, { receivables, invoiced }]) => {
      const figure = { currency, receivables, invoiced, windowDays };
      // Multiplied first, so that whole results stay exact (3,250 x 90 / 3,750 = 78).
      return invoiced > 0 ? { ...figure, days: (receivables * windowDays) / invoiced } : figure;
    });
}
