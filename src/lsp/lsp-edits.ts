import { TextDocumentEdit, type ClientCapabilities, type Command, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { RecordEdit } from '../core/edits/text-edit';
import type { SourceRange } from '../core/model';
import { toLspEdit, toLspRange } from './lsp-range';

/** What the client can do with the edits and commands the server sends. */
export interface ClientSupport {
  /** WorkspaceEdit.documentChanges (versioned edits) rather than `changes`. */
  readonly documentChanges: boolean;
  /** CreateFile operations in a WorkspaceEdit (needs documentChanges). */
  readonly createFiles: boolean;
  /** window/showDocument, to put the cursor where typing goes after a fix. */
  readonly showDocument: boolean;
}

export function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  const edits = capabilities.workspace?.workspaceEdit;
  const documentChanges = edits?.documentChanges === true;
  return {
    documentChanges,
    createFiles: documentChanges && (edits?.resourceOperations ?? []).includes('create'),
    showDocument: capabilities.window?.showDocument?.support === true,
  };
}

/** The server's one command: show a document, with a selection (a fix's cursor, a draft just created). */
export const SHOW_COMMAND = 'client-ledger.show';

export function showCommand(support: ClientSupport, uri: string, selection?: SourceRange): Command | undefined {
  if (!support.showDocument) return undefined;
  return { title: 'Show', command: SHOW_COMMAND, arguments: selection ? [uri, toLspRange(selection)] : [uri] };
}

export function textEdits(edit: RecordEdit): TextEdit[] {
  return edit.edits.map(toLspEdit);
}

/** A record edit of the core as a WorkspaceEdit: versioned when the client takes document changes. */
export function recordWorkspaceEdit(support: ClientSupport, uri: string, version: number | undefined, edit: RecordEdit): WorkspaceEdit {
  if (!support.documentChanges) return { changes: { [uri]: textEdits(edit) } };
  return { documentChanges: [TextDocumentEdit.create({ uri, version: version ?? null }, textEdits(edit))] };
}
