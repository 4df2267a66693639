import type { Root } from 'mdast';
import { formatDay } from '../values/calendar-day';
import { formatDuration } from '../values/duration';
import { formatMoney } from '../values/money';
import type { ClientRecord } from '../model';
import { addressee, formatSums, openInvoiceFact, openInvoices, type DocumentContext } from './document-facts';
import { documentFrontmatter } from './document-frontmatter';
import type { MarkdownWriter } from './markdown-writer';
import { documentTree, type RequestLike } from './render-document';
import { terminationDates } from '../derive/relationship-dates';
import { decodeLedgerBytes } from '../parse/source-text';

/** Where a workspace keeps its own templates, relative to the workspace folder. */
export const TEMPLATE_FOLDER = ['.client-ledger', 'templates'];

/** A workspace template as its reader found it: its text, or why it cannot be used. */
export type TemplateRead = { readonly text: string } | { readonly problem: string };

/** A template bigger than this is not read: it is a mistake, not a letter. */
export const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A template file's bytes as text, or why they are not a template: too big, binary, or not UTF-8. */
export function decodeTemplate(bytes: Uint8Array): TemplateRead {
  if (bytes.length > MAX_TEMPLATE_BYTES) return { problem: `over ${MAX_TEMPLATE_BYTES / 1024} KB` };
  const decoded = decodeLedgerBytes(bytes);
  return decoded.ok ? { text: decoded.text } : { problem: decoded.reason };
}

export interface FilledTemplate {
  readonly text: string;
  /** Problems to show the user; the document is still written. */
  readonly warnings: readonly string[];
}

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

/**
 * Fills a workspace template: logic-less `{{name}}` placeholders, nothing evaluated. Record
 * values come out as escaped markdown text; `{{document}}` is the whole built-in document body,
 * so a template can wrap it in a letterhead and a signature. The frontmatter is always ours.
 */
export function fillTemplate(template: string, request: RequestLike, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): FilledTemplate | undefined {
  const tree = documentTree(request, client, context);
  if (!tree) return undefined;
  const warnings: string[] = [];
  let body = template.replace(/^\uFEFF/, '');
  if (/^---\s*\r?\n/.test(body)) {
    warnings.push('The template\'s own frontmatter was left out: scaffolded documents get document, client and created.');
    body = body.replace(/^---\s*\r?\n[\s\S]*?\r?\n---\s*(\r?\n|$)/, '');
  }
  const values = templateValues(client, context, tree, writer);
  const unknown = new Set<string>();
  const filled = body.replace(PLACEHOLDER, (match, name: string) => {
    // Own keys only: `{{constructor}}` must not reach Object.prototype.
    if (Object.hasOwn(values, name)) return values[name];
    unknown.add(name);
    return match;
  });
  if (unknown.size > 0) warnings.push(`Unknown placeholders left as written: ${[...unknown].map((name) => `{{${name}}}`).join(', ')}`);
  const kind = typeof request === 'string' ? request : request.kind;
  return { text: `${documentFrontmatter(kind, client.id, context.today)}\n${filled}`, warnings };
}

/** The placeholders a template may use; docs/format.md lists them. */
export function templateValues(client: ClientRecord, context: DocumentContext, tree: Root, writer: MarkdownWriter): Record<string, string> {
  const text = (value: string) => writer({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] }).trim();
  const open = openInvoices(client, context.today);
  const dates = terminationDates(client, context.today);
  const list = (items: string[]) => writer({
    type: 'root',
    children: [{ type: 'list', spread: false, children: items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }] })) }],
  }).trim();
  return {
    document: writer(tree).trim(),
    client: text(client.name),
    client_id: text(client.id),
    contact: text(addressee(client)),
    status: client.status,
    today: formatDay(context.today),
    notice: formatDuration(client.notice),
    last_working_day: formatDay(dates.lastWorkingDay),
    terms: `net ${client.termsDays}`,
    deposit: client.deposit === undefined ? 'none set' : client.deposit === 'none' ? 'none' : formatMoney(client.deposit),
    open_balance: formatSums(open.map((invoice) => invoice.balance), 'nothing open'),
    open_invoices: open.length > 0 ? list(open.map(openInvoiceFact)) : text('No open invoices.'),
  };
}
