import assert from 'node:assert/strict';
import type { Location, LocationLink, Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ResponseError } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientRecord } from '../../../src/core/model';
import { invoiceMentions } from '../../../src/core/navigation/invoice-mentions';
import { parseClient } from '../../helpers/ledger-text';
import { definitionFeature } from '../../../src/lsp/features/definition';
import { referencesFeature } from '../../../src/lsp/features/references';
import { renameFeature } from '../../../src/lsp/features/rename';
import { EXAMPLES, FakeFiles, positionOf, request, textAt, uriOf } from './lsp-fakes';

const RECORD = uriOf(EXAMPLES, 'clients/brightside-dental.md');
const PEAK = uriOf(EXAMPLES, 'clients/peak-consulting.md');
const LETTER = uriOf(EXAMPLES, 'clients/peak-consulting/2026-10-14-termination.md');

/** The sample, with the termination letter naming Peak Consulting's last invoice. */
function sampleFiles(): FakeFiles {
  const files = new FakeFiles();
  files.open(LETTER, files.text(LETTER).replace('- [ ] Final payment received', '- [ ] Final payment of PC-044 received'));
  return files;
}

/** The 0-based lines of a text whose words name an ID. */
function linesNaming(text: string, id: string): number[] {
  return text.split('\n').flatMap((line, index) => (new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(line) ? [index] : []));
}

function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), [...edits]);
}

describe('language server: definition, references and rename', () => {
  const files = sampleFiles();
  const text = files.text(RECORD);
  const at = (uri: string, position: Position) => ({ textDocument: { uri }, position });

  describe('definition', () => {
    const definition = (uri: string, position: Position) => request<LocationLink[] | null>(definitionFeature, files, 'onDefinition', at(uri, position));

    it('goes from a payment to its invoice\'s entry', async () => {
      const [link, ...more] = (await definition(RECORD, positionOf(text, 'BD-022', 'payment BD-022')))!;
      assert.deepEqual(more, []);
      assert.equal(link.targetUri, RECORD);
      assert.equal(textAt(text, link.targetSelectionRange), 'BD-022');
      assert.equal(link.targetSelectionRange.start.line, positionOf(text, 'invoice BD-022').line);
      assert.equal(textAt(text, link.originSelectionRange!), 'BD-022');
      assert.equal(link.originSelectionRange!.start.line, positionOf(text, 'payment BD-022').line);
    });

    it('counts characters as the protocol does (UTF-16), past an emoji', async () => {
      const local = new FakeFiles();
      const changed = text.replace('payment BD-022 $1,200.00', 'payment BD-022 $1,200.00: 🎉🎉 at last, BD-022 is paid');
      local.open(RECORD, changed);
      const [link] = (await request<LocationLink[]>(definitionFeature, local, 'onDefinition', at(RECORD, positionOf(changed, 'BD-022 is paid'))))!;
      assert.equal(textAt(changed, link.originSelectionRange!), 'BD-022');
      assert.equal(link.targetSelectionRange.start.line, positionOf(changed, 'invoice BD-022').line);
    });

    it('goes from an ID in a document about the client to the invoice in the record', async () => {
      const [link] = (await definition(LETTER, positionOf(files.text(LETTER), 'PC-044')))!;
      assert.equal(link.targetUri, PEAK);
      assert.equal(textAt(files.text(PEAK), link.targetSelectionRange), 'PC-044');
    });

    it('goes from a document\'s client: to the record\'s client: line', async () => {
      const [link] = (await definition(LETTER, positionOf(files.text(LETTER), 'peak-consulting')))!;
      assert.equal(link.targetUri, PEAK);
      assert.equal(textAt(files.text(PEAK), link.targetRange), 'client: Peak Consulting Group');
    });

    it('gives nothing elsewhere, nor outside the ledger', async () => {
      assert.equal(await definition(RECORD, positionOf(text, 'email to Priya')), null);
      assert.equal(await definition(uriOf(EXAMPLES, 'README.md'), { line: 0, character: 0 }), null);
    });
  });

  describe('references', () => {
    const references = (uri: string, position: Position, includeDeclaration: boolean) =>
      request<Location[] | null>(referencesFeature, files, 'onReferences', { ...at(uri, position), context: { includeDeclaration } });

    it('finds an invoice\'s entry and every entry that names it', async () => {
      const found = (await references(RECORD, positionOf(text, 'BD-023'), true))!;
      assert.deepEqual(found.map((location) => location.uri), found.map(() => RECORD));
      assert.deepEqual(found.map((location) => textAt(text, location.range)), found.map(() => 'BD-023'));
      assert.deepEqual(found.map((location) => location.range.start.line), linesNaming(text, 'BD-023'));
      const withoutDeclaration = (await references(RECORD, positionOf(text, 'BD-023', 'late-fee'), false))!;
      assert.deepEqual(withoutDeclaration.map((location) => location.range.start.line), linesNaming(text, 'BD-023').slice(1));
    });

    it('finds where the documents about the client name the invoice', async () => {
      const found = (await references(PEAK, positionOf(files.text(PEAK), 'PC-044'), true))!;
      assert.deepEqual(found.map((location) => location.uri), [PEAK, LETTER]);
      assert.equal(textAt(files.text(LETTER), found[1].range), 'PC-044');
    });

    it('finds a client\'s record and the documents about it', async () => {
      const found = (await references(PEAK, positionOf(files.text(PEAK), 'client:'), true))!;
      assert.deepEqual(found.map((location) => location.uri), [PEAK, LETTER]);
      assert.equal(textAt(files.text(LETTER), found[1].range), 'peak-consulting');
    });
  });

  describe('rename', () => {
    const rename = (uri: string, position: Position, newName: string) =>
      request<WorkspaceEdit | ResponseError<void> | null>(renameFeature, files, 'onRenameRequest', { ...at(uri, position), newName });
    const prepare = (uri: string, position: Position) => request<unknown>(renameFeature, files, 'onPrepareRename', at(uri, position));

    it('prepares on an invoice ID, with the ID as written', async () => {
      const position = positionOf(text, 'BD-023', 'late-fee');
      const prepared = (await prepare(RECORD, position)) as { range: { start: Position; end: Position }; placeholder: string };
      assert.equal(prepared.placeholder, 'BD-023');
      assert.equal(textAt(text, prepared.range), 'BD-023');
    });

    it('renames the ID in the invoice entry and in every entry that names it, nothing else', async () => {
      const edit = (await rename(RECORD, positionOf(text, 'BD-023'), 'BD-030')) as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes!), [RECORD]);
      const after = applied(text, edit.changes![RECORD]);
      assert.deepEqual(linesNaming(after, 'BD-023'), []);
      assert.deepEqual(linesNaming(after, 'BD-030'), linesNaming(text, 'BD-023'));
      assert.equal(after.replace(/BD-030/g, 'BD-023'), text);
      const before = invoiceMentions(files.file(RECORD)!.record as ClientRecord).of('BD-023')!;
      assert.equal(invoiceMentions(parseClient(after, 'clients/brightside-dental.md')).of('BD-030')?.mentions.length, before.mentions.length);
    });

    it('renames in the documents about the client too', async () => {
      const edit = (await rename(LETTER, positionOf(files.text(LETTER), 'PC-044'), 'PC-045')) as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes!).sort(), [PEAK, LETTER].sort());
      assert.match(applied(files.text(LETTER), edit.changes![LETTER]), /Final payment of PC-045 received/);
      assert.match(applied(files.text(PEAK), edit.changes![PEAK]), /invoice PC-045 \$900/);
    });

    it('refuses another invoice\'s ID and what is not an invoice ID, with the reason', async () => {
      const taken = await rename(RECORD, positionOf(text, 'BD-023'), 'BD-024');
      assert.ok(taken instanceof ResponseError, 'a refusal');
      assert.match(taken.message, /BD-024/);
      for (const refused of [await rename(RECORD, positionOf(text, 'email to Priya'), 'X-1'), await prepare(RECORD, positionOf(text, 'email to Priya'))]) {
        assert.ok(refused instanceof ResponseError);
        assert.match(refused.message, /Only an invoice ID can be renamed/);
      }
      assert.equal(await prepare(uriOf(EXAMPLES, 'README.md'), { line: 0, character: 0 }), null);
    });
  });
});
