import type { KeyPlace, SourcePosition } from '../model';
import { lineEnd, type LineText, type OutlineSymbol } from './outline-symbol';

interface KeyNode {
  readonly symbol: Omit<OutlineSymbol, 'children'>;
  readonly children: KeyNode[];
}

/**
 * The frontmatter's keys as a tree, in file order: `contact` holds `name`, `email`...
 * (`places` names a nested key `contact.email`). A key's detail is its value when that fits on
 * its line; a key's range runs to the end of its value, a block's last line included.
 */
export function keyOutline(places: ReadonlyMap<string, KeyPlace>, lineAt: LineText): OutlineSymbol[] {
  const nodes = new Map<string, KeyNode>();
  const roots: KeyNode[] = [];
  const keys = [...places.keys()].sort((a, b) => compare(places.get(a)!.key.start, places.get(b)!.key.start));
  for (const key of keys) {
    const place = places.get(key)!;
    const parent = parentOf(key, nodes);
    const name = parent === undefined ? key : key.slice(parent.length + 1);
    const node = { symbol: keySymbol(name, place, lineAt), children: [] };
    nodes.set(key, node);
    (parent === undefined ? roots : nodes.get(parent)!.children).push(node);
  }
  return roots.map(finish);
}

function finish(node: KeyNode): OutlineSymbol {
  return { ...node.symbol, children: node.children.map(finish) };
}

/** The longest key before a `.` of this one that is a key itself: `contact` for `contact.email`. */
function parentOf(key: string, nodes: ReadonlyMap<string, KeyNode>): string | undefined {
  for (let dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
    const candidate = key.slice(0, dot);
    if (nodes.has(candidate)) return candidate;
  }
  return undefined;
}

function keySymbol(name: string, place: KeyPlace, lineAt: LineText): Omit<OutlineSymbol, 'children'> {
  const { key, value } = place;
  const last = valueLastLine(place);
  const valueEnd = last === value.end.line ? value.end : lineEnd(lineAt, last);
  const end = compare(valueEnd, key.end) > 0 ? valueEnd : key.end;
  const oneLine = value.start.line === key.start.line && value.end.line === key.start.line;
  const detail = oneLine ? lineAt(key.start.line).slice(value.start.column - 1, value.end.column - 1) : '';
  return { name: name || '(empty key)', detail, kind: 'key', range: { start: key.start, end }, selectionRange: key };
}

/** The last line of a key's value: a block value (a nested map or list) ends at the start of the line after it. */
export function valueLastLine({ value }: KeyPlace): number {
  return value.end.column === 1 && value.end.line > value.start.line ? value.end.line - 1 : value.end.line;
}

function compare(a: SourcePosition, b: SourcePosition): number {
  return a.line - b.line || a.column - b.column;
}
