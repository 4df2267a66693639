import { formatDay, type Day } from '../values/calendar-day';

/** A file-name id from a display name: `Acme Bakery & Co.` -> `acme-bakery-co`. */
export function clientIdFromName(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id === '' ? 'client' : id;
}

/** A well-formed new client record: every key a careful assistant fills in on day one. */
export function newClientRecord(name: string, today: Day, currency = 'USD'): string {
  const day = formatDay(today);
  return [
    '---',
    `client: ${yamlText(name)}`,
    'status: prospect',
    `since: ${day}`,
    'contact:',
    '  name: ',
    '  email: ',
    '  phone: ',
    '  backup:   # a second way to reach them when the first goes silent',
    `currency: ${currency}`,
    'rate: ',
    'terms: net 14',
    'notice: 2 weeks',
    'deposit: none   # or an amount, asked for before work starts',
    'services:',
    '  - ',
    'agreement: ',
    'hours: Mon-Fri 09:00-17:00',
    '---',
    '',
    `# ${name.replace(/([\\`*_[\]<>#])/g, '\\$1')}`,
    '',
    '## Log',
    '',
    `- ${day} note: first contact`,
    '',
  ].join('\n');
}

/** A YAML scalar for any text: plain when safe, double-quoted otherwise. */
function yamlText(text: string): string {
  return /^[A-Za-z0-9][\w .,'()&/-]*$/.test(text) && !/[:#]/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}
