import type { ClientRecord } from '../model';
import type { DocumentContext } from './document-facts';
import { fillTemplate, type TemplateRead } from './document-template';
import type { MarkdownWriter } from './markdown-writer';
import { draftFiles, renderDraft, type DocumentKind, type DocumentRequest } from './render-document';

/** One file a draft writes: where, relative to the folder holding the record, and its whole text. */
export interface DraftedFile {
  readonly kind: DocumentKind;
  /** `[<id>, <YYYY-MM-DD>-<kind>.md]` */
  readonly segments: readonly [string, string];
  readonly text: string;
}

export interface DraftContents {
  /** The main document first. */
  readonly files: readonly DraftedFile[];
  /** About the template, for the user; the files are written all the same. */
  readonly warnings: readonly string[];
}

/**
 * Every file a request drafts, as the extension and the command line both write it: the built-in
 * documents, the main one filled from the workspace's template for its kind when there is one.
 * Undefined when nothing can be drafted (an invoice unknown or paid, an id that cannot name a folder).
 */
export function draftContents(request: DocumentRequest, client: ClientRecord, context: DocumentContext, writer: MarkdownWriter, template?: TemplateRead): DraftContents | undefined {
  const files = draftFiles(request, client, context);
  if (!files) return undefined;
  const name = `Template ${request.kind}.md`;
  const warnings: string[] = [];
  let main: string | undefined;
  if (template && 'text' in template) {
    const filled = fillTemplate(template.text, request, client, context, writer);
    warnings.push(...(filled?.warnings ?? []).map((warning) => `${name}: ${warning}`));
    main = filled?.text;
  } else if (template) {
    warnings.push(`${name} not used (${template.problem}); the built-in one was.`);
  }
  return {
    files: files.map((file, index) => ({ kind: file.kind, segments: file.segments, text: index === 0 && main !== undefined ? main : renderDraft(file, client, context.today, writer) })),
    warnings,
  };
}
