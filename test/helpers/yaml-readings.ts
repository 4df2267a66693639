import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseOptions } from '../../src/core/load-ledger';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { parseSimpleYaml } from '../../src/core/parse/simple-yaml';
import { splitLines } from '../../src/core/parse/source-text';
import { readYamlFields, scalarText, type Locator } from '../../src/core/parse/yaml-fields';

// What the engine reads from a frontmatter, through the fast path and through the full parser
// (ParseOptions.fullYaml), as comparable JSON.

export function asJson(value: unknown): string {
  return JSON.stringify(value, (_key, item) => (item instanceof Map ? [...item.entries()] : item instanceof Set ? [...item] : item));
}

/** The fields of a YAML text read as a whole frontmatter (every node: its text, null or not, its range), or its problems. */
export function fieldsReading(yamlText: string, fullParser: boolean): string {
  const lines = splitLines(yamlText);
  const read = readYamlFields(lines, { start: 0, end: lines.length }, { fullParser });
  if (!read.ok) return asJson(read);
  return asJson([...read.fields.values()].map((field) => ({ key: field.key, place: field.place, node: nodeReading(field.node, read.locate) })));
}

function nodeReading(node: Node | null, locate: Locator): unknown {
  const range = locate(node, { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } });
  if (isMap(node)) {
    return { range, map: node.items.map((pair) => ({ key: isScalar(pair.key) ? String(pair.key.value) : nodeReading(pair.key as Node, locate), keyRange: locate(pair.key as Node, range), value: nodeReading(pair.value as Node, locate) })) };
  }
  if (isSeq(node)) return { range, seq: node.items.map((item) => nodeReading(item as Node, locate)) };
  if (isScalar(node)) return { range, text: scalarText(node), isNull: node.value === null };
  return { range, other: node === null ? null : String(node) };
}

/** A client ledger file with this YAML as its frontmatter, and a log. */
export function ledgerFile(yamlText: string): string {
  return `---\n${yamlText}${yamlText.endsWith('\n') ? '' : '\n'}---\n\n## Log\n\n- 2026-11-01 note: x\n`;
}

/** Everything the engine reads from a ledger file: the record, its places and its findings. */
export function fileReading(text: string, fullYaml: boolean): string {
  return asJson(parseLedgerText('clients/acme.md', text, { ...parseOptions(), fullYaml }));
}

/**
 * Where the fast path reads a YAML text otherwise than the full parser: as a whole frontmatter,
 * as a ledger file's frontmatter, and the same after a first line `client: ...` (so that the
 * record's values and findings are read too). Empty when they agree.
 */
export function readingDifferences(yamlText: string): string[] {
  const differences: string[] = [];
  if (fieldsReading(yamlText, false) !== fieldsReading(yamlText, true)) differences.push('fields');
  for (const [label, text] of [['file', yamlText], ['record', `client: Acme\n${yamlText}`]]) {
    const file = ledgerFile(text);
    if (fileReading(file, false) !== fileReading(file, true)) differences.push(label);
  }
  return differences;
}

/** Whether the fast path reads this YAML text itself, as a whole frontmatter. */
export function takesFastPath(yamlText: string): boolean {
  const lines = splitLines(yamlText);
  return parseSimpleYaml(lines, 0, lines.length) !== undefined;
}
