import type { Hover, HoverParams } from 'vscode-languageserver';
import { recordHover } from '../../core/summary/record-hover';
import type { LspFeature, LspFiles } from '../lsp-files';
import { markupOf } from '../lsp-markup';
import { wholeLine } from '../lsp-range';

/** Hovers, as the extension's hover.ts: an invoice entry's state, the retainer's use, the `client:` line's summary. */
export const hoverFeature: LspFeature = {
  capabilities: { hoverProvider: true },
  register(connection, files) {
    connection.onHover((params) => hoverOf(files, params));
  },
};

function hoverOf(files: LspFiles, { textDocument, position }: HoverParams): Hover | null {
  const file = files.file(textDocument.uri);
  if (file?.record.type !== 'client') return null;
  const hover = recordHover(file.record, position.line + 1, files.today(), () => files.findings(file.uri));
  return hover ? { contents: markupOf(hover), range: wholeLine(file.text, position.line) } : null;
}
