/**
 * A log note about the client, turned to the person a letter is addressed to: their names
 * become "you", he/she/his/her become you/your, the verb agrees ("you were", "you want"), and a
 * note that starts with a verb ("asked why ...", "wants weekend cover") gets its subject. The
 * notes are short and written by the assistant, so plain word rules are enough; the record of
 * the decision keeps the log's own words.
 */
export function toReader(text: string, names: readonly string[]): string {
  let result = replaceNames(text, names);
  result = result.replace(/\b(himself|herself|he|she|him|his|hers|her)\b(?=\s*(\S*))/gi, (_match, word: string, next: string) => keepCase(word, pronoun(word.toLowerCase(), next)));
  result = result.replace(/\b(you|You) ([a-z']+)\b/g, (_match, you: string, verb: string) => `${you} ${agree(verb)}`);
  const [, first, next] = /^([a-z']+)\b\s*([a-z']*)/.exec(result) ?? [];
  if (first !== undefined && startsWithVerb(first, next)) result = `you ${agree(first)}${result.slice(first.length)}`;
  return result;
}

function replaceNames(text: string, names: readonly string[]): string {
  const words = [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const pattern = new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})('s|’s)?\\b`, 'g');
  return text.replace(pattern, (_match, possessive: string | undefined) => (possessive ? 'your' : 'you'));
}

/** After "her", these words mean it is the object ("told her the date"), not "her team". */
const AFTER_OBJECT = new Set([
  '', 'to', 'for', 'about', 'and', 'or', 'but', 'that', 'the', 'a', 'an', 'on', 'in', 'at', 'with', 'by', 'from', 'if',
  'when', 'again', 'twice', 'back', 'up', 'down', 'off', 'out', 'over', 'yesterday', 'today', 'this', 'my', 'our', 'it',
  'so', 'because', 'as', 'since', 'before', 'after', 'until', 'now', 'then', 'last', 'every', 'some', 'any', 'all',
]);

function pronoun(word: string, next: string): string {
  switch (word) {
    case 'himself':
    case 'herself': return 'yourself';
    case 'he':
    case 'she':
    case 'him': return 'you';
    case 'hers': return 'yours';
    case 'his': return /^[a-z]/i.test(next) ? 'your' : 'yours';
    default: return AFTER_OBJECT.has(next.toLowerCase().replace(/[^a-z]/g, '')) ? 'you' : 'your';
  }
}

const AGREEMENT: Readonly<Record<string, string>> = {
  is: 'are', was: 'were', has: 'have', does: 'do', goes: 'go', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
  "doesn't": "don't", tries: 'try', replies: 'reply', misses: 'miss', pushes: 'push', watches: 'watch', cancels: 'cancel',
};

/** Third-person verbs a note about the client often starts with. */
const THIRD_PERSON = new Set([
  'wants', 'needs', 'says', 'asks', 'expects', 'insists', 'keeps', 'calls', 'sends', 'refuses', 'demands', 'writes',
  'likes', 'prefers', 'thinks', 'knows', 'seems', 'gets', 'makes', 'takes', 'tells', 'uses', 'ignores', 'changes',
  'complains', 'shouts', 'blames', 'questions', 'threatens', 'mocks', 'criticises', 'criticizes', 'interrupts',
]);

function agree(verb: string): string {
  const lower = verb.toLowerCase();
  if (Object.hasOwn(AGREEMENT, lower)) return AGREEMENT[lower];
  return THIRD_PERSON.has(lower) ? lower.slice(0, -1) : verb;
}

/** After is/was/has/does, these words make a question ("is it done?"), not a note about the client. */
const QUESTION_SUBJECTS = new Set(['it', 'this', 'that', 'there', 'the', 'a', 'an', 'we', 'i', 'you', 'they', 'my', 'our', 'your']);

/** A note that starts with a verb about the client: a past form (`asked`, `missed`), a third-person one, or was/is/has before anything but a subject. */
function startsWithVerb(word: string, next: string): boolean {
  if (Object.hasOwn(AGREEMENT, word)) return !QUESTION_SUBJECTS.has(next);
  return THIRD_PERSON.has(word) || (/^[a-z]{3,}ed$/.test(word) && !NOT_VERBS.has(word));
}

const NOT_VERBS = new Set(['need', 'seed', 'speed', 'feed', 'bed', 'red', 'bred', 'shed', 'hundred', 'sacred', 'wicked', 'naked']);

function keepCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
