import type { Nodes, Table } from 'mdast';
import { escapeHtml } from '../report/html-escape';

/**
 * The HTML of a drafted document's mdast tree, for the node types the drafts use (headings,
 * paragraphs, lists and task items, tables, emphasis, strong, code, breaks). Every text is
 * escaped; no link, image or raw HTML is ever written, so nothing can load or run.
 */
export function mdastHtml(node: Nodes): string {
  switch (node.type) {
    case 'root': return node.children.map(mdastHtml).join('\n');
    case 'text': return escapeHtml(node.value);
    case 'inlineCode': return `<code>${escapeHtml(node.value)}</code>`;
    case 'code': return `<pre><code>${escapeHtml(node.value)}</code></pre>`;
    case 'break': return '<br>';
    case 'thematicBreak': return '<hr>';
    case 'heading': return `<h${node.depth}>${children(node.children)}</h${node.depth}>`;
    case 'paragraph': return `<p>${children(node.children)}</p>`;
    case 'strong': return `<strong>${children(node.children)}</strong>`;
    case 'emphasis': return `<em>${children(node.children)}</em>`;
    case 'list': return `<${node.ordered ? 'ol' : 'ul'}>\n${node.children.map(mdastHtml).join('\n')}\n</${node.ordered ? 'ol' : 'ul'}>`;
    case 'listItem': return `<li>${typeof node.checked === 'boolean' ? `${node.checked ? '[x]' : '[ ]'} ` : ''}${listItemContent(node.children)}</li>`;
    case 'table': return tableHtml(node);
    default: return 'children' in node ? children(node.children as Nodes[]) : 'value' in node ? escapeHtml(String(node.value)) : '';
  }
}

function children(nodes: readonly Nodes[]): string {
  return nodes.map(mdastHtml).join('');
}

/** A tight item's paragraph without `<p>`, a nested list after it. */
function listItemContent(nodes: readonly Nodes[]): string {
  return nodes.map((node) => (node.type === 'paragraph' ? children(node.children) : `\n${mdastHtml(node)}`)).join('');
}

function tableHtml(node: Table): string {
  const [head, ...body] = node.children;
  const cell = (tag: 'th' | 'td', index: number, content: string) => `<${tag}${node.align?.[index] === 'right' ? ' class="money"' : ''}>${content}</${tag}>`;
  const row = (tag: 'th' | 'td') => (cells: Table['children'][number]) => `<tr>${cells.children.map((item, index) => cell(tag, index, children(item.children))).join('')}</tr>`;
  return [
    '<table>',
    ...(head ? ['<thead>', row('th')(head), '</thead>'] : []),
    '<tbody>',
    ...body.map(row('td')),
    '</tbody>',
    '</table>',
  ].join('\n');
}
