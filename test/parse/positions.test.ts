import assert from 'node:assert/strict';
import type { ClientRecord } from '../../src/core/model';
import { check, lineOf, parseClient, parseFile, recordText } from '../helpers/ledger-text';

describe('positions', () => {
  const text = recordText(
    ['status: active', 'contact:', '  name: Jane', 'deposit: $500', 'thresholds:', '  no-contact: 30'],
    ['2026-10-01 invoice INV-042 $450 due 2026-10-15', '2026-10-20 payment INV-042 $200', '2026-11-19 email from Jane'],
  );

  it('gives every key its 1-based line and column', () => {
    const client = parseClient(text);
    assert.deepEqual(client.places.get('client')!.key.start, { line: 2, column: 1 });
    assert.deepEqual(client.places.get('deposit')!.key.start, { line: lineOf(text, 'deposit:'), column: 1 });
    assert.deepEqual(client.places.get('deposit')!.value.start, { line: lineOf(text, 'deposit:'), column: 10 });
    assert.deepEqual(client.places.get('contact.name')!.key.start, { line: lineOf(text, 'name: Jane'), column: 3 });
  });

  it('puts every entry at its date, to the end of its line', () => {
    const client = parseClient(text);
    const invoiceLine = lineOf(text, 'invoice INV-042');
    assert.deepEqual(client.entries[0].range, {
      start: { line: invoiceLine, column: 3 },
      end: { line: invoiceLine, column: '- 2026-10-01 invoice INV-042 $450 due 2026-10-15'.length + 1 },
    });
  });

  it('reports a finding on the invoice line at the date column', () => {
    const overdue = check(text).find((finding) => finding.rule === 'invoice-overdue')!;
    assert.deepEqual(overdue.range.start, { line: lineOf(text, 'invoice INV-042'), column: 3 });
    assert.match(overdue.message, /^Invoice INV-042 \(\$250\.00 unpaid of \$450\.00\) is 36 days overdue/);
  });

  it('gives CRLF and CR files the same lines and columns as LF files', () => {
    const lf = check(text).map((finding) => [finding.rule, finding.range]);
    assert.ok(lf.length >= 3);
    assert.deepEqual(check(text.replace(/\n/g, '\r\n')).map((finding) => [finding.rule, finding.range]), lf);
    assert.deepEqual(check(text.replace(/\n/g, '\r')).map((finding) => [finding.rule, finding.range]), lf);
  });

  it('keeps columns with a byte-order mark (editors do not count it)', () => {
    const plain = parseClient(text);
    const bom = parseClient(`\uFEFF${text}`);
    assert.deepEqual(bom.places.get('client'), plain.places.get('client'));
    assert.deepEqual(bom.entries.map((entry) => entry.range), plain.entries.map((entry) => entry.range));
  });

  it('points a YAML error at its place in the file', () => {
    const broken = parseFile(['---', 'client: Acme', 'status: [active', 'since: 2026-01-01', '---', ''].join('\n'));
    assert.ok(broken.type === 'broken');
    const problem = broken.problems[0];
    assert.ok(problem.range.start.line >= 3 && problem.range.start.line <= 5, `line ${problem.range.start.line}`);
    assert.match(problem.message, /^YAML error: /);
  });

  it('reads a value error at the value, not the key', () => {
    const bad = recordText(['since: 2026-02-30']);
    const finding = check(bad).find((item) => item.rule === 'frontmatter-invalid')!;
    assert.deepEqual(finding.range.start, { line: lineOf(bad, 'since:'), column: 8 });
    assert.equal(finding.severity, 'error');
    assert.match(finding.message, /since must be a date YYYY-MM-DD, not "2026-02-30"/);
  });

  it('keeps entries in file order with their kinds', () => {
    const client = parseClient(text) as ClientRecord;
    assert.deepEqual(client.entries.map((entry) => entry.kind), ['invoice', 'payment', 'email']);
  });
});
