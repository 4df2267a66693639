import type { AlignType, Table, TableCell } from 'mdast';
import type { ConstructName, Handle, Info, State, Unsafe } from 'mdast-util-to-markdown' with { 'resolution-mode': 'import' };

/**
 * GFM tables for the markdown writer, without a dependency: cells are serialised as phrasing
 * (so record text is escaped, and a `|` in it too), then padded so the columns line up in the
 * plain text; right-aligned columns (amounts) end in `---:`.
 */
const TABLE_CELL = 'tableCell' as ConstructName;

export const TABLE_UNSAFE: Unsafe[] = [{ character: '|', inConstruct: TABLE_CELL }];

export const tableHandler: Handle = (node: Table, _parent, state: State, info: Info): string => {
  const rows = node.children.map((row) => row.children.map((cell) => cellText(cell, state, info)));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const align = Array.from({ length: columns }, (_, index) => node.align?.[index] ?? null);
  const widths = align.map((_, index) => Math.max(3, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${widths.map((width, index) => pad(cells[index] ?? '', width, align[index])).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `| ${widths.map((width, index) => delimiter(width, align[index])).join(' | ')} |`, ...body.map(line)].join('\n');
};

function cellText(cell: TableCell, state: State, info: Info): string {
  const exit = state.enter(TABLE_CELL);
  const value = state.containerPhrasing(cell, { ...info, before: '|', after: '|' });
  exit();
  return value;
}

function pad(text: string, width: number, align: AlignType): string {
  return align === 'right' ? text.padStart(width) : text.padEnd(width);
}

function delimiter(width: number, align: AlignType): string {
  return align === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width);
}
