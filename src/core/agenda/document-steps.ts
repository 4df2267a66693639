import { isCommunication } from '../derive/contact-history';
import type { ClientRecord, DocumentRecord, DocumentStep, LogEntry } from '../model';
import { addDays, formatDay, parseDay, type Day } from '../values/calendar-day';
import type { NextStep } from './next-step';

const REVIEW = /^decide whether /i;
/** A step that waits on something: not a step until it happens (the record's own steps follow what the log shows). */
const CONDITIONAL = /^(?:if|once|when|unless|should|in case)\b/i;
const DATE_PHRASE = /\b(by|on|due|from|after|before)\s+(\d{4}-\d{2}-\d{2})\b/i;
const RECORD_STEP = /^(?:(?:by|on|from|after)\s+\d{4}-\d{2}-\d{2}:\s*)?(?:record updated:\s*|set\s+)?`/i;
const KEY_VALUE = /`([a-z_]+): ([^`]+)`/g;
const LOG_ENTRY = /`(email|call|message|meeting|postcard|letter|feedback) (to|from|with)\b[^`]*`/i;

/**
 * The open steps of a drafted document, as the Next Steps view lists them: due on the date the
 * step starts with, or the date it names (`by`, `on`, `due`, `from` that day; `after` it, the
 * day after), else on the day the document was drafted. Not listed: a conditional step ("If ...",
 * "Once ..."); a step the record already shows done (every `key: value` it names is so); a step
 * that says which log entry does it (`call with Sam`) once the log has one since the document
 * was drafted. The salvage plan's "decide whether ... is still the right client" is its review.
 */
export function documentSteps(document: DocumentRecord, client: ClientRecord | undefined): NextStep[] {
  const steps: NextStep[] = [];
  for (const item of document.steps) {
    if (item.done || CONDITIONAL.test(item.text)) continue;
    const due = item.due ?? phraseDue(item.text) ?? document.created;
    if (due === undefined) continue;
    if (client && (recordShowsDone(item, client) || logShowsDone(item, client, document.created ?? due))) continue;
    const review = REVIEW.test(item.text);
    steps.push({
      kind: review ? 'plan-review' : 'document-step',
      title: review ? 'Review the salvage plan: is this still the right client?' : shorten(item.text),
      detail: `${document.kind.replace(/-/g, ' ')} of ${client?.name ?? document.clientId}`,
      due,
      file: document.file,
      line: item.line,
      clientId: client?.id ?? document.clientId,
      clientName: client?.name ?? document.clientId,
      ...logsOf(item),
    });
  }
  return steps;
}

function phraseDue(text: string): Day | undefined {
  const match = DATE_PHRASE.exec(text);
  const day = match ? parseDay(match[2]) : undefined;
  if (!match || day === undefined) return undefined;
  const word = match[1].toLowerCase();
  return word === 'after' ? addDays(day, 1) : word === 'before' ? addDays(day, -1) : day;
}

/** `Record updated: \`status: terminating\`, \`end: 2026-12-04\`.` once the record says so. */
function recordShowsDone(item: DocumentStep, client: ClientRecord): boolean {
  if (!RECORD_STEP.test(item.text)) return false;
  const pairs = [...item.text.matchAll(KEY_VALUE)];
  return pairs.length > 0 && pairs.every(([, key, value]) => recordValue(client, key) === value.trim());
}

function recordValue(client: ClientRecord, key: string): string | undefined {
  const day = (value: Day | undefined) => (value === undefined ? undefined : formatDay(value));
  switch (key) {
    case 'status': return client.status;
    case 'notice_given': return day(client.noticeGiven);
    case 'end': return day(client.end);
    case 'hold_until': return day(client.holdUntil);
    default: return undefined;
  }
}

function logsOf(item: DocumentStep): { logs?: string } {
  const match = LOG_ENTRY.exec(item.text);
  return match ? { logs: `${match[1].toLowerCase()} ${match[2].toLowerCase()}` } : {};
}

/** The log has the entry the step asks for, dated on or after the document. */
function logShowsDone(item: DocumentStep, client: ClientRecord, since: Day): boolean {
  const logs = logsOf(item).logs;
  if (logs === undefined) return false;
  const [kind, direction] = logs.split(' ');
  return client.entries.some((entry) => entry.date >= since && entry.kind === kind && directionMatches(entry, direction));
}

function directionMatches(entry: LogEntry, direction: string): boolean {
  if (!isCommunication(entry) && entry.kind !== 'feedback') return false;
  const actual = (entry as { direction: string }).direction;
  if (direction === 'with') return actual !== 'to' || !entry.tags.includes('no-answer');
  return actual === direction;
}

function shorten(text: string): string {
  const plain = text.replace(/`/g, '').replace(/;\s*log it as .*$/i, '.');
  return plain.length > 90 ? `${plain.slice(0, 89).trimEnd()}…` : plain;
}
