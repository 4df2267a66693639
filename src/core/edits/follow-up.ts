import { addDays, formatDay, type Day } from '../values/calendar-day';
import type { ClientRecord, CommunicationEntry } from '../model';

export interface FollowUpStep {
  readonly rung: 'email' | 'call' | 'postcard' | 'backup' | 'hold';
  /** The log entry's words after the date: `call to Tom`. */
  readonly entry: string;
  /** What to do, for messages: `call`, `try the backup contact (Leo)`. */
  readonly advice: string;
}

/**
 * The ladder for a silent client: a polite email, then after 48 hours a call, then a postcard
 * naming a day and a time window to talk, then the backup contact, then putting the account on hold.
 */
export function followUpStep(client: ClientRecord, attempts: readonly CommunicationEntry[], today: Day): FollowUpStep {
  const tried = new Set(attempts.map((entry) => entry.kind));
  const who = oneLine(client.contact?.name ?? client.name);
  const backup = client.contact?.backup && oneLine(client.contact.backup);
  if (!tried.has('email') && !tried.has('message')) return { rung: 'email', entry: `email to ${who}`, advice: 'send a polite email' };
  if (!tried.has('call')) return { rung: 'call', entry: `call to ${who}`, advice: 'call' };
  if (!tried.has('postcard') && !tried.has('letter')) {
    return {
      rung: 'postcard',
      entry: `postcard to ${who}`,
      advice: 'send a postcard that names a day and a time window to talk',
    };
  }
  if (backup && !attempts.some((entry) => entry.who !== undefined && backup.includes(entry.who))) {
    const backupName = backup.split(/[,(]/)[0].trim() || backup;
    return { rung: 'backup', entry: `call to ${backupName}`, advice: `try the backup contact (${backup})` };
  }
  return {
    rung: 'hold',
    entry: `hold until ${formatDay(addDays(today, 30))}`,
    advice: 'put the account on hold and say so in writing',
  };
}

/** A name as it goes into one log line: a multi-line YAML value joined with spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
