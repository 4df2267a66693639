import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * The frontmatter most records have, read without the full YAML parser: top-level `key: value`
 * lines and one level of `  key: value` maps or `  - item` lists, whose values are plain text,
 * quoted text without escapes, or a one-line flow list of plain text; comments and blank lines.
 * It returns what `yaml` would (the same values, keys and offsets), or undefined as soon as a
 * line is anything else or YAML might read it otherwise (a key such as `True:`, a null or a pair
 * in a flow list, a blank other than space and tab where blanks matter, a duplicate key...), and
 * then the full parser reads the text. test/parse/simple-yaml-exact.test.ts proves it against
 * the official YAML test suite and a seeded differential fuzz.
 */
export function parseSimpleYaml(lines: readonly string[], start: number, end: number): YAMLMap | undefined {
  const root = new YAMLMap();
  const keys = new Set<string>();
  let offset = 0;
  let parent: { pair: Pair; indent: number; kind?: 'map' | 'seq'; childKeys: Set<string> } | undefined;
  const total = totalLength(lines, start, end);
  for (let index = start; index < end; index++) {
    const line = lines[index];
    const lineStart = offset;
    offset += line.length + 1;
    const indent = leadingSpaces(line);
    if (indent < 0) return undefined;
    if (indent === line.length) continue;
    if (line.charCodeAt(indent) === 0x23) {
      // yaml stretches a block's range over a deeper comment after its items: not followed here.
      if (parent && parent.indent !== -1 && indent > parent.indent) return undefined;
      continue;
    }
    if (indent === 0) {
      const entry = keyValue(line, 0, lineStart);
      if (!entry || keys.has(entry.key)) return undefined;
      keys.add(entry.key);
      const pair = new Pair(entry.keyNode, entry.value);
      root.items.push(pair);
      parent = entry.empty ? { pair, indent: -1, childKeys: new Set() } : undefined;
      continue;
    }
    if (!parent || (parent.indent !== -1 && parent.indent !== indent)) return undefined;
    parent.indent = indent;
    const lineEnd = Math.min(lineStart + line.length + 1, total);
    if (line.startsWith('- ', indent)) {
      if (parent.kind === 'map') return undefined;
      const item = valueNode(line, indent + 2, lineStart);
      if (!(item instanceof Scalar) || item.value === null) return undefined;
      const seq = parent.kind === 'seq' ? (parent.pair.value as YAMLSeq) : startCollection(parent, new YAMLSeq(), lineStart + indent);
      parent.kind = 'seq';
      seq.items.push(item);
      seq.range![1] = seq.range![2] = lineEnd;
      continue;
    }
    if (parent.kind === 'seq') return undefined;
    const entry = keyValue(line, indent, lineStart);
    if (!entry || entry.empty || parent.childKeys.has(entry.key)) return undefined;
    parent.childKeys.add(entry.key);
    const map = parent.kind === 'map' ? (parent.pair.value as YAMLMap) : startCollection(parent, new YAMLMap(), lineStart + indent);
    parent.kind = 'map';
    map.items.push(new Pair(entry.keyNode, entry.value));
    map.range![1] = map.range![2] = lineEnd;
  }
  return root;
}

function startCollection<T extends YAMLMap | YAMLSeq>(parent: { pair: Pair }, collection: T, at: number): T {
  collection.range = [at, at, at];
  parent.pair.value = collection;
  return collection;
}

/** A plain key that the core schema reads as text: not a boolean or null (`True:`, `null:`). */
const KEY = /^(?!(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$)[A-Za-z_][\w-]*$/;

/** YAML limits an implicit key to 1024 characters, and yaml counts in the line break after an empty value. */
const MAX_KEY_LENGTH = 1023;

function keyValue(line: string, indent: number, lineStart: number) {
  const colon = line.indexOf(':', indent);
  if (colon === -1 || colon - indent > MAX_KEY_LENGTH) return undefined;
  const key = line.slice(indent, colon);
  if (!KEY.test(key)) return undefined;
  const after = line.charCodeAt(colon + 1);
  if (colon + 1 < line.length && after !== 0x20 && after !== 0x09) return undefined;
  const keyNode = new Scalar(key);
  keyNode.range = [lineStart + indent, lineStart + colon, lineStart + colon];
  keyNode.source = key;
  const value = valueNode(line, colon + 1, lineStart);
  if (!value) return undefined;
  return { key, keyNode, value, empty: value instanceof Scalar && value.value === null && isBlankOrComment(line, colon + 1) };
}

/** A plain or simply quoted scalar, or a one-line flow list of plain scalars, up to the end of the line. */
function valueNode(line: string, from: number, lineStart: number): Scalar | YAMLSeq | undefined {
  let begin = from;
  while (begin < line.length && isSpace(line.charCodeAt(begin))) begin++;
  const first = line[begin];
  if (first === '"' || first === "'") return quotedScalar(line, begin, lineStart);
  if (first === '[') return flowList(line, begin, lineStart);
  return plainScalar(line, from, lineStart);
}

function quotedScalar(line: string, begin: number, lineStart: number): Scalar | undefined {
  const quote = line[begin];
  const close = line.indexOf(quote, begin + 1);
  if (close === -1 || !endsClean(line, close + 1)) return undefined;
  const text = line.slice(begin + 1, close);
  if (quote === '"' && text.includes('\\')) return undefined;
  const node = new Scalar(text);
  node.range = [lineStart + begin, lineStart + close + 1, lineStart + line.length + 1];
  node.source = text;
  node.type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  return node;
}

/** A one-line flow list of plain text items; anything YAML reads otherwise (null, a pair, a nested collection) falls back. */
function flowList(line: string, begin: number, lineStart: number): YAMLSeq | undefined {
  const close = line.indexOf(']', begin);
  if (close === -1 || !endsClean(line, close + 1)) return undefined;
  if (/["'[\]{}#&*!|>]/.test(line.slice(begin + 1, close))) return undefined;
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.range = [lineStart + begin, lineStart + close + 1, lineStart + close + 1];
  if (skipBlanks(line, begin + 1) === close) return seq;
  for (let at = begin + 1; at <= close; ) {
    const comma = line.indexOf(',', at);
    const end = comma === -1 || comma > close ? close : comma;
    const from = skipBlanks(line, at);
    let to = end;
    while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
    const text = line.slice(from, to);
    if (text === '' || !plainStart(text) || FLOW_PAIR.test(text) || isNullWord(text)) return undefined;
    const item = new Scalar(text);
    item.range = [lineStart + from, lineStart + to, lineStart + to];
    item.source = text;
    seq.items.push(item);
    at = end + 1;
  }
  return seq;
}

/** A colon before a blank or the end makes a flow item a pair (`[a: b]`, `[a:\tb]`, `[a:]`). */
const FLOW_PAIR = /:(?:[ \t]|$)/;

/** After a closing quote or bracket: nothing, blanks, or a comment that follows a blank (YAML's blanks are space and tab only). */
function endsClean(line: string, from: number): boolean {
  const rest = skipBlanks(line, from);
  return rest === line.length || (rest > from && line.charCodeAt(rest) === 0x23);
}

/** A plain scalar from `from` to the end of the line (a trailing comment allowed), or undefined. */
function plainScalar(line: string, from: number, lineStart: number): Scalar | undefined {
  let begin = from;
  while (begin < line.length && (line.charCodeAt(begin) === 0x20 || line.charCodeAt(begin) === 0x09)) begin++;
  let stop = line.length;
  for (let at = begin; at < line.length; at++) {
    const code = line.charCodeAt(at);
    if (code === 0x23 && at > begin && isSpace(line.charCodeAt(at - 1))) {
      stop = at;
      break;
    }
    if (code === 0x23 && at === begin) {
      stop = at;
      break;
    }
    if (code === 0x3a && (at + 1 === line.length || isSpace(line.charCodeAt(at + 1)))) return undefined;
  }
  let last = stop;
  while (last > begin && isSpace(line.charCodeAt(last - 1))) last--;
  const text = line.slice(begin, last);
  if (text !== '' && !plainStart(text)) return undefined;
  const node = new Scalar(text === '' || isNullWord(text) ? null : text);
  node.range = [lineStart + begin, lineStart + last, lineStart + line.length + 1];
  node.source = text;
  return node;
}

function plainStart(text: string): boolean {
  const first = text.charCodeAt(0);
  if ('?:,[]{}#&*!|>\'"%@`'.includes(text[0])) return false;
  if (first === 0x2d) return text.length > 1 && text.charCodeAt(1) >= 0x30 && text.charCodeAt(1) <= 0x39;
  return true;
}

/** The core schema's null, other than the empty value. */
function isNullWord(text: string): boolean {
  return text === '~' || text === 'null' || text === 'Null' || text === 'NULL';
}

function isBlankOrComment(line: string, from: number): boolean {
  const rest = skipBlanks(line, from);
  return rest === line.length || line.charCodeAt(rest) === 0x23;
}

function skipBlanks(line: string, from: number): number {
  let at = from;
  while (at < line.length && isSpace(line.charCodeAt(at))) at++;
  return at;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** Spaces before the first other character; -1 when a tab is part of the indentation. */
function leadingSpaces(line: string): number {
  let count = 0;
  while (count < line.length && line.charCodeAt(count) === 0x20) count++;
  return line.charCodeAt(count) === 0x09 ? -1 : count;
}

function totalLength(lines: readonly string[], start: number, end: number): number {
  let length = -1;
  for (let index = start; index < end; index++) length += lines[index].length + 1;
  return Math.max(length, 0);
}

