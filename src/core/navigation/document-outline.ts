import type { DocumentRecord, DocumentStep, SourceRange } from '../model';
import { scanBlocks } from '../markdown/scan-blocks';
import { splitFrontmatter } from '../parse/frontmatter-block';
import { lineRange } from '../parse/source-text';
import { formatDay } from '../values/calendar-day';
import { headingSpan } from './heading-span';
import { keyOutline } from './key-outline';
import { wholeLines, type LineText, type OutlineSymbol } from './outline-symbol';

/** A heading or a step while the tree is built: its children arrive after it. */
interface Node {
  readonly symbol: Omit<OutlineSymbol, 'children' | 'range'>;
  readonly line: number;
  readonly depth: number;
  endLine: number;
  readonly children: Node[];
}

/**
 * A drafted document's outline: its frontmatter (named after its kind, its keys inside), then
 * its headings as a tree (the line scan the parser uses, no markdown parse), each holding the
 * checkbox steps written under it, with whether each is done or when it is due. A heading runs
 * to the line before the next heading of its level or higher, blank lines at its end left out.
 */
export function documentOutline(document: DocumentRecord, lines: readonly string[]): OutlineSymbol[] {
  const split = splitFrontmatter(lines);
  if (split.kind !== 'yaml') return [];
  const lineAt: LineText = (line) => lines[line - 1] ?? '';
  const closing = split.block.end + 1;
  const frontmatter: OutlineSymbol = {
    name: document.kind || 'document',
    detail: document.created === undefined ? document.clientId : `${document.clientId} · ${formatDay(document.created)}`,
    kind: 'record',
    range: wholeLines(lineAt, 1, closing),
    selectionRange: document.places.get('document')?.value ?? lineRange(0, 0, lineAt(1).length),
    children: keyOutline(document.places, lineAt),
  };
  return [frontmatter, ...bodyOutline(document.steps, lines, split.block.end + 1, lineAt)];
}

/** The headings of lines [bodyStart, end) as a tree, and the steps inside the heading above them. */
function bodyOutline(steps: readonly DocumentStep[], lines: readonly string[], bodyStart: number, lineAt: LineText): OutlineSymbol[] {
  const roots: Node[] = [];
  const open: Node[] = [];
  const close = (depth: number, endLine: number) => {
    while (open.length > 0 && open[open.length - 1].depth >= depth) {
      const node = open.pop()!;
      node.endLine = lastText(lines, node.line, endLine);
    }
  };
  const add = (node: Node) => (open.length > 0 ? open[open.length - 1].children : roots).push(node);
  let stepAt = 0;
  const addSteps = (beforeLine: number) => {
    for (; stepAt < steps.length && steps[stepAt].line < beforeLine; stepAt++) add(stepNode(steps[stepAt], lineAt));
  };
  for (const heading of scanBlocks(lines, bodyStart).headings) {
    const line = heading.line + 1;
    addSteps(line);
    close(heading.depth, line - 1);
    const selectionRange = headingSpan(lineAt(line), line);
    const node: Node = { symbol: { name: heading.text.replace(/\s*\n\s*/g, ' ') || '(empty heading)', detail: '', kind: 'heading', selectionRange }, line, depth: heading.depth, endLine: line, children: [] };
    add(node);
    open.push(node);
  }
  addSteps(Infinity);
  close(0, lines.length);
  return roots.map((node) => finish(node, lineAt));
}

/** The last line in [from, to] (1-based) holding more than spaces, or `from`. */
function lastText(lines: readonly string[], from: number, to: number): number {
  let line = to;
  while (line > from && (lines[line - 1] ?? '').trim() === '') line--;
  return Math.max(line, from);
}

function stepNode(step: DocumentStep, lineAt: LineText): Node {
  const text = lineAt(step.line);
  const at = step.text === '' ? -1 : text.lastIndexOf(step.text);
  const selectionRange: SourceRange = at === -1 ? lineRange(step.line - 1, 0, text.length) : lineRange(step.line - 1, at, at + step.text.length);
  const detail = step.done ? 'done' : step.due === undefined ? 'to do' : `due ${formatDay(step.due)}`;
  return { symbol: { name: step.text || '(empty step)', detail, kind: 'step', selectionRange }, line: step.line, depth: Infinity, endLine: step.line, children: [] };
}

function finish(node: Node, lineAt: LineText): OutlineSymbol {
  return { ...node.symbol, range: wholeLines(lineAt, node.line, node.endLine), children: node.children.map((child) => finish(child, lineAt)) };
}
