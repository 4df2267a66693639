import { addDays, formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord, CommunicationEntry } from '../model';

/** The ladder for a silent client, in order. */
export const LADDER = ['email', 'call', 'postcard', 'backup', 'hold'] as const;
export type Rung = (typeof LADDER)[number];

export interface FollowUpStep {
  readonly rung: Rung;
  /** The log entry's words after the date: `call to Tom`. */
  readonly entry: string;
  /** What to do, for messages: `call`, `try the backup contact (Leo)`. */
  readonly advice: string;
}

/**
 * The next rung for a silent client: a polite email, then after 48 hours a call, then a postcard
 * naming a day and a time window to talk, then the backup contact, then putting the account on hold.
 */
export function followUpStep(client: ClientRecord, attempts: readonly CommunicationEntry[], today: Day): FollowUpStep {
  const tried = new Set(attempts.map((entry) => rungOf(entry, client)));
  const who = contactName(client);
  const backup = backupOf(client);
  if (!tried.has('email')) return { rung: 'email', entry: `email to ${who}`, advice: 'send a polite email' };
  if (!tried.has('call')) return { rung: 'call', entry: `call to ${who}`, advice: 'call' };
  if (!tried.has('postcard')) {
    return { rung: 'postcard', entry: `postcard to ${who}`, advice: 'send a postcard that names a day and a time window to talk' };
  }
  if (backup && !tried.has('backup')) {
    const backupName = backup.split(/[,(]/)[0].trim() || backup;
    return { rung: 'backup', entry: `call to ${backupName}`, advice: `try the backup contact (${backup})` };
  }
  return { rung: 'hold', entry: `hold until ${formatDay(addDays(today, 30))}`, advice: 'put the account on hold and say so in writing' };
}

/** Which rung an attempt climbed: the backup contact when it names them, else by its kind. */
export function rungOf(entry: CommunicationEntry, client: ClientRecord): Rung {
  const backup = backupOf(client);
  if (backup && entry.who !== undefined && backup.includes(entry.who)) return 'backup';
  if (entry.kind === 'email' || entry.kind === 'message') return 'email';
  if (entry.kind === 'postcard' || entry.kind === 'letter') return 'postcard';
  return 'call';
}

function backupOf(client: ClientRecord): string | undefined {
  return client.contact?.backup && oneLine(client.contact.backup);
}

/** Who a log entry addresses: the contact's name, else the client's, on one line. */
export function contactName(client: ClientRecord): string {
  return oneLine(client.contact?.name ?? client.name);
}

/** A name as it goes into one log line: a multi-line YAML value joined with spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
