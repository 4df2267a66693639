import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOptions } from '../../src/core/load-ledger';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { parseSimpleYaml } from '../../src/core/parse/simple-yaml';
import { mulberry32 } from '../helpers/seeded-random';
import { cases, HANG_GUARD_MS } from '../helpers/budget';

/** Everything the frontmatter gives a record, comparable as JSON (Maps as entries). */
function view(text: string, fullYaml: boolean): string {
  const file = parseLedgerText('clients/acme.md', text, { ...parseOptions(), fullYaml });
  return JSON.stringify(file, (_key, value) => (value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value));
}

function assertSame(text: string, label: string): void {
  assert.equal(view(text, false), view(text, true), `${label}\n${text}`);
}

const SAMPLE = resolve(__dirname, '../../../examples/ledger/clients');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

const POOL = [
  'status: active', 'status: on-hold   # broke a wrist', 'since: 2026-01-05', 'currency: EUR', 'rate: 40/h', 'terms: net 14',
  'terms: 30', 'notice: 1 month', 'deposit: $500', 'deposit: none', 'deposit: 1,200.50 EUR', 'retainer: ~', 'retainer:',
  'minimum_hours: 10', 'minimum_hours: 7.5', 'agreement: agreements/a.pdf', 'agreement:   # to sign', 'hours: Mon-Fri 09:00-17:00',
  'owner: jo@example.com', '# a comment', '', '   ', 'contact:', '  name: Jane Doe', '  email: jane@x.example', '  backup: Tom, 555 0101',
  '    phone: "+1 555"', 'services:', '  - inbox', '  - calendar   # weekly', '- stray item', 'thresholds:', '  no-contact: 21',
  '  awaiting-reply: 72h', 'snooze:', '  no-contact: 2026-12-01', 'client: "Quoted Co."', "client: 'Single'", 'client: Plain Co.',
  'tags: [a, b]', 'contact: {name: Jo}', 'alias: &a x', 'ref: *a', 'note: |', '  block text', 'weird: a: b', 'colon: ends:',
  'status:\tactive', '\tname: tab', 'dup: 1', 'dup: 2', 'url: https://x.example/a#b', 'hash: a #b', 'hash2: a#b', 'neg: -5',
  'dash: - x', 'question: ?x', 'tags: []', "phone: '+1 555'", "x: 'it''s'", 'y: "a\\"b"', 'services: [a, b: c]', 'list: [a,b ,  c ]  # c', 'empty_list:', '  -', 'nested:', '  deeper:', '    x: 1', 'Key With Space: x', 'on: yes',
];


describe('the fast path for simple frontmatter', function () {
  this.timeout(HANG_GUARD_MS);
  it('reads the sample records exactly as the yaml package does', () => {
    const files = markdownFiles(SAMPLE);
    assert.ok(files.length >= 9);
    for (const path of files) assertSame(readFileSync(path, 'utf8'), path);
  });

  it('is taken for every sample record (not just falling back)', () => {
    for (const path of markdownFiles(SAMPLE)) {
      const text = readFileSync(path, 'utf8').split('\n');
      assert.ok(parseSimpleYaml(text, 1, text.indexOf('---', 1)), path);
    }
    const quotedAndFlow = ['client: "Q Co."', "phone: '+1 555'", 'services: [a, b c]', 'tags: []'];
    assert.ok(parseSimpleYaml(quotedAndFlow, 0, quotedAndFlow.length));
  });

  it('falls back for anything beyond it', () => {
    for (const lines of [['a: &x 1'], ["x: 'it''s'"], ['y: "a\\"b"'], ['s: [a, b: c]'], ['s: [a, [b]]'], ['note: |', '  t'], ['dup: 1', 'dup: 2'], ['\tname: x'], ['weird: a: b'], ['nested:', '  deeper:', '    x: 1']]) {
      assert.equal(parseSimpleYaml(lines, 0, lines.length), undefined, lines.join('\\n'));
    }
  });

  const runs = cases(1_000);
  it(`agrees with the yaml package on ${runs.toLocaleString('en-US')} random frontmatters`, () => {
    const random = mulberry32(2026);
    for (let run = 0; run < runs; run++) {
      const count = 1 + Math.floor(random() * 12);
      const lines = ['client: Acme', ...Array.from({ length: count }, () => POOL[Math.floor(random() * POOL.length)])];
      assertSame(['---', ...lines, '---', '', '## Log', '', '- 2026-11-01 note: x', ''].join('\n'), `run ${run}`);
    }
  });
});
