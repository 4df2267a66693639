import { fileNameStart } from '../values/file-path';
import type { Root } from 'mdast';
import type { Day } from '../values/calendar-day';
import type { ClientRecord } from '../model';
import { decisionRecord, decisionRecordPath } from './decision-record';
import type { DocumentContext } from './document-facts';
import { documentFrontmatter } from './document-frontmatter';
import { lessonsLearned, lessonsLearnedPath } from './lessons-learned';
import type { MarkdownWriter } from './markdown-writer';
import { overageNote, overageNotePath } from './overage-note';
import { paymentReminder, paymentReminderPath } from './payment-reminder';
import { salvagePlan, salvagePlanPath } from './salvage-plan';
import { statement, statementPath } from './statement';
import { terminationLetter, terminationPath } from './termination-letter';

/** The kinds of document the tool writes; the value is the frontmatter's `document:`. */
export const DOCUMENT_KINDS = ['salvage-plan', 'termination', 'decision-record', 'payment-reminder', 'lessons-learned', 'statement', 'overage-note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What to draft: a kind, and for a payment reminder the invoice. A termination drafts the letter and the record of the decision. */
export type DocumentRequest =
  | { readonly kind: 'salvage-plan' }
  | { readonly kind: 'termination' }
  | { readonly kind: 'lessons-learned' }
  | { readonly kind: 'statement' }
  | { readonly kind: 'overage-note' }
  | { readonly kind: 'payment-reminder'; readonly invoiceId: string };

/** A request, or just the kind for the kinds that need nothing else. */
export type RequestLike = DocumentRequest | 'salvage-plan' | 'termination' | 'lessons-learned' | 'statement' | 'overage-note';

function requestOf(request: RequestLike): DocumentRequest {
  return typeof request === 'string' ? { kind: request } : request;
}

/** One file a request drafts. */
export interface DraftFile {
  readonly kind: DocumentKind;
  /** Relative to the folder holding the record: `[<id>, <YYYY-MM-DD>-<kind>.md]`. */
  readonly segments: readonly [string, string];
  readonly tree: Root;
}

type Path = [string, string] | undefined;

/** Each file's kind and path, the main document first; undefined when the id cannot name a folder or file. */
export function draftPaths(kind: RequestLike, client: ClientRecord, today: Day): { kind: DocumentKind; segments: [string, string] }[] | undefined {
  const request = requestOf(kind);
  const paths: [DocumentKind, Path][] = [];
  switch (request.kind) {
    case 'salvage-plan': paths.push(['salvage-plan', salvagePlanPath(client, today)]); break;
    case 'termination': paths.push(['termination', terminationPath(client, today)], ['decision-record', decisionRecordPath(client, today)]); break;
    case 'lessons-learned': paths.push(['lessons-learned', lessonsLearnedPath(client, today)]); break;
    case 'overage-note': paths.push(['overage-note', overageNotePath(client, today)]); break;
    case 'payment-reminder': paths.push(['payment-reminder', paymentReminderPath(client, request.invoiceId, today)]); break;
    case 'statement': paths.push(['statement', statementPath(client, today)]); break;
  }
  if (paths.some(([, segments]) => segments === undefined)) return undefined;
  return paths.map(([fileKind, segments]) => ({ kind: fileKind, segments: segments! }));
}

/** Every file the request drafts, the main document first; undefined for a payment reminder of an invoice that is unknown or paid, an overage note within the retainer, or an id that cannot name a file. */
export function draftFiles(kind: RequestLike, client: ClientRecord, context: DocumentContext): DraftFile[] | undefined {
  const paths = draftPaths(kind, client, context.today);
  if (!paths) return undefined;
  const files: DraftFile[] = [];
  for (const path of paths) {
    const tree = treeOf(path.kind, requestOf(kind), client, context);
    if (!tree) return undefined;
    files.push({ ...path, tree });
  }
  return files;
}

function treeOf(kind: DocumentKind, request: DocumentRequest, client: ClientRecord, context: DocumentContext): Root | undefined {
  switch (kind) {
    case 'salvage-plan': return salvagePlan(client, context);
    case 'termination': return terminationLetter(client, context);
    case 'decision-record': return decisionRecord(client, context);
    case 'lessons-learned': return lessonsLearned(client, context);
    case 'overage-note': return overageNote(client, context);
    case 'payment-reminder': return request.kind === 'payment-reminder' ? paymentReminder(client, request.invoiceId, context) : undefined;
    case 'statement': return statement(client, context);
  }
}

/** The main document's mdast tree; undefined for a payment reminder of an invoice that is unknown or paid, or an overage note within the retainer. */
export function documentTree(request: RequestLike, client: ClientRecord, context: DocumentContext): Root | undefined {
  const wanted = requestOf(request);
  return treeOf(wanted.kind, wanted, client, context);
}

/** A drafted file's whole text: the frontmatter (`document`, `client: <id>`, `created`) and the markdown body. */
export function renderDraft(file: Pick<DraftFile, 'kind' | 'tree'>, client: ClientRecord, today: Day, writer: MarkdownWriter): string {
  return `${documentFrontmatter(file.kind, client.id, today)}\n${writer(file.tree)}`;
}

/**
 * The whole text of the main document of a request. Undefined for a payment reminder of an
 * invoice that is unknown or paid, or an overage note within the retainer.
 */
export function renderDocument(kind: 'salvage-plan' | 'termination' | 'lessons-learned' | 'statement', client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string;
export function renderDocument(kind: RequestLike, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string | undefined;
export function renderDocument(kind: RequestLike, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter): string | undefined {
  const tree = documentTree(kind, client, context);
  return tree && renderDraft({ kind: requestOf(kind).kind, tree }, client, context.today, writer);
}

/**
 * Where the main document goes, as path segments relative to the folder holding the client
 * record: `[<id>, <YYYY-MM-DD>-<kind>[-<invoice id>].md]`, each a `safeSegment`, so joining them
 * to that folder can never leave `<record folder>/<id>/`. Undefined when the id cannot name a
 * folder (e.g. a record called `...md`, whose id is `..`).
 */
export function documentPath(kind: RequestLike, client: ClientRecord, today: Day): [string, string] | undefined {
  return draftPaths(kind, client, today)?.[0].segments;
}

/**
 * The same path relative to the ledger file's own path (`clients/acme.md` -> `clients/acme/<file>`),
 * with `/` separators, for callers that work with store paths (fileNameStart says which `\` separate folders).
 */
export function documentPathBeside(recordFile: string, segments: readonly string[]): string {
  const folder = recordFile.slice(0, fileNameStart(recordFile)).replace(/\\/g, '/');
  return folder + segments.join('/');
}
