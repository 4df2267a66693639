import assert from 'node:assert/strict';
import { documentContext } from '../../src/core/documents/document-facts';
import { decodeTemplate, MAX_TEMPLATE_BYTES } from '../../src/core/documents/document-template';
import { draftContents } from '../../src/core/documents/draft-contents';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { draftFiles, renderDraft } from '../../src/core/documents/render-document';
import { day, parseClient, parseFile, recordText } from '../helpers/ledger-text';

describe("a draft's files and text (draftContents, shared by the extension and the CLI)", () => {
  let writer: MarkdownWriter;
  before(async () => {
    writer = await loadMarkdownWriter();
  });
  const client = parseClient(recordText(['client: Acme', 'contact:', '  name: Jo'], ['2026-09-01 invoice A-1 $100 due 2026-09-15', '2026-10-01 invoice A-2 $50 due 2026-10-15', '2026-10-02 payment A-2 $50']), 'clients/acme.md');
  const context = documentContext(client, day('2026-11-20'));

  it('gives each file of a termination its path and built-in text, the letter first', () => {
    const drafted = draftContents({ kind: 'termination' }, client, context, writer)!;
    const files = draftFiles('termination', client, context)!;
    assert.deepEqual(drafted.files.map((file) => [file.kind, file.segments]), [['termination', ['acme', '2026-11-20-termination.md']], ['decision-record', ['acme', '2026-11-20-decision-record.md']]]);
    assert.deepEqual(drafted.files.map((file) => file.text), files.map((file) => renderDraft(file, client, context.today, writer)));
    assert.deepEqual(drafted.warnings, []);
  });

  it('fills only the main document from a template, with the template\'s warnings named', () => {
    const drafted = draftContents({ kind: 'termination' }, client, context, writer, { text: 'LETTERHEAD {{client}} {{nope}}\n' })!;
    assert.equal(drafted.files[0].text, '---\ndocument: termination\nclient: acme\ncreated: 2026-11-20\n---\n\nLETTERHEAD Acme {{nope}}\n');
    assert.equal(drafted.files[1].text, draftContents({ kind: 'termination' }, client, context, writer)!.files[1].text, 'the decision record is the built-in one');
    assert.deepEqual(drafted.warnings, ['Template termination.md: Unknown placeholders left as written: {{nope}}']);
    assert.equal(parseFile(drafted.files[0].text, 'clients/acme/2026-11-20-termination.md').type, 'document');
  });

  it('uses the built-in document when the template cannot be read, and says why', () => {
    const drafted = draftContents({ kind: 'salvage-plan' }, client, context, writer, { problem: 'permission denied' })!;
    assert.equal(drafted.files[0].text, renderDraft(draftFiles('salvage-plan', client, context)![0], client, context.today, writer));
    assert.deepEqual(drafted.warnings, ['Template salvage-plan.md not used (permission denied); the built-in one was.']);
  });

  it('drafts a reminder only for an open invoice', () => {
    const reminder = draftContents({ kind: 'payment-reminder', invoiceId: 'A-1' }, client, context, writer)!;
    assert.deepEqual(reminder.files.map((file) => file.segments), [['acme', '2026-11-20-payment-reminder-A-1.md']]);
    assert.equal(draftContents({ kind: 'payment-reminder', invoiceId: 'A-2' }, client, context, writer), undefined, 'paid');
    assert.equal(draftContents({ kind: 'payment-reminder', invoiceId: 'A-9' }, client, context, writer, { text: '{{document}}' }), undefined, 'unknown');
  });

  it('drafts nothing for an id that cannot name a folder', () => {
    const dots = parseClient(recordText(['client: Dots']), 'clients/...md');
    assert.equal(draftContents({ kind: 'salvage-plan' }, dots, documentContext(dots, day('2026-11-20')), writer), undefined);
  });

  it('reads a template as UTF-8 text, and refuses one too big, binary or in another encoding', () => {
    assert.deepEqual(decodeTemplate(new TextEncoder().encode('\uFEFFHello {{client}} é')), { text: 'Hello {{client}} é' });
    assert.match((decodeTemplate(new Uint8Array(MAX_TEMPLATE_BYTES + 1).fill(65)) as { problem: string }).problem, /^over 256 KB$/);
    assert.match((decodeTemplate(new Uint8Array([72, 0, 73])) as { problem: string }).problem, /binary/);
    assert.match((decodeTemplate(new Uint8Array([0x48, 0xe9, 0x6c])) as { problem: string }).problem, /not UTF-8/);
  });
});
