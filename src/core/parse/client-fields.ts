import type { Node, YAMLMap } from 'yaml';
import { DEFAULT_THRESHOLDS, isThresholdKey, parseThreshold, type ThresholdOverrides } from '../thresholds';
import { parseDay, type Day } from '../values/calendar-day';
import { parseDuration, type Duration } from '../values/duration';
import { isCurrencyCode, parseMoney, type Money } from '../values/money';
import { parseLateFeePolicy, type LateFeePolicy } from '../values/late-fee-policy';
import { parseWorkingHours, type WorkingHours } from '../values/working-hours';
import { parseRetainerHours, type RetainerHours } from '../values/retainer-hours';
import { STATUSES, type Contact, type KeyPlace, type ProblemFix, type ReadProblem, type SourceRange, type Status } from '../model';
import { isMap, isScalar, isSeq, scalarText, type Locator, type YamlField } from './yaml-fields';
import { closestWord } from './closest-word';
import { renameKeyFix, replaceFix } from './problem-fixes';

export const CLIENT_KEYS = [
  'client', 'status', 'since', 'contact', 'currency', 'rate', 'terms', 'notice', 'deposit', 'retainer',
  'minimum_hours', 'services', 'agreement', 'hours', 'hold_until', 'notice_given', 'end', 'thresholds',
  'owner', 'snooze', 'late_fee', 'retainer_hours',
] as const;
const CONTACT_KEYS = ['name', 'email', 'phone', 'backup'] as const;

/** Reads and validates frontmatter values, remembering every problem with its exact place. */
export class FieldReader {
  readonly problems: ReadProblem[] = [];
  readonly places = new Map<string, KeyPlace>();

  constructor(
    private readonly fields: ReadonlyMap<string, YamlField>,
    private readonly locate: Locator,
  ) {
    for (const [key, field] of fields) this.places.set(key, field.place);
  }

  has(key: string): boolean {
    return this.fields.has(key);
  }

  place(key: string): KeyPlace | undefined {
    return this.fields.get(key)?.place;
  }

  /** Text value; numbers and booleans are taken as written. Null or empty means absent. */
  text(key: string): string | undefined {
    const field = this.present(key);
    if (!field) return undefined;
    const text = scalarText(field.node);
    if (text === undefined) return this.fail(field, `${key} must be text`);
    return text.trim() === '' ? undefined : text.trim();
  }

  day(key: string): Day | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    return parseDay(text) ?? this.fail(this.fields.get(key)!, `${key} must be a date YYYY-MM-DD, not "${text}"`);
  }

  status(): Status {
    const text = this.text('status');
    if (text === undefined) return 'active';
    if ((STATUSES as readonly string[]).includes(text)) return text as Status;
    const field = this.fields.get('status')!;
    const hint = closestWord(text, STATUSES);
    const fixes = hint ? [replaceFix(field.place.value, text, hint)] : undefined;
    this.fail(field, `status "${text}" is not one of ${STATUSES.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`, fixes);
    return 'active';
  }

  currency(fallback: string): string {
    const text = this.text('currency');
    if (text === undefined) return fallback;
    if (isCurrencyCode(text.toUpperCase())) return text.toUpperCase();
    this.fail(this.fields.get('currency')!, `currency must be an ISO 4217 code such as USD, EUR or GBP, not "${text}"`);
    return fallback;
  }

  terms(): number {
    const text = this.text('terms');
    if (text === undefined) return 14;
    const match = /^(?:net\s*)?(\d{1,4})(?:\s*days?)?$/i.exec(text);
    if (match) return Number(match[1]);
    this.fail(this.fields.get('terms')!, `terms must be "net N" or a number of days, not "${text}"`);
    return 14;
  }

  duration(key: string, fallback: Duration): Duration {
    const text = this.text(key);
    if (text === undefined) return fallback;
    const duration = parseDuration(text);
    if (duration) return duration;
    this.fail(this.fields.get(key)!, `${key} must be a duration such as 2 weeks, 10 days, 1 month or 2w, not "${text}"`);
    return fallback;
  }

  /** An amount, or the word `none`. */
  policyAmount(key: string, currency: string): Money | 'none' | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    if (text.toLowerCase() === 'none') return 'none';
    const parsed = parseMoney(text, currency);
    if (parsed.ok) return parsed.money;
    return this.fail(this.fields.get(key)!, `${key} must be an amount or none: ${parsed.reason}`);
  }

  /** The `late_fee` policy, or `none`. */
  lateFee(currency: string): LateFeePolicy | 'none' | undefined {
    const text = this.text('late_fee');
    if (text === undefined) return undefined;
    const parsed = parseLateFeePolicy(text, currency);
    if (parsed.ok) return parsed.policy;
    return this.fail(this.fields.get('late_fee')!, `late_fee: ${parsed.reason}`);
  }

  /** Hours a week, up to 168; 0 is "no minimum", read as if the key were left out. */
  hoursPerWeek(key: string): number | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const hours = /^\d{1,3}(?:\.\d{1,2})?$/.test(text) ? Number(text) : NaN;
    if (hours === 0) return undefined;
    if (hours > 0 && hours <= 168) return hours;
    return this.fail(this.fields.get(key)!, `${key} must be a number of hours per week from 0 (no minimum) to 168, e.g. 10, not "${text}"`);
  }

  /** Hours a week or a month: `10/month`, `7.5/week`, `10 hours a month`. */
  retainerHours(): RetainerHours | undefined {
    const text = this.text('retainer_hours');
    if (text === undefined) return undefined;
    const hours = parseRetainerHours(text);
    if (hours) return hours;
    return this.fail(this.fields.get('retainer_hours')!, `retainer_hours must be hours a week or a month, e.g. 10/month, 7.5/week or 10 hours a month, not "${text}"`);
  }

  workingHours(): WorkingHours | undefined {
    const text = this.text('hours');
    if (text === undefined) return undefined;
    return parseWorkingHours(text) ?? this.fail(this.fields.get('hours')!, `hours must look like "Mon-Fri 09:00-17:00", not "${text}"`);
  }

  textList(key: string): string[] {
    const field = this.present(key);
    if (!field) return [];
    if (!isSeq(field.node)) {
      const single = scalarText(field.node);
      if (single !== undefined) return [single];
      this.fail(field, `${key} must be a list of text`);
      return [];
    }
    return field.node.items.map((item) => scalarText(item as Node)).filter((item): item is string => item !== undefined);
  }

  contact(): Contact | undefined {
    const field = this.present('contact');
    if (!field) return undefined;
    if (!isMap(field.node)) {
      const text = scalarText(field.node);
      if (text !== undefined) return { name: text };
      return this.fail(field, 'contact must be a map with name, email, phone and backup');
    }
    const contact: Record<string, string> = {};
    for (const pair of field.node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = scalarText(pair.value as Node);
      const keyRange = this.locate(pair.key as Node, field.place.key);
      if ((CONTACT_KEYS as readonly string[]).includes(key) && value !== undefined && value.trim() !== '') {
        contact[key] = value.trim();
        this.places.set(`contact.${key}`, { key: keyRange, value: this.locate(pair.value as Node, keyRange) });
      } else if (!(CONTACT_KEYS as readonly string[]).includes(key)) {
        this.unknownKey(key, CONTACT_KEYS, keyRange, field.node, 'contact.');
      }
    }
    return contact;
  }

  thresholds(): ThresholdOverrides {
    const overrides: Record<string, number> = {};
    this.eachMapEntry('thresholds', (key, node, keyRange, siblings) => {
      if (!isThresholdKey(key)) return this.unknownKey(key, Object.keys(DEFAULT_THRESHOLDS), keyRange, siblings, 'thresholds.', 'threshold', true);
      const parsed = parseThreshold(key, scalarText(node) ?? null);
      if (parsed.ok) Object.assign(overrides, parsed.values);
      else this.problems.push({ rule: 'frontmatter-invalid', range: this.locate(node, keyRange), message: parsed.reason });
    });
    return overrides;
  }

  snooze(knownRules: readonly string[]): Map<string, Day> {
    const snoozed = new Map<string, Day>();
    this.eachMapEntry('snooze', (rule, node, keyRange, siblings) => {
      if (!knownRules.includes(rule)) return this.unknownKey(rule, knownRules, keyRange, siblings, 'snooze.', 'rule id', true);
      const text = scalarText(node);
      const day = text === undefined ? undefined : parseDay(text.trim());
      if (day === undefined) {
        this.problems.push({ rule: 'frontmatter-invalid', range: this.locate(node, keyRange), message: `snooze.${rule} must be a date YYYY-MM-DD` });
      } else snoozed.set(rule, day);
    });
    return snoozed;
  }

  /** A hint for keys that look like a typo of a known one; other unknown keys are kept silently. */
  unknownKeys(known: readonly string[]): void {
    for (const [key, field] of this.fields) {
      if (!known.includes(key)) this.unknownKey(key, known, field.place.key, this.fields, '');
    }
  }

  private eachMapEntry(key: string, visit: (key: string, node: Node | null, keyRange: SourceRange, siblings: YAMLMap) => void): void {
    const field = this.present(key);
    if (!field) return;
    if (!isMap(field.node)) {
      this.fail(field, `${key} must be a map (one "name: value" per line)`);
      return;
    }
    for (const pair of field.node.items) {
      if (!isScalar(pair.key)) continue;
      const keyRange = this.locate(pair.key as Node, field.place.key);
      this.places.set(`${key}.${String(pair.key.value)}`, { key: keyRange, value: this.locate(pair.value as Node, keyRange) });
      visit(String(pair.key.value), pair.value as Node | null, keyRange, field.node);
    }
  }

  /** A rename is offered only when the map has no such key yet (renaming would write it twice). */
  private unknownKey(key: string, known: readonly string[], range: SourceRange, siblings: { has(key: string): boolean }, prefix: string, noun = 'key', always = false): void {
    const guess = closestWord(key, known);
    if (!guess && !always) return;
    const message = `Unknown ${noun} ${prefix}${key}${guess ? `: did you mean ${prefix}${guess}?` : ''}`;
    if (guess && !siblings.has(guess)) this.problems.push({ rule: 'key-unknown', range, message, fixes: [renameKeyFix(range, key, guess, prefix)] });
    else this.problems.push({ rule: 'key-unknown', range, message });
  }

  private present(key: string): YamlField | undefined {
    const field = this.fields.get(key);
    if (!field || field.node === null || (isScalar(field.node) && field.node.value === null)) return undefined;
    return field;
  }

  private fail(field: YamlField, message: string, fixes?: ProblemFix[]): undefined {
    this.problems.push(fixes ? { rule: 'frontmatter-invalid', range: field.place.value, message, fixes } : { rule: 'frontmatter-invalid', range: field.place.value, message });
    return undefined;
  }
}
