import { fileNameStart } from '../values/file-path';
import type { Root } from 'mdast';
import type { Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import type { DocumentContext } from './document-facts';
import { documentFrontmatter } from './document-frontmatter';
import type { MarkdownWriter } from './markdown-writer';
import { paymentReminder, paymentReminderPath } from './payment-reminder';
import { salvagePlan, salvagePlanPath } from './salvage-plan';
import { terminationLetter, terminationPath } from './termination-letter';

/** The kinds of document the tool scaffolds; the value is the frontmatter's `document:`. */
export const DOCUMENT_KINDS = ['salvage-plan', 'termination', 'payment-reminder'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What to draft: a kind, and for a payment reminder the invoice. */
export type DocumentRequest =
  | { readonly kind: 'salvage-plan' }
  | { readonly kind: 'termination' }
  | { readonly kind: 'payment-reminder'; readonly invoiceId: string };

/** A request, or just the kind for the two kinds that need nothing else. */
export type RequestLike = DocumentRequest | 'salvage-plan' | 'termination';

function requestOf(request: RequestLike): DocumentRequest {
  return typeof request === 'string' ? { kind: request } : request;
}

/** The document's mdast tree; undefined for a payment reminder of an invoice that is unknown or paid. */
export function documentTree(request: RequestLike, client: ClientRecord, context: DocumentContext): Root | undefined {
  const wanted = requestOf(request);
  switch (wanted.kind) {
    case 'salvage-plan': return salvagePlan(client, context);
    case 'termination': return terminationLetter(client, context);
    case 'payment-reminder': return paymentReminder(client, wanted.invoiceId, context);
  }
}

/**
 * The whole file of a scaffolded document: the frontmatter (`document`, `client: <id>`,
 * `created`) and the markdown body. Undefined for a payment reminder of an invoice that is
 * unknown or paid.
 */
export function renderDocument(kind: 'salvage-plan' | 'termination', client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string;
export function renderDocument(kind: RequestLike, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string | undefined;
export function renderDocument(kind: RequestLike, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string | undefined {
  const request = requestOf(kind);
  const tree = documentTree(request, client, context);
  if (!tree) return undefined;
  return `${documentFrontmatter(request.kind, client.id, context.today)}\n${writer(tree)}`;
}

/**
 * Where the document goes, as path segments relative to the folder holding the client record:
 * `[<id>, <YYYY-MM-DD>-<kind>[-<invoice id>].md]`, each a `safeSegment`, so joining them to that
 * folder can never leave `<record folder>/<id>/`. Undefined when the id cannot name a folder
 * (e.g. a record called `...md`, whose id is `..`).
 */
export function documentPath(kind: RequestLike, client: ClientRecord, today: Day): [string, string] | undefined {
  const request = requestOf(kind);
  switch (request.kind) {
    case 'salvage-plan': return salvagePlanPath(client, today);
    case 'termination': return terminationPath(client, today);
    case 'payment-reminder': return paymentReminderPath(client, request.invoiceId, today);
  }
}

/**
 * The same path relative to the ledger file's own path (`clients/acme.md` -> `clients/acme/<file>`),
 * with `/` separators, for callers that work with store paths (fileNameStart says which `\` separate folders).
 */
export function documentPathBeside(recordFile: string, segments: readonly string[]): string {
  const folder = recordFile.slice(0, fileNameStart(recordFile)).replace(/\\/g, '/');
  return folder + segments.join('/');
}
