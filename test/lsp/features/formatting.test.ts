import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formattingFeature } from '../../../src/lsp/features/formatting';
import { parseClient } from '../../helpers/ledger-text';
import { EXAMPLES, FakeFiles, positionOf, request, uriOf } from './lsp-fakes';

describe('language server: formatting', () => {
  const uri = uriOf(EXAMPLES, 'clients/orchard-events.md');
  const format = (files: FakeFiles) => request<TextEdit[]>(formattingFeature, files, 'onDocumentFormatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  const applied = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  const dates = (text: string) => parseClient(text, 'clients/orchard-events.md').entries.map((entry) => entry.date);

  it('sorts an out-of-order log, and a second format has nothing to do', async () => {
    const files = new FakeFiles();
    const text = files.text(uri);
    assert.notDeepEqual(dates(text), [...dates(text)].sort((a, b) => a - b), 'the sample logs out of order');
    const formatted = applied(text, await format(files));
    assert.deepEqual(dates(formatted), [...dates(text)].sort((a, b) => a - b));
    files.open(uri, formatted);
    assert.deepEqual(await format(files), []);
  });

  it('formats a range\'s entries in place, moving nothing', async () => {
    const files = new FakeFiles();
    const text = files.text(uri).replace('- 2026-11-10 meeting with Ava', '-   2026-11-10   meeting with Ava');
    files.open(uri, text);
    const line = positionOf(text, '2026-11-10').line;
    const edits = await request<TextEdit[]>(formattingFeature, files, 'onDocumentRangeFormatting', {
      textDocument: { uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(edits.length > 0);
    assert.ok(edits.every((edit) => edit.range.start.line === line && edit.range.end.line === line));
    assert.equal(applied(text, edits), files.text(uri).replace('-   2026-11-10   meeting with Ava', '- 2026-11-10 meeting with Ava'));
  });

  it('gives no edits outside a client record', async () => {
    const files = new FakeFiles();
    const letter = uriOf(EXAMPLES, 'clients/peak-consulting/2026-10-14-termination.md');
    assert.deepEqual(await request(formattingFeature, files, 'onDocumentFormatting', { textDocument: { uri: letter }, options: { tabSize: 2, insertSpaces: true } }), []);
  });
});
