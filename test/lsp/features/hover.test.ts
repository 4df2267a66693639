import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { Root } from 'mdast';
import { markdownOf } from '../../../src/core/markdown/markdown-pieces';
import type { ClientRecord } from '../../../src/core/model';
import { standingOf } from '../../../src/core/summary/client-standing';
import { clientTooltip } from '../../../src/core/summary/client-tooltip';
import { invoiceAtLine, invoiceSummaryLines } from '../../../src/core/summary/invoice-summary';
import { hoverFeature } from '../../../src/lsp/features/hover';
import { day } from '../../helpers/ledger-text';
import { EXAMPLES, FakeFiles, positionOf, request, uriOf } from './lsp-fakes';

type FromMarkdown = (value: string) => Root;
type ToString = (value: unknown) => string;

describe('language server: hover', () => {
  let fromMarkdown: FromMarkdown;
  let mdastToString: ToString;
  before(async () => {
    ({ fromMarkdown } = await import('mdast-util-from-markdown'));
    ({ toString: mdastToString } = await import('mdast-util-to-string'));
  });
  const files = new FakeFiles();
  const uri = uriOf(EXAMPLES, 'clients/brightside-dental.md');
  const text = files.text(uri);
  const record = files.file(uri)!.record as ClientRecord;
  const hover = (position: { line: number; character: number }, at = uri) =>
    request<Hover | null>(hoverFeature, files, 'onHover', { textDocument: { uri: at }, position });

  it('on an invoice line says what is open and how many days overdue, as the extension\'s hover', async () => {
    const position = positionOf(text, 'invoice BD-023');
    const result = await hover(position);
    const lines = invoiceSummaryLines(invoiceAtLine(record, position.line + 1, files.today())!);
    const overdue = files.today() - day('2026-09-15'); // BD-023's due day
    assert.ok(lines.includes(`Paid $0.00 · open $1,250.00 · ${overdue} days overdue`), lines.join('\n'));
    const shown = fromMarkdown((result?.contents as MarkupContent).value);
    assert.equal((result?.contents as MarkupContent).kind, 'markdown');
    assert.deepEqual(shown.children.map((node) => mdastToString(node)), lines);
    assert.equal(shown.children[0].type === 'paragraph' && shown.children[0].children[0].type, 'strong');
    const line = text.split('\n')[position.line];
    assert.deepEqual(result?.range, { start: { line: position.line, character: 0 }, end: { line: position.line, character: line.length } });
  });

  it('on the client: line gives the summary the Clients view\'s tooltip has', async () => {
    const result = await hover(positionOf(text, 'client: '));
    const value = (result?.contents as MarkupContent).value;
    assert.equal(value, markdownOf(clientTooltip(standingOf(record, files.findings(uri), files.today()), files.today())));
    assert.match(value, /^\*\*Brightside Dental\*\* — /);
    assert.match(value, /Open balance: /);
  });

  it('says nothing on other lines, in documents, or outside the ledger', async () => {
    assert.equal(await hover(positionOf(text, 'email to Priya')), null);
    assert.equal(await hover({ line: 0, character: 0 }, uriOf(EXAMPLES, 'clients/peak-consulting/2026-10-14-termination.md')), null);
    assert.equal(await hover({ line: 0, character: 0 }, uriOf(EXAMPLES, 'README.md')), null);
  });
});
