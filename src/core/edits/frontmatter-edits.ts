import { isScalar, parseDocument, stringify } from 'yaml';
import type { ClientRecord, KeyPlace } from '../model';
import { at, editableText, insertAt, type RecordEdit } from './text-edit';

/**
 * Sets a top-level key with a minimal text edit, so comments, quoting, order and blank lines
 * stay as they are: an existing single-line value is replaced in place (its comment kept), a
 * missing key goes on a new line just before the closing `---`. The value is quoted only where
 * YAML would read it otherwise. The new value is selected.
 */
export function setKey(client: ClientRecord, text: string, key: string, raw: string): RecordEdit | undefined {
  const value = yamlScalar(raw);
  const doc = editableText(text);
  const place = client.places.get(key);
  if (place) return replaceValue(doc.lines, place, value);
  const closing = client.layout.frontmatterEnd;
  const position = at(closing, key.length + 3);
  return {
    edits: [insertAt(at(closing, 1), `${key}: ${value}${doc.eol}`)],
    selection: { start: position, end: at(closing, key.length + 3 + value.length) },
  };
}

/**
 * Adds `contact.backup` under a block `contact:` map (after its last line, at its indentation),
 * or a new `contact:` map with it; undefined when `contact` is written in another form.
 */
export function addBackupContact(client: ClientRecord, text: string, placeholder: string): RecordEdit | undefined {
  return setNestedKey(client, text, 'contact', 'backup', placeholder);
}

/**
 * Sets `parent.key` with a minimal text edit: the value in place when the key is there, else a
 * new line at the end of the block map `parent:` (at its keys' indentation, or two spaces under
 * an empty `parent:`), else a new `parent:` map before the closing `---`. Undefined for a
 * `parent` written in another form (a flow map, a list, a value). The new value is selected.
 */
export function setNestedKey(client: ClientRecord, text: string, parent: string, key: string, raw: string): RecordEdit | undefined {
  const value = yamlScalar(raw);
  const doc = editableText(text);
  const existing = client.places.get(`${parent}.${key}`);
  if (existing) return replaceValue(doc.lines, existing, value);
  const map = client.places.get(parent);
  if (!map) {
    const closing = client.layout.frontmatterEnd;
    const column = `  ${key}: `.length + 1;
    return {
      edits: [insertAt(at(closing, 1), `${parent}:${doc.eol}  ${key}: ${value}${doc.eol}`)],
      selection: { start: at(closing + 1, column), end: at(closing + 1, column + value.length) },
    };
  }
  const nested = [...client.places.entries()].filter(([name]) => name.startsWith(`${parent}.`)).map(([, place]) => place);
  const emptyMap = nested.length === 0 && doc.lines[map.key.start.line - 1].slice(map.key.end.column).trim().replace(/^:\s*(#.*)?$/, '') === '';
  if (!emptyMap && (nested.length === 0 || map.value.start.line === map.key.start.line)) return undefined;
  const indent = emptyMap ? map.key.start.column + 1 : nested[0].key.start.column - 1;
  let last = emptyMap ? map.key.start.line : map.value.end.line;
  if (!emptyMap && map.value.end.column === 1) last -= 1;
  while (last > map.key.start.line && doc.lines[last - 1].trim() === '') last -= 1;
  const line = last + 1;
  const column = indent + `${key}: `.length + 1;
  return {
    edits: [insertAt(at(line, 1), `${' '.repeat(indent)}${key}: ${value}${doc.eol}`)],
    selection: { start: at(line, column), end: at(line, column + value.length) },
  };
}

/** Words and paths that YAML reads as the same text (a letter first, no `: `, ` #` or quotes). */
const PLAIN_TEXT = /^[A-Za-z_/][\w./@+()-]*(?: [\w./@+()-]+)*$/;
const YAML_WORDS = /^(?:null|true|false)$/i;

/**
 * The value as it is typed where it reads back as the same text (`5`, `none`, `2026-12-01`),
 * else quoted by YAML (`a #b`, ` x`, `1.50`, a line break).
 */
export function yamlScalar(value: string): string {
  if (PLAIN_TEXT.test(value) && !YAML_WORDS.test(value)) return value;
  const plain = parseDocument(`x: ${value}\n`, { version: '1.2' });
  const read = plain.errors.length === 0 ? plain.get('x', true) : undefined;
  if (isScalar(read) && read.value !== null && String(read.value) === value && !/[\r\n]/.test(value)) return value;
  return stringify(value, { version: '1.2', lineWidth: 0 }).trimEnd();
}

function replaceValue(lines: readonly string[], place: KeyPlace, value: string): RecordEdit | undefined {
  const { start, end } = place.value;
  if (start.line !== end.line || place.key.start.line !== start.line) return undefined;
  if (lines[start.line - 1].slice(start.column - 1, end.column - 1).trim() === value) return undefined;
  if (start.column === end.column) {
    const keyEnd = place.key.end;
    const valueStart = at(start.line, keyEnd.column + 2);
    const spacer = start.column - 1 < lines[start.line - 1].length ? ' ' : '';
    return { edits: [{ range: { start: keyEnd, end: start }, newText: `: ${value}${spacer}` }], selection: { start: valueStart, end: at(start.line, valueStart.column + value.length) } };
  }
  return { edits: [{ range: place.value, newText: value }], selection: { start, end: at(start.line, start.column + value.length) } };
}

/**
 * Sets several top-level keys at once: values in place where the key exists, and the missing
 * keys together on new lines before the closing `---` (one insertion, so their order holds).
 */
export function setKeys(client: ClientRecord, text: string, values: readonly (readonly [string, string])[]): RecordEdit | undefined {
  const doc = editableText(text);
  const edits = values.flatMap(([key, value]) => (client.places.has(key) ? setKey(client, text, key, value)?.edits ?? [] : []));
  const missing = values.filter(([key]) => !client.places.has(key));
  if (missing.length > 0) {
    const lines = missing.map(([key, value]) => `${key}: ${yamlScalar(value)}${doc.eol}`).join('');
    edits.push(insertAt(at(client.layout.frontmatterEnd, 1), lines));
  }
  return edits.length > 0 ? { edits } : undefined;
}
