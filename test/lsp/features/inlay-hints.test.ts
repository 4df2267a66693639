import assert from 'node:assert/strict';
import type { InlayHint, MarkupContent } from 'vscode-languageserver';
import type { ClientRecord } from '../../../src/core/model';
import { recordHints } from '../../../src/core/navigation/inlay-hints';
import { inlayHintsFeature } from '../../../src/lsp/features/inlay-hints';
import { EXAMPLES, FakeFiles, handlersOf, positionOf, request, uriOf } from './lsp-fakes';

describe('language server: inlay hints', () => {
  const files = new FakeFiles();
  const uri = uriOf(EXAMPLES, 'clients/brightside-dental.md');
  const text = files.text(uri);
  const hints = (first: number, last: number) =>
    request<InlayHint[]>(inlayHintsFeature, files, 'inlayHint', { textDocument: { uri }, range: { start: { line: first, character: 0 }, end: { line: last, character: 0 } } });

  it('give the core\'s hints of the lines asked for, at the end of each line', async () => {
    const first = positionOf(text, 'invoice BD-023').line;
    const last = positionOf(text, 'late-fee BD-023').line;
    const shown = await hints(first, last);
    const expected = recordHints(files.file(uri)!.record as ClientRecord, files.today(), {}).within({ first: first + 1, last: last + 1 });
    assert.ok(expected.length >= 2, 'BD-023 and BD-024 have hints');
    assert.deepEqual(shown.map((hint) => hint.label), expected.map((hint) => hint.label));
    const lines = text.split('\n');
    for (const hint of shown) {
      assert.ok(hint.position.line >= first && hint.position.line <= last);
      assert.equal(hint.position.character, lines[hint.position.line].length);
      assert.equal(hint.paddingLeft, true);
      assert.equal((hint.tooltip as MarkupContent).kind, 'markdown');
    }
    assert.match((shown[0].tooltip as MarkupContent).value, /^\*\*Invoice BD-023 · /);
  });

  it('give none outside the lines asked for, nor outside a record', async () => {
    assert.deepEqual(await hints(0, 3), []);
    assert.deepEqual(await request(inlayHintsFeature, files, 'inlayHint', { textDocument: { uri: uriOf(EXAMPLES, 'clients/peak-consulting/2026-10-14-termination.md') }, range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } } }), []);
  });

  it('follow the record as it changes', async () => {
    const local = new FakeFiles();
    const handler = handlersOf(inlayHintsFeature, local).get('inlayHint')!;
    const line = positionOf(text, 'invoice BD-025').line;
    const labels = async () => ((await handler({ textDocument: { uri }, range: { start: { line, character: 0 }, end: { line, character: 0 } } })) as InlayHint[]).map((hint) => hint.label);
    const before = await labels();
    local.open(uri, `${text.trimEnd()}\n- 2026-11-19 payment BD-025 $1,250.00\n`);
    const after = await labels();
    assert.equal(before.length, 1);
    assert.notDeepEqual(after, before);
    assert.match(String(after[0]), /^paid/);
  });
});
