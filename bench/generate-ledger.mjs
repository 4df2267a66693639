// Deterministic synthetic client ledger for the benchmark (issues 5 and 13).
//
//   node bench/generate-ledger.mjs DIR COUNT [--seed N] [--profile realistic|heavy]
//
// Writes COUNT client records (about 8 KB each, about 100 log entries of every kind over two
// years, checked as of 2026-11-20) into DIR. Record i depends only on the seed, the profile and
// i, so the first 1,000 records of a 10,000 ledger are the 1,000 ledger. Two profiles:
//
//   realistic (the default)  findings at a realistic density (about one a record): most invoices
//                            are paid on time and most clients were heard from recently; a few
//                            clients are late payers, gone silent, on hold or ending, and about
//                            one in forty records has a bookkeeping mistake (duplicate invoice,
//                            unknown invoice, typo in a key...). Its bytes are those of every
//                            bench run since issue 5 (RECORDED_SHA256 below).
//   heavy                    findings-heavy (about 11 a record): every invoice is paid months
//                            late or not at all (one client in six stopped paying in 2025: a year
//                            and more of unpaid invoices), most clients have gone silent for
//                            weeks with messages unanswered or owe them a reply, and most records
//                            have entries dated after today (none to three). Drawn from its own random stream:
//                            record i of heavy is not record i of realistic.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TODAY = '2026-11-20';
export const DEFAULT_SEED = 20261120;
export const PROFILES = ['realistic', 'heavy'];
/**
 * The sha256 of the ledgers at the default seed (paths and bytes, as generateLedger hashes them):
 * realistic since issue 5, heavy since issue 13. A change here makes the bench's figures
 * incomparable with those of earlier runs; bench/run.mjs says so when a ledger differs.
 */
export const RECORDED_SHA256 = {
  realistic: {
    1000: '5e273479ad0a02a7082c613f244d8bee7f83ae3febad8e96ef4ded6cbe76e691',
    10000: 'ce9be7fbb34d8ac1a853af59e1080fce63c48a76794c7d299e9305a47e83998c',
  },
  heavy: {
    1000: '60c42248362b9a11b3c42f72d3928cf0a6373a3f3d68f08dbc8bdcf596140f31',
    10000: '4db2c8d1d5c1d4c53053b3cbd9b504604c17e651f3b02de9640ef7a4702a3200',
  },
};

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- calendar (days since 1970-01-01, UTC) ----
const MS_PER_DAY = 86_400_000;
const dayOf = (text) => Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) / MS_PER_DAY;
const fmt = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const weekday = (day) => (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7; // 0 = Monday
const toWeekday = (day) => (weekday(day) === 5 ? day + 2 : weekday(day) === 6 ? day + 1 : day);
const TODAY_DAY = dayOf(TODAY);

// ---- word lists ----
const FIRST = ['Jane', 'Tom', 'Priya', 'Rosa', 'Daniel', 'Maria', 'Ahmed', 'Chen', 'Olga', 'Lucas', 'Amara', 'Kenji', 'Sofia', 'Liam', 'Fatima', 'Noah', 'Elena', 'Marcus', 'Aisha', 'Jonas', 'Hannah', 'Diego', 'Grace', 'Viktor', 'Zoe', 'Samuel', 'Ines', 'Omar', 'Clara', 'Felix'];
const LAST = ['Doe', 'Reyes', 'Nair', 'Alvarez', 'Fischer', 'Lopez', 'Khan', 'Wang', 'Petrova', 'Silva', 'Okafor', 'Tanaka', 'Rossi', 'Murphy', 'Haddad', 'Berg', 'Novak', 'Brown', 'Diallo', 'Weber', 'Schmidt', 'Garcia', 'Kim', 'Ivanov', 'Martin', 'Cohen', 'Costa', 'Farouk', 'Dubois', 'Lindqvist'];
const PLACE = ['Harbor', 'Lakeside', 'Brightside', 'Greenleaf', 'Nova', 'Orchard', 'Peak', 'Sunrise', 'Riverbend', 'Maple', 'Summit', 'Bluebird', 'Cedar', 'Northstar', 'Willow', 'Copper', 'Silverline', 'Oakridge', 'Seaside', 'Redwood', 'Granite', 'Juniper', 'Meadow', 'Pinecrest', 'Aurora'];
const TRADE = ['Realty', 'Bakery', 'Dental', 'Coaching', 'Startups', 'Events', 'Consulting', 'Yoga', 'Law', 'Design', 'Studio', 'Clinic', 'Accounting', 'Travel', 'Photography', 'Fitness', 'Architects', 'Catering', 'Florists', 'Media', 'Logistics', 'Tutoring', 'Vets', 'Interiors', 'Roofing'];
const ROLES = ['co-owner', 'office manager', 'assistant', 'partner', 'operations lead', 'front desk', 'bookkeeper'];
const SERVICES = ['inbox management', 'calendar management', 'bookkeeping', 'social media', 'customer support', 'travel booking', 'supplier invoices', 'appointment reminders', 'newsletter', 'listing updates', 'data entry', 'research', 'event planning', 'CRM updates', 'podcast editing'];
const EMAIL_OUT = ['sent the weekly summary', 'asked for the updated service list', 'shared the draft newsletter for review', 'sent the meeting notes', 'asked to confirm next week\'s schedule', 'sent the supplier quotes', 'followed up on the open questions', 'sent the monthly report', 'asked for access to the shared drive', 'proposed two slots for the review call'];
const EMAIL_IN = ['approved the draft', 'answered the open questions', 'sent the new price list', 'asked for a change to the calendar', 'confirmed the schedule', 'thanks for the report', 'forwarded a supplier complaint', 'sent the logins for the new tool', 'asked about the invoice', 'shared feedback on the newsletter'];
const CALL_TOPICS = ['weekly check-in', 'went through the backlog', 'agreed on the new template', 'planned the next quarter', 'reviewed the supplier list', 'talked about the holiday schedule', 'sorted out the calendar clash', 'onboarding for the new tool'];
const WORK = ['inbox clean-up', 'calendar and supplier emails', 'monthly bookkeeping', 'newsletter layout', 'customer tickets', 'travel bookings', 'CRM clean-up', 'research for the new office', 'social posts for the week', 'invoice reconciliation', 'event logistics', 'data entry backlog'];
const REQUESTS = ['update the price list', 'book flights for the conference', 'reschedule Thursday\'s meetings', 'draft a reply to a supplier', 'set up a shared folder', 'find a venue for the team lunch', 'update the website hours', 'chase the late delivery'];
const SCOPE_REQUESTS = ['design a flyer for the spring menu', 'build a pitch deck', 'write the company blog', 'redo the logo', 'manage the personal calendar too', 'do the tax return'];
const NOTES = ['new office address', 'changed the billing contact', 'prefers calls before 10:00', 'moved to a new CRM', 'team grew to 12 people', 'holiday closure planned for August', 'new supplier for packaging', 'asked to use the shared inbox from now on', 'password manager set up'];
const FEEDBACK_IN = ['loved the newsletter', 'very happy with the month', 'asked for shorter reports', 'liked the new template', 'the calendar is finally under control'];
const FEEDBACK_OUT = ['suggested batching requests on Mondays', 'shared the quarterly review', 'asked for clearer briefs', 'proposed a new reporting format'];
const ISSUES = [
  ['#unrealistic', 'expects a full day of work in a 10-hour week'],
  ['#disrespect', 'dismissive comments in the team channel'],
  ['#boundary', 'called on a Sunday evening about a non-urgent task'],
  ['#unprofessional', 'missed the scheduled call without notice'],
  ['#unreasonable', 'asked to redo a finished task three times'],
  ['', 'shared drive permissions lost, work delayed'],
];
const NESTED = ['the rest waits for the accountant', 'see the attached summary', 'follow up next week', 'copied the backup contact', 'agreed by phone as well', 'two items still open'];
const DETAILS = [
  'with the open items and the plan for next week', 'copied the office manager as asked', 'two questions still open about the supplier contract',
  'agreed to revisit this at the end of the month', 'took longer than planned because of the new tool', 'links to the shared folder in the message',
  'needs an answer before Thursday', 'they want the same format every month from now on', 'flagged the items that need a decision from the owner',
  'kept a copy in the shared drive under admin/2026', 'follow-up call booked for next week', 'mentioned the busy season starts early this year',
];
const PROSE = [
  'Long-standing client; prefers email for anything that needs a decision and a call for anything urgent.',
  'Small team, busy season from March to June. Invoices go to the accounts inbox, not to the owner.',
  'Started with inbox help and grew into most of the admin. Quick to answer, slow to approve drafts.',
  'Referral from another client. Clear briefs, pays on time, likes a short weekly summary on Fridays.',
  'Seasonal work load; the owner travels a lot, so the backup contact often answers first.',
];

/** One client record, a pure function of (seed, index, profile). */
export function clientRecord(seed, index, profile = 'realistic') {
  if (!PROFILES.includes(profile)) throw new Error(`unknown profile ${JSON.stringify(profile)}: ${PROFILES.join(' or ')}`);
  // The heavy profile draws from its own stream; realistic's stream is as it always was.
  const heavy = profile === 'heavy';
  const random = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1) ^ (heavy ? 0x5bd1e995 : 0)) >>> 0);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

  const name = `${pick(PLACE)} ${pick(TRADE)}`;
  const id = `${name.toLowerCase().replace(/ /g, '-')}-${String(index).padStart(5, '0')}`;
  const first = pick(FIRST);
  const last = pick(LAST);
  const backupName = `${pick(FIRST)} ${last}`;
  const domain = `${id.replace(/-\d+$/, '')}.example`;

  const roll = random();
  const status = roll < 0.8 ? 'active' : roll < 0.86 ? 'at-risk' : roll < 0.89 ? 'salvage' : roll < 0.93 ? 'on-hold' : roll < 0.96 ? 'terminating' : 'former';
  const watched = status === 'active' || status === 'at-risk' || status === 'salvage';
  const currencyRoll = random();
  const currency = currencyRoll < 0.8 ? 'USD' : currencyRoll < 0.9 ? 'EUR' : 'GBP';
  const symbol = { USD: '$', EUR: '€', GBP: '£' }[currency];
  const money = (cents) => {
    const text = (cents / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',').replace(/\.00$/, chance(0.5) ? '.00' : '');
    return currency !== 'USD' && chance(0.3) ? `${text.replace(/,/g, '')} ${currency}` : `${symbol}${text}`;
  };
  const termsDays = pick([14, 14, 14, 30, 7]);
  const since = dayOf('2024-10-01') + between(0, 110);
  const endDay = status === 'former' ? dayOf('2026-05-01') + between(0, 90) : TODAY_DAY - 1;
  const policyRoll = random();
  const policy = policyRoll < 0.45 ? 'deposit' : policyRoll < 0.75 ? 'retainer' : policyRoll < 0.93 ? 'none' : 'unset';
  const depositCents = between(2, 10) * 10000;
  const minimumHours = watched && chance(0.12) ? pick([3, 4, 5, 6]) : undefined;
  const hasBackup = chance(0.7);
  const hasAgreement = chance(0.93);
  const hasHours = chance(0.85);
  const monthly = between(4, 30) * 5000; // $200 to $1,500
  const invoicePrefix = id.split('-').slice(0, 2).map((word) => word[0].toUpperCase()).join('') + String(index % 100).padStart(2, '0');

  // ---- frontmatter ----
  const fm = ['---', `client: ${name}`];
  if (status !== 'active' || chance(0.5)) fm.push(`status: ${status}`);
  fm.push(`since: ${fmt(since)}`);
  if (chance(0.4)) fm.push(`owner: ${pick(FIRST).toLowerCase()}@agency.example`);
  fm.push('contact:', `  name: ${first} ${last}`, `  email: ${first.toLowerCase()}@${domain}`);
  if (chance(0.8)) fm.push(`  phone: "+1 555 ${String(between(100, 9999)).padStart(4, '0')}"`);
  if (hasBackup) fm.push(`  backup: ${backupName} (${pick(ROLES)}), +1 555 ${String(between(100, 9999)).padStart(4, '0')}`);
  if (currency !== 'USD' || chance(0.5)) fm.push(`currency: ${currency}`);
  fm.push(`rate: ${chance(0.6) ? `${between(25, 70)}/h` : `${monthly / 100}/month`}`);
  fm.push(`terms: net ${termsDays}${chance(0.15) ? '   # agreed in the first call' : ''}`);
  fm.push(`notice: ${pick(['2 weeks', '2 weeks', '1 month', '30 days', '4w'])}`);
  if (policy === 'deposit') fm.push(`deposit: ${money(depositCents)}`);
  if (policy === 'retainer') fm.push(`retainer: ${money(depositCents * 2)}`);
  if (policy === 'none') fm.push(`deposit: none${chance(0.4) ? '   # decided against one; revisit at renewal' : ''}`);
  if (minimumHours) fm.push(`minimum_hours: ${minimumHours}`);
  const services = [...new Set([pick(SERVICES), pick(SERVICES), pick(SERVICES)])].slice(0, between(1, 3));
  if (chance(0.3)) fm.push(`services: [${services.join(', ')}]`);
  else fm.push('services:', ...services.map((service) => `  - ${service}`));
  if (hasAgreement) fm.push(`agreement: agreements/${id}.pdf`);
  if (hasHours) fm.push(`hours: ${pick(['Mon-Fri 09:00-17:00', 'Mon-Fri 09:00-17:00', 'Mon-Thu 08:00-16:00; Fri 08:00-12:00', 'Mon-Fri 10:00-18:00'])}`);
  let holdUntil;
  if (status === 'on-hold') {
    holdUntil = TODAY_DAY + (chance(0.8) ? between(5, 60) : -between(2, 10));
    if (chance(0.7)) fm.push(`hold_until: ${fmt(holdUntil)}`);
  }
  let noticeGiven;
  let end;
  if (status === 'terminating') {
    noticeGiven = TODAY_DAY - between(3, 20);
    end = noticeGiven + (chance(0.85) ? 30 : 14);
    fm.push(`notice_given: ${fmt(noticeGiven)}`, `end: ${fmt(end)}`);
  }
  if (chance(0.1)) fm.push('thresholds:', `  no-contact: ${pick(['3 weeks', '21', '30d'])}`);
  if (chance(0.05)) fm.push('snooze:', `  no-agreement: ${fmt(TODAY_DAY + between(5, 40))}`);
  // One record in forty has a mistake: 0 a typo'd key here, 1-6 in the log (below).
  const mistake = chance(0.025) ? between(0, 6) : -1;
  if (mistake === 0) fm.push(`hold-until: ${fmt(TODAY_DAY + 10)}`);
  fm.push('---');

  // ---- the log ----
  const events = []; // { day, text (with the time first when it has one), nested? }
  const add = (day, text, extra = {}) => events.push({ day, text, ...extra });
  const hm = (lo, hi) => `${String(between(lo, hi)).padStart(2, '0')}:${pick(['00', '05', '15', '20', '30', '40', '45', '55'])}`;
  const inHours = () => hm(9, 15);
  const who = () => (chance(0.85) ? first : backupName.split(' ')[0]);
  const note = () => (chance(0.18) ? { nested: pick(NESTED) } : {});
  const more = () => (chance(0.8) ? `, ${pick(DETAILS)}` : '');

  if (policy === 'deposit' && (!heavy || chance(0.6))) add(since, `deposit ${money(depositCents)}${chance(0.5) ? ': received before the first week' : ''}`);

  // heavy: how late this client pays (every invoice months late), from when it stopped paying
  // at all (one in six), how the last weeks go (below) and since when it has been silent.
  const heavyLate = heavy ? between(45, 270) : 0;
  const heavyStopped = heavy && chance(0.16) ? dayOf('2025-01-15') + between(0, 330) : Infinity;
  const heavyTail = heavy ? random() : 0;
  const heavySilentSince = heavy ? toWeekday(TODAY_DAY - between(24, 80)) : 0;
  const heavySilent = heavy && status !== 'former' && status !== 'on-hold' && status !== 'terminating' && heavyTail >= 0.2;

  // Monthly invoices; most paid on time, a few late, a few in parts, some without an ID.
  // (heavy: paid months late, or not at all.)
  let stopBody = status === 'former' ? endDay : TODAY_DAY - 33; // the last weeks are written below
  if (heavySilent) stopBody = Math.min(stopBody, heavySilentSince - 1);
  let number = 100 + between(0, 50);
  let settledUntil = since; // every invoice so far is paid by this day (Infinity: one is open)
  for (let month = new Date(since * MS_PER_DAY); ; month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))) {
    const issued = toWeekday(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1) / MS_PER_DAY + between(0, 3));
    if (issued < since) continue;
    if (issued > Math.min(endDay, TODAY_DAY - 3)) break;
    const invoiceId = `${invoicePrefix}-${number++}`;
    const cents = monthly + between(-4, 4) * 2500;
    const withDue = chance(0.4);
    const due = issued + termsDays;
    add(issued, `invoice ${invoiceId} ${money(cents)}${withDue ? ` due ${fmt(due)}` : ''}${chance(0.3) ? `: ${new Date(issued * MS_PER_DAY).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })}` : ''}`);
    const recent = issued > TODAY_DAY - 25;
    const payRoll = random();
    if (recent && payRoll < 0.2) { settledUntil = Infinity; continue; } // the current invoice: not paid yet
    const late = payRoll > 0.97 || (status === 'at-risk' && payRoll > 0.75);
    const paidOn = heavy ? (issued >= heavyStopped ? Infinity : due + heavyLate + between(-12, 12))
      : late ? due + between(3, 25) : issued + between(2, Math.max(3, termsDays - 1));
    if (paidOn >= TODAY_DAY) { settledUntil = Infinity; continue; }
    const withoutId = settledUntil < issued && chance(0.2); // pays the oldest open invoice: this one
    settledUntil = Math.max(settledUntil, paidOn);
    if (chance(0.06)) {
      const part = Math.round(cents / 200) * 100;
      add(paidOn - 1 > issued ? paidOn - 1 : paidOn, `payment ${invoiceId} ${money(part)}: part payment`);
      add(paidOn, `payment ${invoiceId} ${money(cents - part)}${chance(0.5) ? ': the rest' : ''}`);
    } else if (withoutId) add(paidOn, `payment ${money(cents)}${chance(0.3) ? ': bank transfer' : ''}`);
    else add(paidOn, `payment ${invoiceId} ${money(cents)}`);
  }

  // Everything else, spread over the body of the relationship.
  const filler = 110 - events.length - 8;
  const spanEnd = Math.min(stopBody, endDay);
  for (let n = 0; n < filler; n++) {
    const day = toWeekday(since + 1 + Math.floor(random() * Math.max(1, spanEnd - since - 3)));
    const kind = random();
    if (kind < 0.22) {
      const channel = pick(['email', 'email', 'message', 'call']);
      const time = chance(0.3) ? `${inHours()} ` : '';
      if (channel === 'call' && chance(0.4)) {
        add(day, `${time}call to ${who()} #no-answer: left a voicemail`);
        add(day + 1, `call with ${who()}: ${pick(CALL_TOPICS)}`);
        n++;
      } else {
        add(day, `${time}${channel} to ${who()}: ${pick(EMAIL_OUT)}${more()}`, note());
        if (chance(0.8)) { add(toWeekday(day + between(0, 2)), `${channel} from ${who()}: ${pick(EMAIL_IN)}${more()}`); n++; }
      }
    } else if (kind < 0.36) add(day, `${chance(0.3) ? `${inHours()} ` : ''}${pick(['email', 'message'])} from ${who()}: ${pick(EMAIL_IN)}${more()}`, note());
    else if (kind < 0.44) add(day, `${chance(0.4) ? `${hm(9, 15)} ` : ''}${pick(['meeting', 'call'])} with ${who()}: ${pick(CALL_TOPICS)}${more()}`, note());
    else if (kind < 0.62) add(day, `work ${pick(['1h30m', '2.5h', '45m', '3h', '1h 15m', '2h', '4.25h'])}: ${pick(WORK)}${more()}`);
    else if (kind < 0.72) {
      const tag = chance(0.1) ? ' #out-of-scope' : chance(0.05) ? ' #urgent' : '';
      add(day, `request from ${who()}${tag}: ${tag === ' #out-of-scope' ? pick(SCOPE_REQUESTS) : pick(REQUESTS)}${more()}`);
    } else if (kind < 0.74) add(day + (chance(0.5) ? 5 : 6) - weekday(day) + (weekday(day) > 4 ? 7 : 0), `request from ${first} #after-hours: sent on the weekend, wanted it Monday`);
    else if (kind < 0.78) {
      const [tag, text] = pick(ISSUES);
      add(day, `issue${tag ? ` ${tag}` : ''}: ${text}`, note());
    } else if (kind < 0.84) add(day, chance(0.6) ? `feedback from ${first}: ${pick(FEEDBACK_IN)}` : `feedback to ${first}: ${pick(FEEDBACK_OUT)}`);
    else if (kind < 0.86) add(day, `${pick(['postcard', 'letter'])} to ${first}: ${pick(['season\'s greetings', 'thank-you card for the referral', 'signed agreement renewal'])}`);
    else if (kind < 0.875 && status !== 'on-hold') {
      const back = day + between(7, 20);
      add(day, `hold until ${fmt(back)}: ${pick(['owner on holiday', 'office closed for renovation', 'family emergency'])}`);
      add(back, 'resume: back at work');
      n++;
    } else add(day, `note: ${pick(NOTES)}${more()}`, note());
  }

  // The last weeks: recent contact for most, silence or unanswered attempts for a few.
  if (status !== 'former') {
    const tail = random();
    if (status === 'on-hold') {
      const start = TODAY_DAY - between(20, 30);
      add(start, `call from ${first}: pausing the work for a while`);
      add(start, `hold until ${fmt(holdUntil ?? TODAY_DAY + 20)}: account paused, ${policy === 'retainer' ? 'retainer kept on account' : 'no work until then'}`);
    } else if (status === 'terminating') {
      add(noticeGiven, `notice to ${first} end ${fmt(end)}: by email and phone`);
      add(TODAY_DAY - 2, `email to ${first}: handover checklist sent`);
    } else if (heavySilent && heavyTail < 0.75) {
      // heavy: silent for weeks, and every attempt since unanswered.
      add(heavySilentSince, `${pick(['email', 'message'])} from ${first}: ${pick(EMAIL_IN)}`);
      const attempts = between(2, 5);
      for (let n = 1; n <= attempts; n++) {
        const day = toWeekday(heavySilentSince + Math.round(((TODAY_DAY - 3 - heavySilentSince) * n) / attempts));
        add(day, chance(0.35) ? `${hm(10, 14)} call to ${first} #no-answer: left a voicemail` : `${pick(['email', 'message'])} to ${first}: ${pick(EMAIL_OUT)}${more()}`);
      }
    } else if (heavySilent) {
      // heavy: their last message, weeks ago, still waits for an answer.
      add(heavySilentSince, `email to ${first}: ${pick(EMAIL_OUT)}`);
      add(toWeekday(heavySilentSince + between(2, 10)), `${pick(['email', 'message', 'call'])} from ${first}: ${pick(EMAIL_IN)}${more()}`, note());
    } else if (tail < 0.86) {
      const last = toWeekday(TODAY_DAY - between(2, 12));
      add(last - between(3, 6), `email to ${first}: ${pick(EMAIL_OUT)}`);
      add(last, `${chance(0.4) ? `${inHours()} ` : ''}${pick(['email', 'call', 'message', 'meeting'])} ${pick(['from', 'with'])} ${first}: ${pick(EMAIL_IN)}`, note());
      if (chance(0.3)) add(TODAY_DAY - 1, `email to ${first}: ${pick(EMAIL_OUT)}`);
    } else if (tail < 0.95) {
      const last = toWeekday(TODAY_DAY - between(16, 28));
      add(last, `email from ${first}: ${pick(EMAIL_IN)}`);
      add(last + 4, `email to ${first}: ${pick(EMAIL_OUT)}`);
      add(last + 9, `${hm(10, 14)} call to ${first} #no-answer: left a voicemail`);
    } else {
      const last = toWeekday(TODAY_DAY - between(6, 10));
      add(last, `message from ${first}: ${pick(EMAIL_IN)}`);
      add(last + 2, `email to ${first}: ${pick(EMAIL_OUT)}`);
    }
    for (let n = 0; n < 4; n++) add(toWeekday(TODAY_DAY - between(14, 32)), `work ${pick(['1h30m', '2.5h', '2h', '3h'])}: ${pick(WORK)}`);
    if (minimumHours) for (const monday of [-28, -21, -14, -7]) add(TODAY_DAY - weekday(TODAY_DAY) + monday + 1, `work ${minimumHours}h: ${pick(WORK)}`);
  }

  // heavy: entries dated after today (planned, logged ahead), none to three.
  if (heavy) {
    const ahead = [`meeting with ${first}: planned review`, `call with ${first}: quarterly check-in`, `work 2h: ${pick(WORK)}`, `email to ${first}: ${pick(EMAIL_OUT)}`, () => `invoice ${invoicePrefix}-${number++} ${money(monthly)}: next month`];
    for (let n = between(0, 3); n > 0; n--) {
      const text = pick(ahead);
      add(TODAY_DAY + between(1, 60), typeof text === 'function' ? text() : text);
    }
  }

  // Bookkeeping mistakes, one in forty records.
  if (mistake === 1) { const inv = events.findLast((event) => event.text.startsWith('invoice ')); if (inv) events.push({ day: inv.day + 1, text: inv.text.replace(/ due \S+/, '') }); }
  if (mistake === 2) events.push({ day: endDay - 3, text: `payment ${invoicePrefix}-999 ${money(5000)}` });
  if (mistake === 3) { const paid = events.findLast((event) => /^payment \S+-\d+ /.test(event.text)); if (paid) events.push({ day: paid.day + 1, text: `${paid.text.split(' ').slice(0, 2).join(' ')} ${money(10000)}: paid twice by mistake` }); }
  if (mistake === 4) events.push({ day: since + 200, text: 'emial to the team: typo in the kind' });
  if (mistake === 6) events.push({ day: TODAY_DAY + 12, text: `meeting with ${first}: planned review` });

  // Date order; same-day entries with times in time order.
  events.sort((a, b) => a.day - b.day || (timeOf(a) < timeOf(b) ? -1 : timeOf(a) > timeOf(b) ? 1 : 0));

  // ... and one entry pasted out of order.
  if (mistake === 5) events.splice(events.length - 10, 0, { day: since + 40, text: 'note: pasted from the old spreadsheet' });

  const prose = [...new Set([pick(PROSE), pick(PROSE), pick(PROSE)])].join(' ');
  const lines = [...fm, '', `# ${name}`, '', prose, '', '## Log', ''];
  for (const event of events) {
    lines.push(`- ${fmt(event.day)} ${event.text}`);
    if (event.nested) lines.push(`  - ${event.nested}`);
  }
  lines.push('');
  return { id, folder: status === 'former' ? 'archive' : '', text: lines.join('\n') };
}

function timeOf(event) {
  const match = /^(\d{2}:\d{2}) /.exec(event.text);
  return match ? match[1] : '';
}

/**
 * Writes COUNT records under DIR (former clients under archive/); returns { files, bytes, sha256,
 * profile }. `profile`: 'realistic' (the default) or 'heavy' (see the top of this file).
 */
export function generateLedger(dir, count, seed = DEFAULT_SEED, { profile = 'realistic' } = {}) {
  if (!PROFILES.includes(profile)) throw new Error(`unknown profile ${JSON.stringify(profile)}: ${PROFILES.join(' or ')}`);
  mkdirSync(join(dir, 'archive'), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const record = clientRecord(seed, index, profile);
    const data = Buffer.from(record.text, 'utf8');
    const path = `${record.folder ? `${record.folder}/` : ''}${record.id}.md`;
    writeFileSync(join(dir, path), data);
    hash.update(`${path}\0`).update(data);
    bytes += data.length;
  }
  return { files: count, bytes, sha256: hash.digest('hex'), profile };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, countText] = process.argv.slice(2);
  const option = (name) => { const at = process.argv.indexOf(name); return at > 0 ? process.argv[at + 1] : undefined; };
  const seed = option('--seed') === undefined ? DEFAULT_SEED : Number(option('--seed'));
  const profile = option('--profile') ?? 'realistic';
  if (!dir || !/^\d+$/.test(countText ?? '') || !Number.isInteger(seed) || !PROFILES.includes(profile)) {
    console.error(`usage: node bench/generate-ledger.mjs DIR COUNT [--seed N] [--profile ${PROFILES.join('|')}]`);
    process.exit(2);
  }
  const { files, bytes, sha256 } = generateLedger(dir, Number(countText), seed, { profile });
  console.log(`${files} files (${profile}), ${(bytes / 1e6).toFixed(1)} MB in ${dir} (content sha256 ${sha256.slice(0, 16)})`);
}
