import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseOptions } from '../../src/core/load-ledger';
import { parseLedgerText } from '../../src/core/parse/ledger-file';
import { parseSimpleYaml } from '../../src/core/parse/simple-yaml';
import { mulberry32 } from '../helpers/seeded-random';
import { cases, HANG_GUARD_MS } from '../helpers/budget';
import { fileReading } from '../helpers/yaml-readings';

function assertSame(text: string, label: string): void {
  assert.equal(fileReading(text, false), fileReading(text, true), `${label}\n${text}`);
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

  describe('where YAML reads a line otherwise than it looks (found against inputs written elsewhere)', () => {
    const record = (frontmatter: string) => parseLedgerText('clients/acme.md', `---\nclient: Acme\n${frontmatter}\n---\n`, parseOptions());
    const declines = (frontmatter: string) => {
      const lines = ['client: Acme', ...frontmatter.split('\n')];
      assert.equal(parseSimpleYaml(lines, 0, lines.length), undefined, frontmatter);
      assertSame(`---\n${lines.join('\n')}\n---\n`, frontmatter);
    };
    const services = (frontmatter: string) => {
      const file = record(frontmatter);
      assert.equal(file.type, 'client');
      return file.type === 'client' ? file.services : [];
    };
    const problems = (frontmatter: string) => {
      const file = record(frontmatter);
      return file.type === 'ignored' ? [] : file.problems.map((found) => `${found.rule}: ${found.message}`);
    };

    it('a null in a flow list is null, not the text "null"', () => {
      for (const line of ['services: [~]', 'services: [null, a]', 'services: [a, NULL]', 'services: [Null]']) declines(line);
      assert.deepEqual(services('services: [~]'), []);
      assert.deepEqual(services('services: [null, inbox]'), ['inbox']);
      assert.deepEqual(services('services: [nulls, none, true]'), ['nulls', 'none', 'true']);
    });

    it('a colon and a tab in a flow list make a pair, as a colon and a space do', () => {
      for (const line of ['services: [a:\tb]', 'services: [inbox, a:\tb]', 'services: [a: b]', 'services: [a:]']) declines(line);
      assert.deepEqual(services('services: [inbox, a:\tb]'), ['inbox']);
      assert.deepEqual(services('services: [a:b, http://x.example]'), ['a:b', 'http://x.example']);
    });

    it('only space and tab are blanks: other Unicode spaces are part of the value, and after ] or a quote they are an error', () => {
      for (const space of ['\u00a0', '\u2028', '\u3000', '\ufeff']) {
        assert.deepEqual(services(`services: [${space}inbox, calendar${space}]`), [`${space}inbox`, `calendar${space}`]);
        assertSame(`---\nclient: Acme\nservices: [${space}inbox, calendar${space}]\n---\n`, 'inside a flow list');
        for (const line of [`services: [inbox]${space}`, `owner: "Jo"${space}`, `owner: 'Jo'${space}`, `services: [inbox]${space}# note`]) {
          declines(line);
          assert.match(problems(line).join('\n'), /^frontmatter-invalid: YAML error/, JSON.stringify(line));
        }
      }
      assert.deepEqual(services('services: [inbox]\t# note'), ['inbox']);
    });

    it('keys that YAML reads as booleans or null are not plain keys: true and True are the same key', () => {
      for (const lines of ['True: x', 'TRUE: x', 'false: x', 'null: x', 'Null: x', 'NULL: x', 'contact:\n  True: a']) declines(lines);
      assert.match(problems('true: a\nTrue: b').join('\n'), /frontmatter-invalid: YAML error: Map keys must be unique/);
      assert.match(problems('contact:\n  name: Jo\n  true: a\n  TRUE: b').join('\n'), /Map keys must be unique/);
      assert.match(problems('null: x\nNull: y').join('\n'), /Map keys must be unique/);
      const plain = parseSimpleYaml(['Truth: x', 'nullable: y', 'yes: z', 'on: w', 'Nil: v'], 0, 5);
      assert.deepEqual(plain?.items.map((pair) => String((pair.key as { value: unknown }).value)), ['Truth', 'nullable', 'yes', 'on', 'Nil']);
    });

    it('a key over 1023 characters is left to the full parser (YAML allows 1024, yaml counts in a line break after an empty value)', () => {
      for (const lines of [`${'k'.repeat(1025)}: x`, `contact:\n  ${'k'.repeat(1025)}: x`, `status:\n${'k'.repeat(1024)}: x`]) declines(lines);
      for (const lines of [`${'k'.repeat(1025)}: x`, `status:\n${'k'.repeat(1024)}: x`]) {
        assert.match(problems(lines).join('\n'), /frontmatter-invalid: YAML error: The : indicator must be at most 1024 chars/);
      }
      assert.ok(parseSimpleYaml(['status:', `${'k'.repeat(1023)}: x`], 0, 2));
    });

    it('a comment deeper than the items of a list or map after them is left to the full parser (it stretches their range)', () => {
      for (const lines of ['services:\n - inbox\n  # weekly', 'contact:\n  name: Jo\n    # the owner\nowner: me']) declines(lines);
      const same = ['services:\n  # the usual\n  - inbox\n  # weekly\n# end', 'services:\n    # before the items\n  - inbox'];
      for (const lines of same) assert.ok(parseSimpleYaml(['client: Acme', ...lines.split('\n')], 0, lines.split('\n').length + 1), lines);
    });
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
