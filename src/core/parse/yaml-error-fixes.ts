import { isPair, isScalar, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import type { ProblemFix, SourceRange } from '../model';
import { lineRange } from './source-text';

/** The frontmatter as the YAML parser saw it: its file lines and a way from offsets to file lines. */
export interface YamlSource {
  readonly lines: readonly string[];
  readonly document: Document;
  /** The 0-based file line and column of an offset in the YAML text. */
  placeOf(offset: number): { readonly line: number; readonly column: number };
}

/** Where a YAML error is shown, and the repairs offered for the errors people make by hand. */
export interface YamlErrorPlace {
  /** Instead of the parser's own place (an unclosed quote is reported where the frontmatter ends). */
  readonly range?: SourceRange;
  readonly fixes: ProblemFix[];
}

/**
 * The repairs of a key written twice (remove the later line, or rename the later key), a tab in
 * the indentation (spaces instead), and a quote never closed (closed at the end of its line);
 * no repair for the other errors, whose intent cannot be guessed.
 */
export function yamlErrorFixes(error: YAMLError, source: YamlSource): YamlErrorPlace {
  switch (error.code) {
    case 'DUPLICATE_KEY': return { fixes: duplicateKeyFixes(error.pos[0], source) };
    case 'TAB_AS_INDENT': return { fixes: tabFixes(source.placeOf(error.pos[0]).line, source.lines) };
    case 'MISSING_CHAR': return unclosedQuote(error.pos[0], source) ?? { fixes: [] };
    default: return { fixes: [] };
  }
}

function duplicateKeyFixes(at: number, source: YamlSource): ProblemFix[] {
  const pair = pairWithKeyAt(source.document, at);
  const key = pair && isScalar(pair.key) && pair.key.type === 'PLAIN' ? String(pair.key.source ?? pair.key.value) : undefined;
  if (!pair || key === undefined) return [];
  const { line, column } = source.placeOf(at);
  const text = source.lines[line];
  const fixes: ProblemFix[] = [];
  const valueEnd = (pair.value as Node | null)?.range?.[1] ?? at;
  if (source.placeOf(valueEnd).line === line && !continues(source.lines, line)) {
    fixes.push({ title: `Remove line ${line + 1}, the second ${key} (${text.trim()})`, edits: [{ range: { start: { line: line + 1, column: 1 }, end: { line: line + 2, column: 1 } }, newText: '' }] });
  }
  const renamed = freeName(key, source.document);
  fixes.push({ title: `Rename the second ${key} to ${renamed}`, edits: [{ range: lineRange(line, column, column + key.length), newText: renamed }] });
  return fixes;
}

function pairWithKeyAt(document: Document, at: number): Pair | undefined {
  let found: Pair | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isPair(pair) && (pair.key as Node | null)?.range?.[0] === at) {
        found = pair as Pair;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Whether the next line that is not blank or a comment is indented deeper: it belongs to this key, and removing one line would orphan it. */
function continues(lines: readonly string[], line: number): boolean {
  const indent = indentOf(lines[line]);
  for (let next = line + 1; next < lines.length; next++) {
    const text = lines[next];
    if (text.trim() !== '' && !text.trimStart().startsWith('#')) return indentOf(text) > indent;
  }
  return false;
}

/** `key_2`, or the first `key_N` no key of the frontmatter has. */
function freeName(key: string, document: Document): string {
  const keys = new Set<string>();
  visit(document, { Pair(_, pair) { if (isScalar(pair.key)) keys.add(String(pair.key.value)); } });
  let number = 2;
  while (keys.has(`${key}_${number}`)) number++;
  return `${key}_${number}`;
}

/** The line's indentation with every tab as the frontmatter's indentation step (its smallest space indent, else 2). */
function tabFixes(line: number, lines: readonly string[]): ProblemFix[] {
  const text = lines[line];
  const lead = /^[ \t]*/.exec(text)![0];
  if (!lead.includes('\t')) return [];
  const step = Math.min(...lines.map((candidate) => /^ +(?=\S)/.exec(candidate)?.[0].length ?? Infinity), Infinity);
  const spaces = lead.replace(/\t/g, ' '.repeat(Number.isFinite(step) ? step : 2));
  return [{ title: `Indent line ${line + 1} with spaces instead of tabs`, edits: [{ range: lineRange(line, 0, lead.length), newText: spaces }], preferred: true }];
}

/** A quoted value that runs on to the end of the frontmatter: shown at its opening quote, closed at the end of that line. */
function unclosedQuote(at: number, source: YamlSource): YamlErrorPlace | undefined {
  let scalar: Node | undefined;
  visit(source.document, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === at) {
        scalar = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!scalar?.range || !isScalar(scalar)) return undefined;
  const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : "'";
  const { line, column } = source.placeOf(scalar.range[0]);
  const text = source.lines[line];
  const end = text.trimEnd().length;
  const range = lineRange(line, column, text.length);
  if (quote === '"' && text.slice(0, end).endsWith('\\')) return { range, fixes: [] };
  return { range, fixes: [{ title: `Close the quote at the end of line ${line + 1}`, edits: [{ range: lineRange(line, end, end), newText: quote }], preferred: true }] };
}

function indentOf(text: string): number {
  return /^ */.exec(text)![0].length;
}
