// One deterministic client record of about 1 MB (issue 16): an agency's long-standing client
// with years of log, for timing what the editor does with one big file (the outline, inlay
// hints, folding, formatting).
//
//   node bench/generate-big-record.mjs FILE [--bytes N] [--seed N]
//
// Every working day has a few entries (work, emails both ways, messages, requests, calls, in time
// order; now and then nested notes); every week an invoice with its own ID (AG-00001, ...), paid a week or
// two later, a reminder naming it when it is late; the last weeks' invoices are still open. The
// log ends on the bench's day and starts as far back as the byte budget allows (whole days).
// One entry in a hundred is written a few lines away from its date order, as records pasted
// together are, so formatting has something to move. The text depends only on the seed and the
// budget.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, mulberry32, TODAY } from './generate-ledger.mjs';

export const BIG_RECORD_BYTES = 1_048_576;
const MS_PER_DAY = 86_400_000;
const dayOf = (text) => Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / MS_PER_DAY;
const fmt = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const isWeekend = (day) => [0, 6].includes(new Date(day * MS_PER_DAY).getUTCDay());

const OUT = ['sent the weekly summary', 'asked for the updated price list', 'shared the draft newsletter', 'sent the meeting notes', 'proposed two slots for the review'];
const IN = ['approved the draft', 'answered the open questions', 'asked for a change to the calendar', 'confirmed the schedule', 'sent the logins for the new tool'];
const WORK = ['inbox clean-up', 'supplier emails', 'monthly bookkeeping', 'customer tickets', 'travel bookings', 'CRM clean-up'];
const NESTED = ['the rest waits for the accountant', 'copied the office manager', 'two items still open'];

/** The record's text: frontmatter, a heading, the log; about `bytes` long. */
export function bigRecord({ bytes = BIG_RECORD_BYTES, seed = DEFAULT_SEED } = {}) {
  const random = mulberry32(seed ^ 0x1f123bb5);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const time = () => `${String(9 + Math.floor(random() * 8)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
  const head = [
    '---', 'client: Meridian Agency Group', 'status: active', 'since: SINCE',
    'contact:', '  name: Jane Doe', '  email: jane@meridian.example', '  backup: Tom Doe (office manager)',
    'rate: 45/h', 'terms: net 14', 'deposit: $2,000', 'late_fee: 1.5% monthly after 30 days, max 10%',
    'services: [inbox management, calendar management, bookkeeping, customer support]',
    'agreement: agreements/meridian.pdf', 'hours: Mon-Fri 09:00-17:00', '---', '',
    '# Meridian Agency Group', '', 'Our biggest account: years of weekly invoices.', '', '## Log', '', '',
  ].join('\n');
  // Days from 2000 on, each a block of entries; the record keeps the latest days that fit the budget.
  const days = [];
  let block;
  const push = (line, { nested, pays } = {}) => block.push({ text: nested ? `${line}\n  - ${nested}` : line, pays });
  const today = dayOf(TODAY);
  const open = [];
  let invoice = 0;
  for (let day = dayOf('2000-01-03'); day <= today; day++) {
    if (isWeekend(day)) continue;
    block = [];
    days.push(block);
    const date = fmt(day);
    const times = Array.from({ length: 5 }, time).sort();
    if (new Date(day * MS_PER_DAY).getUTCDay() === 1) {
      const id = `AG-${String(++invoice).padStart(5, '0')}`;
      const amount = `$${(800 + Math.floor(random() * 40) * 25).toLocaleString('en-US')}`;
      push(`- ${date} invoice ${id} ${amount}`);
      block[block.length - 1].issues = id;
      open.push({ id, day, amount, paysOn: today - day < 21 ? Infinity : day + 7 + Math.floor(random() * 14) });
    }
    for (const item of open.filter((item) => item.paysOn <= day)) {
      if (day - item.day > 14) push(`- ${date} email to Jane: reminder about ${item.id}`, { pays: item.id });
      push(`- ${date} payment ${item.id} ${item.amount}`, { pays: item.id });
      open.splice(open.indexOf(item), 1);
    }
    push(`- ${date} work ${1 + Math.floor(random() * 6)}h${random() < 0.5 ? '30m' : ''}: ${pick(WORK)}`, { nested: random() < 0.1 ? pick(NESTED) : undefined });
    push(`- ${date} ${times[0]} email to Jane: ${pick(OUT)}`);
    if (random() < 0.7) push(`- ${date} ${times[1]} email from Jane: ${pick(IN)}`);
    if (random() < 0.5) push(`- ${date} ${times[2]} message from Tom: ${pick(IN)}`);
    if (random() < 0.3) push(`- ${date} ${times[3]} request from Jane: ${pick(WORK)} for the new branch`);
    if (random() < 0.2) push(`- ${date} ${times[4]} call with Jane: weekly check-in`);
  }
  let size = head.length;
  let first = days.length;
  while (first > 0 && size < bytes) size += days[--first].reduce((sum, entry) => sum + entry.text.length + 1, 0);
  const kept = days.slice(first).flat();
  const issued = new Set(kept.map((entry) => entry.issues).filter(Boolean));
  const entries = kept.filter((entry) => entry.pays === undefined || issued.has(entry.pays)).map((entry) => entry.text);
  // One in a hundred written a few entries late, as a pasted block would be.
  for (let at = 50; at + 3 < entries.length; at += 100) [entries[at], entries[at + 3]] = [entries[at + 3], entries[at]];
  return `${head.replace('SINCE', kept[0].text.slice(2, 12))}${entries.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file] = process.argv.slice(2);
  const option = (name) => { const at = process.argv.indexOf(name); return at > 0 ? Number(process.argv[at + 1]) : undefined; };
  if (!file) {
    console.error('usage: node bench/generate-big-record.mjs FILE [--bytes N] [--seed N]');
    process.exit(2);
  }
  const text = bigRecord({ bytes: option('--bytes'), seed: option('--seed') });
  writeFileSync(file, text);
  console.log(`${file}: ${text.length} bytes, ${text.split('\n').length} lines`);
}
