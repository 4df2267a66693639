import { accountOf, paymentParts, type PaymentPart } from '../derive/account';
import { contactHistory } from '../derive/contact-history';
import { relationshipEnd } from '../derive/relationship-dates';
import type { CheckSettings } from '../check';
import type { ClientRecord, LogEntry, NoticeEntry, PaymentEntry, SourcePosition } from '../model';
import { awaitingReply } from '../rules/awaiting-reply';
import { ruleContext, ruleSpeaks } from '../rules/rule';
import { endWords, noReplyWords } from '../summary/client-standing';
import { invoiceStateText, invoiceSummaries, invoiceSummaryLines, type InvoiceSummary } from '../summary/invoice-summary';
import { formatDay, type Day } from '../values/calendar-day';
import { formatDuration } from '../values/duration';
import { formatMoney } from '../values/money';

/** A few words at the end of a log entry's first line: what the line alone does not say. */
export interface InlayHint {
  /** 1-based: the end of the entry's first line. */
  readonly position: SourcePosition;
  readonly label: string;
  /** The longer story, a line each, the first a heading (an invoice's are its hover's lines). */
  readonly tooltip: readonly string[];
}

/** 1-based lines, both included. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/** A record's hints on a day, derived once and then asked for a range of lines at a time. */
export interface RecordHints {
  /** How many entries have a hint. */
  readonly count: number;
  within(lines: LineSpan): InlayHint[];
}

type HintText = Omit<InlayHint, 'position'>;

/** An entry that has a hint, built only when its line is asked for. */
interface Spot {
  readonly line: number;
  readonly entry: LogEntry;
  readonly hint: () => HintText;
}

/**
 * The hints of a client record as of today: on each invoice, where it stands (`paid 2026-10-09`,
 * `$750.00 open · 36d overdue`, `due in 10d`); on the latest unanswered attempt, when
 * `awaiting-reply` speaks, how long the silence has lasted (`no reply 17d`); on a payment, what
 * it paid when the line does not say (`pays HR-011, part of HR-012 · $300.00 left`,
 * `$750.00 left`); on a notice without an `end`, the end it implies. The record-wide state
 * (account, contact history) is derived here once; labels are built only for the lines asked.
 */
export function recordHints(client: ClientRecord, today: Day, settings: CheckSettings = {}): RecordHints {
  const entries = client.entries;
  const invoices = new Map<LogEntry, InvoiceSummary>();
  for (const { entry, summary } of invoiceSummaries(client, today)) if (summary.duplicateOf === undefined) invoices.set(entry, summary);
  const parts = paymentParts(accountOf(client, today));
  const silence = awaitingSilence(client, today, settings);
  const notice = impliedNoticeEnd(client, today);
  const spots: Spot[] = [];
  for (const entry of entries) {
    const line = entry.range.start.line;
    if (entry.kind === 'invoice') {
      const summary = invoices.get(entry);
      if (summary) spots.push({ line, entry, hint: () => ({ label: invoiceStateText(summary, { lateness: true }), tooltip: invoiceSummaryLines(summary) }) });
    } else if (entry.kind === 'payment') {
      const paid = parts.get(entry);
      if (paid && saysMore(entry, paid)) spots.push({ line, entry, hint: () => paymentHint(entry, paid) });
    } else if (line === silence?.line) {
      spots.push({ line, entry, hint: () => silence.hint });
    } else if (entry.kind === 'notice' && entry.end === undefined && line === notice?.line) {
      spots.push({ line, entry, hint: () => notice.hint(entry) });
    }
  }
  return {
    count: spots.length,
    within(lines) {
      const hints: InlayHint[] = [];
      for (let index = firstAtOrAfter(spots, lines.first); index < spots.length && spots[index].line <= lines.last; index++) {
        const spot = spots[index];
        hints.push({ position: spot.entry.range.end, ...spot.hint() });
      }
      return hints;
    },
  };
}

/** The hints of the lines asked for (`recordHints(...).within(lines)`, for one range). */
export function inlayHints(client: ClientRecord, today: Day, lines: LineSpan, settings: CheckSettings = {}): InlayHint[] {
  return recordHints(client, today, settings).within(lines);
}

/** Spots are in file order, one a line: the first on or after `line`, by halving. */
function firstAtOrAfter(spots: readonly Spot[], line: number): number {
  let low = 0;
  let high = spots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spots[middle].line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where `awaiting-reply` speaks, its finding's line (the latest unanswered attempt), the days as
 * the Clients view counts them, and its message for the tooltip: the same knowledge, the same words.
 */
function awaitingSilence(client: ClientRecord, today: Day, settings: CheckSettings): { line: number; hint: HintText } | undefined {
  if (!ruleSpeaks(awaitingReply, client, today)) return undefined;
  const [finding] = awaitingReply.check(client, ruleContext(client, today, settings.thresholds));
  if (!finding) return undefined;
  return { line: finding.range.start.line, hint: { label: noReplyWords(contactHistory(client, today).unanswered, today), tooltip: ['Waiting for a reply', finding.message] } };
}

/**
 * The notice entry that sets the end of the relationship (no `end` or `notice_given` key): its
 * line, and for one without its own `end`, the day it implies (its date + the record's `notice`).
 */
function impliedNoticeEnd(client: ClientRecord, today: Day): { line: number; hint: (entry: NoticeEntry) => HintText } | undefined {
  const end = relationshipEnd(client, today);
  if (end?.how !== 'notice entry') return undefined;
  return {
    line: end.range.start.line,
    hint: (entry) => ({
      label: endWords(end.day, today),
      tooltip: [`Notice given ${formatDay(entry.date)}`, `Last day ${formatDay(end.day)}: ${formatDay(entry.date)} + ${formatDuration(client.notice)} (the record's notice)`],
    }),
  };
}

/**
 * What a payment paid. One that names its invoice: what is left of it, when something is
 * (`$750.00 left`); paid in full, the line says enough. One without an ID: the invoices it
 * went to, oldest first (`pays HR-011, part of HR-012 · $300.00 left`).
 */
function paymentHint(payment: PaymentEntry, parts: readonly PaymentPart[]): HintText {
  const last = parts[parts.length - 1];
  const tooltip = [`Payment ${formatMoney(payment.amount)} on ${formatDay(payment.date)}`, ...parts.map((part) => {
    const { id, amount, date } = part.invoice.entry;
    return `${formatMoney(money(part, part.minor))} of invoice ${id} (${formatMoney(amount)}, issued ${formatDay(date)}): ${part.left > 0 ? leftWords(part) : 'paid in full'}`;
  })];
  if (payment.invoiceId !== undefined) return { label: leftWords(last), tooltip };
  const paid = parts.map((part) => (part.left > 0 ? `part of ${part.invoice.entry.id}` : part.invoice.entry.id)).join(', ');
  return { label: last.left > 0 ? `pays ${paid} · ${leftWords(last)}` : `pays ${paid}`, tooltip };
}

/** `$750.00 left`: what the invoice still had open after the payment. */
function leftWords(part: PaymentPart): string {
  return `${formatMoney(money(part, part.left))} left`;
}

/** A payment without an ID always (which invoices?); one with an ID when it leaves something open. */
function saysMore(payment: PaymentEntry, parts: readonly PaymentPart[]): boolean {
  return payment.invoiceId === undefined || parts[parts.length - 1].left > 0;
}

function money(part: PaymentPart, minor: number): { minor: number; currency: string } {
  return { minor, currency: part.invoice.entry.amount.currency };
}
