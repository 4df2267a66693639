/**
 * Property tests ("Never lose a line"): the engine never throws, whatever the bytes or text of a
 * file, and every finding points at a real place of that file; a ledger of several files is
 * checked as a whole. Runs and seed: see arbitraries.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkFiles } from '../../src/core/check';
import { compare } from '../../src/core/ledger';
import { parseOptions } from '../../src/core/load-ledger';
import type { FileFindings, Finding, LedgerFile } from '../../src/core/model';
import { parseLedgerBytes, parseLedgerText } from '../../src/core/parse/ledger-file';
import { HANG_GUARD_MS } from '../helpers/budget';
import {
  anyText, assertFindingsInside, claim, engineLines, holds, ledgerishText, mutatedText, mutation, mutate, SAMPLE_TEXTS, TODAY, validRecord, yamlishText,
} from './arbitraries';

const options = parseOptions();
const PATH = 'clients/acme.md';

/**
 * Parses and checks one file's text: neither step may throw, the parser's safety net (which turns
 * an internal exception into "File could not be read") must not be needed, and every finding
 * must point at a real place of the text.
 */
function parseAndCheck(text: string, path = PATH): { file: LedgerFile; results: FileFindings[] } {
  const file = parseLedgerText(path, text, options);
  assert.equal(file.file, path);
  if (file.type === 'broken') {
    const crash = file.problems.find((problem) => problem.message.startsWith('File could not be read'));
    assert.equal(crash, undefined, `the parser threw inside: ${crash?.message}`);
  }
  const results = checkFiles([file], TODAY);
  assert.ok(results.length <= 1);
  for (const result of results) {
    assert.equal(result.file, path);
    assert.ok(result.findings.length > 0, 'a file is listed only with findings');
    assertFindingsInside(result.findings, text);
  }
  if (file.type === 'ignored') assert.deepEqual(results, [], 'an ignored file has no findings');
  for (const result of results) assertQuotedTokensAtTheirPlace(result.findings, text);
  return { file, results };
}

/**
 * A YAML error that quotes the token it is about (`Unexpected scalar token in YAML stream: "f"`)
 * starts where that token is written: "the exact place", not only some place in the text.
 */
function assertQuotedTokensAtTheirPlace(findings: readonly Finding[], text: string): void {
  const lines = engineLines(text);
  for (const finding of findings) {
    const quoted = /^YAML error: Unexpected [\w-]+ token in YAML stream: (".*")$/.exec(finding.message);
    if (!quoted) continue;
    let token: string;
    try {
      token = JSON.parse(quoted[1]) as string;
    } catch {
      continue;
    }
    const firstLine = token.split('\n')[0];
    // The parser quotes made-up tokens too (\u0018 for a flow collection cut off by the end): those are written nowhere.
    if (/^[\u0000-\u001f]/.test(firstLine)) continue;
    const { line, column } = finding.range.start;
    const at = lines[line - 1].slice(column - 1);
    claim(at.startsWith(firstLine), () => `"${finding.message}" points at ${line}:${column}, where the text is ${JSON.stringify(at)}`);
  }
}

describe('property: the engine never throws and every finding points at a real place', function () {
  this.timeout(HANG_GUARD_MS);
  it('on any text: every plane of unicode, ledger syntax, YAML-ish frontmatter (anchors, tags, flow maps, other languages)', () => {
    const text = fc.oneof(
      anyText,
      ledgerishText,
      ledgerishText.map((body) => `---\nclient: Acme\n---\n## Log\n${body}`),
      yamlishText,
    );
    holds(fc.property(text, (input) => {
      parseAndCheck(input);
    }));
  });

  it('on random bytes, read as a file is read (parseLedgerBytes)', () => {
    const encoder = new TextEncoder();
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(fc.oneof(ledgerishText, fc.constantFrom(...SAMPLE_TEXTS)), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
        .map(([text, flips]) => {
          const encoded = encoder.encode(text);
          for (const [at, value] of flips) if (encoded.length > 0) encoded[at % encoded.length] = value;
          return encoded;
        }),
    );
    holds(fc.property(bytes, (content) => {
      const file = parseLedgerBytes(PATH, content, options);
      assert.equal(file.file, PATH);
      const decoded = new TextDecoder('utf-8', { fatal: false }).decode(content);
      const results = checkFiles([file], TODAY);
      for (const result of results) assertFindingsInside(result.findings, decoded);
      if (file.type === 'broken' && file.problems.some((problem) => problem.rule === 'file-unreadable')) {
        // Only a file that is not UTF-8 text is skipped unread, and it says why.
        assert.ok(content.includes(0) || !isUtf8(content), 'a UTF-8 file without NUL is read');
        assert.match(file.problems[0].message, /^File skipped: /);
      } else {
        assert.ok(!content.includes(0) && isUtf8(content), 'binary or non-UTF-8 bytes are refused');
      }
    }));
  });

  it('on valid records and the sample ledger after random mutations', () => {
    holds(fc.property(mutatedText, (text) => {
      parseAndCheck(text);
    }));
  });
});

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------

const IDS = ['acme', 'ACME', 'Acme', 'beta', 'nova-startups', 'café'];
const FOLDERS = ['clients/', 'clients/archive/', 'clients/team/'];

/** One file of a small ledger: a path (ids collide, ignoring case) and a record, document or junk. */
const ledgerFile = fc.record({
  path: fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...IDS), fc.constantFrom('.md', '.MD', '/2026-11-20-termination.md')).map((parts) => parts.join('')),
  text: fc.oneof(
    // Mostly small records: the ledger-wide checks are about ids and links, not about a record's content.
    { arbitrary: fc.tuple(fc.constantFrom('Acme', '"Acme"', 'Beta & Co'), fc.constantFrom('', 'status: former\n', 'deposit: none  # policy\n', 'contact:\n  backup: Bo\n'), fc.constantFrom('\n', '\r\n'))
      .map(([name, more, eol]) => `---\nclient: ${name}\n${more}---\n## Log\n- 2026-11-19 email from Jo\n`.replace(/\n/g, eol)), weight: 2 },
    { arbitrary: validRecord({ maxItems: 3 }).map((record) => record.text), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom('termination', 'salvage-plan', 'note'), fc.constantFrom(...IDS, 'ghost', 'GHOST', '', '"acme"')).map(([kind, id]) => `---\ndocument: ${kind}\nclient: ${id}\n---\n# A document\n`), weight: 3 },
    { arbitrary: fc.tuple(validRecord().map((record) => record.text), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, changes]) => changes.reduce(mutate, text)), weight: 1 },
    { arbitrary: fc.oneof(ledgerishText, yamlishText), weight: 1 },
  ),
});

describe('property: a ledger of several files is checked as a whole', function () {
  this.timeout(HANG_GUARD_MS);
  it('never throws, reports only its own files, and finds exactly the duplicate ids and unknown clients', () => {
    holds(fc.property(fc.uniqueArray(ledgerFile, { selector: (file) => file.path, minLength: 1, maxLength: 3 }), (files) => {
      const texts = new Map(files.map((file) => [file.path, file.text]));
      const parsed = files.map((file) => parseLedgerText(file.path, file.text, options));
      const results = checkFiles(parsed, TODAY);

      // The first record (in path order) of each id, ignoring case: the one the others duplicate.
      const clients = parsed.filter((file) => file.type === 'client').sort((a, b) => compare(a.file, b.file));
      const first = new Map<string, string>();
      for (const client of clients) if (!first.has(client.id.toLowerCase())) first.set(client.id.toLowerCase(), client.file);

      const byFile = new Map<string, readonly Finding[]>();
      for (const result of results) {
        assert.ok(texts.has(result.file), `a finding for ${result.file}, which is not in the ledger`);
        assert.ok(!byFile.has(result.file), `${result.file} is listed twice`);
        byFile.set(result.file, result.findings);
        const file = parsed.find((candidate) => candidate.file === result.file)!;
        const firstText = () => {
          assert.equal(file.type, 'client');
          return texts.get(first.get(file.type === 'client' ? file.id.toLowerCase() : '')!)!;
        };
        // A duplicate id's related place is the key of the first record, in that other file.
        assertFindingsInside(result.findings, texts.get(result.file)!, (finding) => (finding.rule === 'client-id-duplicate' ? firstText() : texts.get(result.file)!));
      }
      assert.deepEqual(results.map((result) => result.file), [...byFile.keys()].sort(compare), 'files in path order');

      for (const file of parsed) {
        const rules = (byFile.get(file.file) ?? []).map((finding) => finding.rule);
        const duplicates = rules.filter((rule) => rule === 'client-id-duplicate').length;
        const unknown = rules.filter((rule) => rule === 'document-client-unknown').length;
        if (file.type === 'client') {
          assert.equal(duplicates, first.get(file.id.toLowerCase()) === file.file ? 0 : 1, `client-id-duplicate on ${file.file}`);
        } else assert.equal(duplicates, 0);
        if (file.type === 'document' && file.clientId !== '') {
          assert.equal(unknown, first.has(file.clientId.toLowerCase()) ? 0 : 1, `document-client-unknown on ${file.file} (client ${file.clientId})`);
        } else assert.equal(unknown, 0);
        if (file.type === 'ignored') assert.deepEqual(rules, []);
      }
    }));
  });
});
