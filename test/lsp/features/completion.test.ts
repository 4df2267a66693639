import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { ENTRY_KINDS } from '../../../src/core/model';
import { completionFeature } from '../../../src/lsp/features/completion';
import { EXAMPLES, FakeFiles, request, textAt, uriOf } from './lsp-fakes';

describe('language server: completion', () => {
  const uri = uriOf(EXAMPLES, 'clients/brightside-dental.md');

  /** The items at the end of a new last log line, and the text with each applied. */
  async function completeAfter(typed: string) {
    const files = new FakeFiles();
    const text = `${files.text(uri).trimEnd()}\n${typed}`;
    files.open(uri, text);
    const lines = text.split('\n');
    const position = { line: lines.length - 1, character: typed.length };
    const items = await request<CompletionItem[]>(completionFeature, files, 'onCompletion', { textDocument: { uri }, position });
    const applied = (item: CompletionItem) => {
      const edit = item.textEdit as { range: { start: typeof position; end: typeof position }; newText: string };
      assert.deepEqual(edit.range.end, position);
      return `${typed.slice(0, edit.range.start.character)}${edit.newText}`;
    };
    return { items, applied, text };
  }

  it('offers every kind of entry after a log line\'s date', async () => {
    const { items, applied } = await completeAfter('- 2026-11-21 ');
    assert.deepEqual(items.map((item) => item.label), [...ENTRY_KINDS]);
    assert.equal(applied(items.find((item) => item.label === 'email')!), '- 2026-11-21 email');
  });

  it('replaces the word typed so far', async () => {
    const { items, applied } = await completeAfter('- 2026-11-21 em');
    assert.equal(applied(items.find((item) => item.label === 'email')!), '- 2026-11-21 email');
  });

  it('offers the open invoices after payment, with what is open', async () => {
    const { items, applied } = await completeAfter('- 2026-11-21 payment ');
    assert.deepEqual(items.map((item) => item.label), ['BD-023', 'BD-024', 'BD-025']);
    assert.equal(applied(items[1]), '- 2026-11-21 payment BD-024 $750.00');
  });

  it('offers tags after #, replacing what follows the #', async () => {
    const { items, applied } = await completeAfter('- 2026-11-21 call to Priya #no');
    const item = items.find((candidate) => candidate.label === '#no-answer')!;
    assert.equal(item.filterText, 'no-answer');
    assert.equal(applied(item), '- 2026-11-21 call to Priya #no-answer');
  });

  it('offers nothing outside a log line, nor outside the ledger', async () => {
    const files = new FakeFiles();
    const position = { line: 1, character: 3 };
    assert.deepEqual(await request(completionFeature, files, 'onCompletion', { textDocument: { uri }, position }), []);
    assert.deepEqual(await request(completionFeature, files, 'onCompletion', { textDocument: { uri: uriOf(EXAMPLES, 'notes.md') }, position }), []);
    assert.equal(textAt(files.text(uri), { start: { line: 1, character: 0 }, end: position }), 'cli');
  });
});
