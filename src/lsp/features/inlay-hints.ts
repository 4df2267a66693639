import type { InlayHint, InlayHintParams } from 'vscode-languageserver';
import { summaryPieces } from '../../core/markdown/markdown-pieces';
import type { ClientRecord } from '../../core/model';
import { recordHints, type RecordHints } from '../../core/navigation/inlay-hints';
import type { Day } from '../../core/values/calendar-day';
import type { LspFeature, LspFile, LspFiles, LspFolder } from '../lsp-files';
import { markupOf } from '../lsp-markup';
import { toLspPosition } from '../lsp-range';

/** What a record's hints were derived from, beside the record itself: the day and its folder (a new one at each change of settings). */
interface Derived {
  readonly today: Day;
  readonly folder: LspFolder;
  readonly hints: RecordHints;
}

/**
 * Inlay hints at the end of log lines, as the extension's inlay-hints.ts: where each invoice
 * stands, how long the latest unanswered attempt has waited, what a payment paid. Whether they
 * are drawn is the editor's setting. A record's hints are derived once per parse and day; each
 * request (the editor asks for the visible lines) takes its range.
 */
export const inlayHintsFeature: LspFeature = {
  capabilities: { inlayHintProvider: true },
  register(connection, files) {
    const derived = new WeakMap<ClientRecord, Derived>();
    connection.languages.inlayHint.on((params) => hintsIn(files, derived, params));
  },
};

function hintsIn(files: LspFiles, derived: WeakMap<ClientRecord, Derived>, { textDocument, range }: InlayHintParams): InlayHint[] {
  const file = files.file(textDocument.uri);
  const hints = file && hintsOf(file, files.today(), derived);
  if (!hints) return [];
  return hints.within({ first: range.start.line + 1, last: range.end.line + 1 }).map((hint) => ({
    position: toLspPosition(hint.position),
    label: hint.label,
    paddingLeft: true,
    tooltip: markupOf(summaryPieces(hint.tooltip)),
  }));
}

function hintsOf(file: LspFile, today: Day, derived: WeakMap<ClientRecord, Derived>): RecordHints | undefined {
  const { record, folder } = file;
  if (record.type !== 'client') return undefined;
  const kept = derived.get(record);
  if (kept?.today === today && kept.folder === folder) return kept.hints;
  const hints = recordHints(record, today, { thresholds: folder.thresholds });
  derived.set(record, { today, folder, hints });
  return hints;
}
