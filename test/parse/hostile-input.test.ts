import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLedger } from '../../src/core/check';
import { loadLedger, parseOptions } from '../../src/core/load-ledger';
import type { ClientRecord } from '../../src/core/model';
import { MAX_FILE_BYTES, parseLedgerBytes, parseLedgerText } from '../../src/core/parse/ledger-file';
import { MemoryStore } from '../../src/core/store';
import { NodeStore } from '../../src/cli/node-store';
import { day, recordText, TODAY } from '../helpers/ledger-text';
import { HANG_GUARD_MS } from '../helpers/budget';

// Input built to hurt: bounded work, a clear finding, and the rest of the ledger still checked.

const healthy = recordText(['deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], ['2026-11-19 email from Jane']);

async function findingsOf(files: Record<string, string | Uint8Array>) {
  const results = checkLedger(await loadLedger(new MemoryStore({ 'clients/healthy.md': healthy, ...files })), day(TODAY));
  assert.equal(results.find((result) => result.file === 'clients/healthy.md'), undefined, 'the healthy record is still checked, and clean');
  return new Map(results.map((result) => [result.file, result.findings]));
}

/** "Billion laughs": each alias level multiplies the one before by nine. */
function aliasBomb(levels: number): string {
  const lines = ['client: Bomb', 'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= levels; level++) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
  return `---\n${lines.join('\n')}\nservices: *l${levels}\n---\n## Log\n- 2026-11-19 email from Jane\n`;
}

describe('hostile input', function () {
  this.timeout(HANG_GUARD_MS);
  it('a YAML alias bomb is read without expanding the aliases', async () => {
    const file = parseLedgerText('clients/bomb.md', aliasBomb(12), parseOptions());
    assert.equal(file.type, 'client');
    const client = file as ClientRecord;
    // One level of alias is resolved (services: *l12 is the list of nine *l11), never the nested ones.
    assert.deepEqual(client.services, [], 'the nine nested aliases are not text, and not expanded');
    assert.equal(client.entries.length, 1);
    const findings = (await findingsOf({ 'clients/bomb.md': aliasBomb(12) })).get('clients/bomb.md') ?? [];
    assert.deepEqual(findings.map((finding) => finding.rule).sort(), ['no-agreement', 'no-backup-contact', 'no-deposit-policy']);
  });

  it('deeply nested flow collections are refused before the parser recurses', async () => {
    const deep = `---\nclient: Deep\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n---\n`;
    const findings = (await findingsOf({ 'clients/deep.md': deep })).get('clients/deep.md') ?? [];
    assert.deepEqual(findings.map((finding) => [finding.rule, finding.severity]), [['frontmatter-invalid', 'error']]);
    assert.match(findings[0].message, /nests \[ \] or \{ \} more than 64 deep/);
  });

  it('nesting within the limit is read as usual', () => {
    const file = parseLedgerText('clients/ok.md', `---\nclient: Fine\nx: ${'['.repeat(60)}${']'.repeat(60)}\n---\n`, parseOptions());
    assert.equal(file.type, 'client');
  });

  it('deeply nested block YAML within the size limit is read', () => {
    const nested = Array.from({ length: 600 }, (_, depth) => `${' '.repeat(depth + 1)}k:`).join('\n');
    const file = parseLedgerText('clients/block.md', `---\nclient: Block\nx:\n${nested}\n---\n`, parseOptions());
    assert.equal(file.type, 'client');
  });

  it('a file over 10 MB is skipped with a finding, from bytes and from an open document', async () => {
    const text = recordText(['deposit: none'], Array.from({ length: 300_000 }, () => '2026-11-01 email to Jane: hello there'));
    assert.ok(text.length > MAX_FILE_BYTES);
    for (const file of [parseLedgerText('clients/big.md', text, parseOptions()), parseLedgerBytes('clients/big.md', Buffer.from(text), parseOptions())]) {
      assert.equal(file.type, 'broken');
      assert.match(file.type === 'broken' ? file.problems[0].message : '', /over 10 MB/);
    }
    const findings = (await findingsOf({ 'clients/big.md': text })).get('clients/big.md') ?? [];
    assert.deepEqual(findings.map((finding) => finding.rule), ['file-unreadable']);
  });

  it('a 1 MB line is read: the entry keeps its text whole', () => {
    const note = 'x'.repeat(1_000_000);
    const file = parseLedgerText('clients/long.md', recordText(['deposit: none'], [`2026-11-01 note: ${note}`, '2026-11-02 email from Jane: 1 MB words follow']), parseOptions()) as ClientRecord;
    assert.equal(file.entries.length, 2);
    assert.equal(file.entries[0].text, note);
  });

  it('a line of 500,000 words is one entry with all its words', () => {
    const who = Array.from({ length: 500_000 }, () => 'x').join(' ');
    const file = parseLedgerText('clients/words.md', recordText([], [`2026-11-01 email to ${who}`]), parseOptions()) as ClientRecord;
    const entry = file.entries[0];
    assert.equal(entry.kind === 'email' ? entry.who : undefined, who);
  });
});

describe('hostile folders on disk (the CLI store)', function () {
  this.timeout(HANG_GUARD_MS);
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ledger-hostile-'));
    outside = mkdtempSync(join(tmpdir(), 'ledger-outside-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('does not follow links that leave the ledger folder, follows those that stay, and never loops', async () => {
    mkdirSync(join(root, 'clients'));
    writeFileSync(join(root, 'clients', 'inside.md'), healthy);
    writeFileSync(join(outside, 'secret.md'), healthy);
    symlinkSync(join(outside, 'secret.md'), join(root, 'clients', 'secret.md'));
    symlinkSync(outside, join(root, 'clients', 'elsewhere'));
    symlinkSync(join(root, 'clients', 'inside.md'), join(root, 'clients', 'alias.md'));
    symlinkSync(root, join(root, 'clients', 'loop'));
    const found = (await new NodeStore(root).list()).map((path) => path.slice(root.length + 1));
    assert.deepEqual(found, ['clients/alias.md', 'clients/inside.md']);
  });
});
