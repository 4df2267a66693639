import { CompletionItemKind, type CompletionItem, type CompletionParams, type Position } from 'vscode-languageserver';
import { logCompletions, type LogCompletion } from '../../core/completion/log-completions';
import type { LspFeature, LspFiles } from '../lsp-files';
import { lineOf } from '../lsp-range';

const KINDS: Readonly<Record<LogCompletion['category'], CompletionItemKind>> = {
  kind: CompletionItemKind.Keyword,
  direction: CompletionItemKind.Operator,
  invoice: CompletionItemKind.Reference,
  tag: CompletionItemKind.EnumMember,
};

/** Completion in a record's log, as the extension's log-completion.ts: kinds after a date, directions, open invoices, tags. */
export const completionFeature: LspFeature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', '#'] } },
  register(connection, files) {
    connection.onCompletion((params) => completionsAt(files, params));
  },
};

function completionsAt(files: LspFiles, { textDocument, position }: CompletionParams): CompletionItem[] {
  const file = files.file(textDocument.uri);
  if (!file) return [];
  const line = lineOf(file.text, position.line);
  const client = file.record.type === 'client' ? file.record : undefined;
  return logCompletions(line, position.character, client, files.today()).map((completion) => itemOf(completion, line, position));
}

/**
 * The item replaces the word typed so far (after a space, or after the `#` of a tag): editors
 * differ on what a word is when they are left to decide, VS Code included.
 */
function itemOf(completion: LogCompletion, line: string, position: Position): CompletionItem {
  const typed = /[^\s#]*$/.exec(line.slice(0, position.character))![0];
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const item: CompletionItem = {
    label: completion.label,
    kind: KINDS[completion.category],
    detail: completion.detail,
    textEdit: { range, newText: completion.insert ?? completion.label },
  };
  if (completion.category === 'tag') item.filterText = completion.insert;
  return item;
}
