import assert from 'node:assert/strict';
import { fillTemplate } from '../../src/core/documents/document-template';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { renderDocument } from '../../src/core/documents/render-document';
import { day, parseClient, parseFile, recordText } from '../helpers/ledger-text';

describe('workspace templates', () => {
  let writer: MarkdownWriter;
  before(async () => {
    writer = await loadMarkdownWriter();
  });
  const client = parseClient(recordText(['client: "*Acme* [Inc]"', 'contact:', '  name: Jo', 'notice: 1 month'], ['2026-09-01 invoice A-1 $100 due 2026-09-15']), 'clients/acme.md');
  const context = documentContext(client, day('2026-01-31'));

  it('fills logic-less placeholders with escaped record values and keeps our frontmatter', () => {
    const template = '# Letterhead\n\nDear {{ contact }}, about {{client}} ({{client_id}}):\n\n{{open_invoices}}\n\nLast day: {{last_working_day}}. Open: {{open_balance}}.\n';
    const filled = fillTemplate(template, 'termination', client, documentContext(client, day('2026-11-20')), writer)!;
    assert.deepEqual(filled.warnings, []);
    assert.match(filled.text, /^---\ndocument: termination\nclient: acme\ncreated: 2026-11-20\n---\n\n# Letterhead\n/);
    assert.match(filled.text, /about \\\*Acme\\\* \\\[Inc] \(acme\)/);
    assert.match(filled.text, /- A-1 \(issued 2026-09-01\): \$100\.00 unpaid, due 2026-09-15, 66 days overdue/);
    assert.match(filled.text, /Last day: 2026-12-20\. Open: \$100\.00\./);
    const parsed = parseFile(filled.text, 'clients/acme/2026-11-20-termination.md');
    assert.equal(parsed.type, 'document');
  });

  it('wraps the built-in document with {{document}}', () => {
    const filled = fillTemplate('LETTERHEAD\n\n{{document}}\n\nSIGNATURE\n', 'termination', client, context, writer)!;
    const builtIn = renderDocument('termination', client, context, writer);
    const body = builtIn.slice(builtIn.indexOf('\n---\n') + 5).trim();
    assert.ok(filled.text.includes(`LETTERHEAD\n\n${body}\n\nSIGNATURE`));
    assert.match(filled.text, /my last working day for you is \w+ 2026-02-28/);
  });

  it('leaves unknown placeholders, drops a template frontmatter, and never evaluates anything', () => {
    const globals = globalThis as { templateRan?: boolean };
    const template = '---\ndocument: evil\n---\n{{ constructor }} {{__proto__}} {{ process.exit }} ${globalThis.templateRan = true} <%= 1 %>\n';
    const filled = fillTemplate(template, 'salvage-plan', client, context, writer)!;
    assert.equal(globals.templateRan, undefined);
    assert.match(filled.text, /^---\ndocument: salvage-plan\n/);
    assert.ok(filled.text.includes('{{ constructor }} {{__proto__}} {{ process.exit }} ${globalThis.templateRan = true} <%= 1 %>'));
    assert.equal(filled.warnings.length, 2);
    assert.match(filled.warnings[1], /\{\{constructor\}\}, \{\{__proto__\}\}/);
  });
});
