import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError, type YAMLMap } from 'yaml';
import { parseSimpleYaml } from './simple-yaml';
import type { KeyPlace, ReadProblem, SourceRange } from '../model';
import type { FrontmatterBlock } from './frontmatter-block';
import { yamlErrorFixes, type YamlSource } from './yaml-error-fixes';

/** One top-level frontmatter key with its value node and where both sit in the file. */
export interface YamlField {
  readonly key: string;
  readonly node: Node | null;
  readonly place: KeyPlace;
}

export type YamlFieldsResult =
  | { ok: true; fields: Map<string, YamlField>; locate: Locator }
  | { ok: false; problems: ReadProblem[] };

/** Turns a node's offsets in the YAML text into a range in the file. */
export type Locator = (node: Node | null | undefined, fallback: SourceRange) => SourceRange;

const MAX_YAML_BYTES = 256 * 1024;
/** Deeper flow collections (`[[[...]]]`) only make the parser recurse until the stack runs out. */
const MAX_FLOW_DEPTH = 64;

/**
 * Parses the frontmatter with the `yaml` package (YAML 1.2 core schema, so dates stay text)
 * and returns its top-level keys with positions. Errors come back with their exact place.
 */
export function readYamlFields(lines: readonly string[], block: FrontmatterBlock, options: { fullParser?: boolean } = {}): YamlFieldsResult {
  const text = lines.slice(block.start, block.end).join('\n');
  const counter = new LineCounter();
  // The parser may point one past a line's end (at its newline, or past a missing quote): clamp
  // to the line so that every range stays inside the file.
  const toRange = (from: number, to: number): SourceRange => ({
    start: position(counter, from, block.start, lines),
    end: position(counter, Math.max(from, to), block.start, lines),
  });
  if (text.length > MAX_YAML_BYTES) {
    return { ok: false, problems: [problem(toRange(0, 0), `Frontmatter is over ${MAX_YAML_BYTES / 1024} KB; it is not read`)] };
  }
  if (flowDepth(text) > MAX_FLOW_DEPTH) {
    return { ok: false, problems: [problem(toRange(0, 0), `Frontmatter nests [ ] or { } more than ${MAX_FLOW_DEPTH} deep; it is not read`)] };
  }
  // Line starts come from the lines themselves: the parser's own counter misses the break inside
  // a multi-line scalar it rejects, and then points at the wrong line.
  for (let at = 0, index = block.start; index < block.end; at += lines[index].length + 1, index++) counter.addNewLine(at);
  const simple = options.fullParser ? undefined : parseSimpleYaml(lines, block.start, block.end);
  if (simple) {
    return { ok: true, fields: collectFields(simple, undefined, toRange), locate: makeLocator(toRange) };
  }
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, version: '1.2' });
  if (document.errors.length > 0) {
    const source: YamlSource = { lines, document, placeOf: (offset) => filePlace(counter, offset, block.start, lines) };
    return { ok: false, problems: document.errors.map((error) => yamlErrorProblem(error, source, toRange)) };
  }
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { ok: true, fields: new Map(), locate: makeLocator(toRange) };
  }
  if (!isMap(contents)) {
    const what = isSeq(contents) ? 'a list' : 'a single value';
    return {
      ok: false,
      problems: [problem(nodeRange(contents, toRange), `Frontmatter must be a map of keys (client: ..., status: ...), not ${what}`)],
    };
  }
  return { ok: true, fields: collectFields(contents, document, toRange), locate: makeLocator(toRange) };
}

function collectFields(contents: YAMLMap, document: Document | undefined, toRange: (a: number, b: number) => SourceRange): Map<string, YamlField> {
  const fields = new Map<string, YamlField>();
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    if (!isScalar(keyNode) || keyNode.value === null) continue;
    let value = pair.value as Node | null;
    // One level of alias resolution is enough for the flat values a record holds, and it
    // never expands nested aliases, so an alias bomb stays a handful of node look-ups.
    if (isAlias(value)) value = document ? ((value.resolve(document) as Node | undefined) ?? null) : null;
    const key = nodeRange(keyNode, toRange);
    const valueRange = value?.range ? toRange(value.range[0], value.range[1]) : key;
    fields.set(String(keyNode.value), { key: String(keyNode.value), node: value, place: { key, value: valueRange } });
  }
  return fields;
}

/** The deepest nesting of brackets and braces, quoted ones counted too (an upper bound is enough here). */
function flowDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((code === 0x5d || code === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

function makeLocator(toRange: (a: number, b: number) => SourceRange): Locator {
  return (node, fallback) => (node?.range ? toRange(node.range[0], node.range[1]) : fallback);
}

function nodeRange(node: Node, toRange: (a: number, b: number) => SourceRange): SourceRange {
  return node.range ? toRange(node.range[0], node.range[1]) : toRange(0, 0);
}

function position(counter: LineCounter, offset: number, lineOffset: number, lines: readonly string[]) {
  const { line, col } = counter.linePos(offset);
  const fileLine = Math.min(line + lineOffset, lines.length);
  return { line: fileLine, column: Math.min(col, (lines[fileLine - 1]?.length ?? 0) + 1) };
}

function yamlErrorProblem(error: YAMLError, source: YamlSource, toRange: (a: number, b: number) => SourceRange): ReadProblem {
  const place = yamlErrorFixes(error, source);
  const found = problem(place.range ?? toRange(error.pos[0], error.pos[1]), `YAML error: ${firstLine(error.message)}`);
  return place.fixes.length > 0 ? { ...found, fixes: place.fixes } : found;
}

/** 0-based file line and column of an offset in the YAML text. */
function filePlace(counter: LineCounter, offset: number, lineOffset: number, lines: readonly string[]) {
  const { line, col } = counter.linePos(offset);
  return { line: Math.min(line - 1 + lineOffset, lines.length - 1), column: col - 1 };
}

function problem(range: SourceRange, message: string): ReadProblem {
  return { rule: 'frontmatter-invalid', range, message };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The text of a scalar as written (numbers keep their source, so 450.10 stays 450.10). */
export function scalarText(node: Node | null): string | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'object') return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

export { isMap, isScalar, isSeq };
