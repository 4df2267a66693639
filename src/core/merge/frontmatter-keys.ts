import { isMap, isScalar, parseDocument } from 'yaml';

/** One top-level key of the frontmatter: the comments and blank lines above it, its line and its continuation lines. */
export interface KeyBlock {
  readonly key: string;
  readonly lines: string[];
}

export interface FrontmatterKeys {
  readonly blocks: KeyBlock[];
  /** Comments and blank lines after the last key. */
  readonly tail: string[];
}

const KEY_LINE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#:\-][^:]*?|-[^\s:][^:]*?)[ \t]*:(?:[ \t]|$)/;
const COMMENT_OR_BLANK = /^(?:#.*|[ \t]*)$/;

/**
 * The frontmatter's YAML lines cut into one block per top-level key, or undefined when the cut
 * does not give the keys the YAML parser sees (then the caller merges the frontmatter as text).
 */
export function frontmatterKeys(yamlLines: readonly string[]): FrontmatterKeys | undefined {
  const blocks: { key: string; lines: string[] }[] = [];
  let pending: string[] = [];
  for (const line of yamlLines) {
    const key = KEY_LINE.exec(line);
    if (key) {
      blocks.push({ key: unquote(key[1]), lines: [...pending, line] });
      pending = [];
    } else if (COMMENT_OR_BLANK.test(line) || blocks.length === 0) pending.push(line);
    else {
      blocks[blocks.length - 1].lines.push(...pending, line);
      pending = [];
    }
  }
  const cut = { blocks, tail: pending };
  return sameKeys(blocks.map((block) => block.key), parsedKeys(yamlLines)) ? cut : undefined;
}

function unquote(key: string): string {
  if (key.startsWith('"')) return JSON.parse(key) as string;
  if (key.startsWith("'")) return key.slice(1, -1).replace(/''/g, "'");
  return key;
}

function parsedKeys(yamlLines: readonly string[]): string[] | undefined {
  const document = parseDocument(yamlLines.join('\n'));
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const keys: string[] = [];
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) return undefined;
    keys.push(String(pair.key.value));
  }
  return keys;
}

function sameKeys(cut: readonly string[], parsed: readonly string[] | undefined): boolean {
  return parsed !== undefined && cut.length === parsed.length && cut.every((key, index) => key === parsed[index]);
}
