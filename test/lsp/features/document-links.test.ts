import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentLink, LocationLink } from 'vscode-languageserver';
import { definitionFeature } from '../../../src/lsp/features/definition';
import { documentLinksFeature } from '../../../src/lsp/features/document-links';
import { EXAMPLES, FakeFiles, positionOf, request, textAt, uriOf } from './lsp-fakes';

describe('language server: document links', () => {
  let workspace: string;
  let outside: string;
  let files: FakeFiles;
  const links = (uri: string) => request<DocumentLink[]>(documentLinksFeature, files, 'onDocumentLinks', { textDocument: { uri } });

  before(() => {
    workspace = mkdtempSync(join(tmpdir(), 'lsp-links-'));
    outside = mkdtempSync(join(tmpdir(), 'lsp-outside-'));
    cpSync(join(EXAMPLES, 'clients'), join(workspace, 'clients'), { recursive: true });
    mkdirSync(join(workspace, 'agreements'));
    writeFileSync(join(workspace, 'agreements', 'brightside-dental.pdf'), 'the agreement');
    writeFileSync(join(outside, 'harbor-realty.pdf'), 'not in the workspace');
    symlinkSync(join(outside, 'harbor-realty.pdf'), join(workspace, 'agreements', 'harbor-realty.pdf'));
    files = new FakeFiles(workspace);
  });

  after(() => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('link agreement: to its file beside the ledger folder, with an absolute URI', async () => {
    const uri = uriOf(workspace, 'clients/brightside-dental.md');
    const [link] = await links(uri);
    assert.equal(link.target, pathToFileURL(join(workspace, 'agreements', 'brightside-dental.pdf')).href);
    assert.equal(textAt(files.text(uri), link.range), 'agreements/brightside-dental.pdf');
    const [definition] = (await request<LocationLink[]>(definitionFeature, files, 'onDefinition', { textDocument: { uri }, position: positionOf(files.text(uri), 'agreements/') }))!;
    assert.equal(definition.targetUri, link.target);
  });

  it('do not follow an agreement that is missing, or a link out of the workspace', async () => {
    assert.deepEqual(await links(uriOf(workspace, 'clients/lakeside-bakery.md')), []);
    assert.deepEqual(await links(uriOf(workspace, 'clients/harbor-realty.md')), []);
    const uri = uriOf(workspace, 'clients/harbor-realty.md');
    assert.equal(await request(definitionFeature, files, 'onDefinition', { textDocument: { uri }, position: positionOf(files.text(uri), 'agreements/') }), null);
  });

  it('link a document\'s client: to the record', async () => {
    const letter = uriOf(workspace, 'clients/peak-consulting/2026-10-14-termination.md');
    const [link] = await links(letter);
    assert.equal(link.target, uriOf(workspace, 'clients/peak-consulting.md'));
    assert.equal(textAt(files.text(letter), link.range), 'peak-consulting');
    assert.equal(link.tooltip, 'Open the record of Peak Consulting Group');
  });

  it('link the path of a ledger file named in a note, and no other path', async () => {
    const uri = uriOf(workspace, 'clients/sunrise-yoga.md');
    const text = files.text(uri).replace('## Log\n', '## Log\n\nSee peak-consulting/2026-10-14-termination.md and peak-consulting/missing.md.\n');
    files.open(uri, text);
    const found = (await links(uri)).filter((link) => !link.target!.endsWith('.pdf'));
    assert.deepEqual(found.map((link) => [textAt(text, link.range), link.target, link.tooltip]), [
      ['peak-consulting/2026-10-14-termination.md', uriOf(workspace, 'clients/peak-consulting/2026-10-14-termination.md'), 'Open clients/peak-consulting/2026-10-14-termination.md'],
    ]);
  });

  it('give nothing outside the ledger', async () => {
    assert.deepEqual(await links(uriOf(workspace, 'notes.md')), []);
  });
});
