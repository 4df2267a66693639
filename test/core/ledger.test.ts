import assert from 'node:assert/strict';
import { checkLedger } from '../../src/core/check';
import { loadLedger } from '../../src/core/load-ledger';
import { MemoryStore } from '../../src/core/store';
import { Ledger } from '../../src/core/ledger';
import { day, parseFile, recordText, TODAY } from '../helpers/ledger-text';

const former = (name: string) => recordText([`client: ${name}`, 'status: former']);

describe('the ledger: records, documents and ids', () => {
  it('links documents to their client by id, ignoring case and folder', async () => {
    const ledger = await loadLedger(new MemoryStore({
      'clients/acme-bakery.md': former('Acme Bakery'),
      'clients/acme-bakery/2026-11-01-salvage-plan.md': '---\ndocument: salvage-plan\nclient: Acme-Bakery\ncreated: 2026-11-01\n---\n# Plan\n',
      'clients/notes.md': '# Just notes\n',
    }));
    assert.deepEqual(ledger.clients.map((client) => client.id), ['acme-bakery']);
    assert.deepEqual(ledger.documentsOf(ledger.clients[0]).map((document) => [document.kind, document.file]), [
      ['salvage-plan', 'clients/acme-bakery/2026-11-01-salvage-plan.md'],
    ]);
    assert.equal(ledger.files.find((file) => file.file === 'clients/notes.md')?.type, 'ignored');
  });

  it('flags a document whose client does not exist', async () => {
    const results = checkLedger(await loadLedger(new MemoryStore({
      'clients/ghost/letter.md': '---\ndocument: termination\nclient: ghost\n---\n',
    })), day(TODAY));
    assert.deepEqual(results.map((result) => [result.file, result.findings.map((finding) => [finding.rule, finding.severity, finding.range.start.line])]), [
      ['clients/ghost/letter.md', [['document-client-unknown', 'warning', 3]]],
    ]);
  });

  it('flags the second record with an id already taken, ignoring case', async () => {
    const results = checkLedger(await loadLedger(new MemoryStore({
      'clients/a/acme.md': former('Acme'),
      'clients/b/ACME.md': former('Acme again'),
    })), day(TODAY));
    assert.deepEqual(results.map((result) => [result.file, result.findings.map((finding) => finding.rule)]), [
      ['clients/b/ACME.md', ['client-id-duplicate']],
    ]);
    assert.match(results[0].findings[0].message, /also the id of \.\.\/a\/acme\.md/);
  });

  it('gives the same result whatever order the store lists files in', async () => {
    const files = {
      'clients/b.md': recordText(['client: B'], ['2026-01-01 invoice X $5']),
      'clients/a.md': recordText(['client: A'], ['2026-01-01 email to A']),
      'clients/c.md': '---\nclient: [\n---\n',
    };
    const forward = checkLedger(await loadLedger(new MemoryStore(files)), day(TODAY));
    const reversed = checkLedger(await loadLedger(new MemoryStore(Object.fromEntries(Object.entries(files).reverse()))), day(TODAY));
    assert.deepEqual(reversed, forward);
    assert.deepEqual(forward.map((result) => result.file), ['clients/a.md', 'clients/b.md', 'clients/c.md']);
  });
});

describe('the ledger kept file by file', () => {
  it('says which files to re-check when one changes', () => {
    const ledger = new Ledger([
      parseFile(recordText(['client: Acme']), 'clients/acme.md'),
      parseFile(recordText(['client: Beta']), 'clients/beta.md'),
      parseFile('---\ndocument: termination\nclient: acme\n---\n', 'clients/acme/letter.md'),
    ]);
    assert.deepEqual(ledger.set(parseFile(recordText(['client: Acme Ltd']), 'clients/acme.md')).sort(), ['clients/acme.md', 'clients/acme/letter.md']);
    assert.deepEqual(ledger.set(parseFile(recordText(['client: Beta 2']), 'clients/beta.md')), ['clients/beta.md']);
    assert.deepEqual(ledger.delete('clients/acme.md').sort(), ['clients/acme.md', 'clients/acme/letter.md']);
    assert.equal(ledger.client('ACME'), undefined);
    assert.deepEqual(ledger.set(parseFile(recordText(['client: Acme again']), 'clients/x/ACME.md')).sort(), ['clients/acme/letter.md', 'clients/x/ACME.md']);
    assert.deepEqual(ledger.documentsOf(ledger.client('acme')!).map((document) => document.file), ['clients/acme/letter.md']);
    assert.deepEqual(ledger.delete('nowhere.md'), []);
  });
});
