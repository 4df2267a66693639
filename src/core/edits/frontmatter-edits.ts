import type { ClientRecord } from '../model';
import { at, editableText, insertAt, type RecordEdit } from './text-edit';

/**
 * Sets a top-level key with a minimal text edit, so comments, quoting, order and blank lines
 * stay as they are: an existing single-line value is replaced in place (its comment kept), a
 * missing key goes on a new line just before the closing `---`. The new value is selected.
 */
export function setKey(client: ClientRecord, text: string, key: string, value: string): RecordEdit | undefined {
  const doc = editableText(text);
  const place = client.places.get(key);
  if (place) {
    const { start, end } = place.value;
    if (start.line !== end.line || place.key.start.line !== start.line) return undefined;
    const line = doc.lines[start.line - 1];
    if (line.slice(start.column - 1, end.column - 1).trim() === value) return undefined;
    if (start.column === end.column) {
      // An empty value: rewrite from the end of the key, so `key:` becomes `key: value`.
      const keyEnd = place.key.end;
      const spacer = start.column - 1 < line.length ? ' ' : '';
      const valueStart = at(start.line, keyEnd.column + 2);
      return {
        edits: [{ range: { start: keyEnd, end: start }, newText: `: ${value}${spacer}` }],
        selection: { start: valueStart, end: at(start.line, valueStart.column + value.length) },
      };
    }
    const selection = { start, end: at(start.line, start.column + value.length) };
    return { edits: [{ range: place.value, newText: value }], selection };
  }
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
  const doc = editableText(text);
  const contact = client.places.get('contact');
  if (!contact) {
    const closing = client.layout.frontmatterEnd;
    const start = at(closing + 1, 11);
    return {
      edits: [insertAt(at(closing, 1), `contact:${doc.eol}  backup: ${placeholder}${doc.eol}`)],
      selection: { start, end: at(closing + 1, 11 + placeholder.length) },
    };
  }
  const nested = [...client.places.entries()].filter(([key]) => key.startsWith('contact.')).map(([, place]) => place);
  if (nested.length === 0 || contact.value.start.line === contact.key.start.line) return undefined;
  const indent = nested[0].key.start.column - 1;
  let last = contact.value.end.line;
  if (contact.value.end.column === 1) last -= 1;
  while (last > contact.key.start.line && doc.lines[last - 1].trim() === '') last -= 1;
  const line = last + 1;
  const column = indent + 'backup: '.length + 1;
  return {
    edits: [insertAt(at(line, 1), `${' '.repeat(indent)}backup: ${placeholder}${doc.eol}`)],
    selection: { start: at(line, column), end: at(line, column + placeholder.length) },
  };
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
    const lines = missing.map(([key, value]) => `${key}: ${value}${doc.eol}`).join('');
    edits.push(insertAt(at(client.layout.frontmatterEnd, 1), lines));
  }
  return edits.length > 0 ? { edits } : undefined;
}
