import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeStore } from '../../src/cli/node-store';

describe('NodeStore.lists: whether a file reported on its own is one the listing names', () => {
  let base: string;
  let root: string;

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'client-ledger-store-'));
    root = join(base, 'clients');
    for (const folder of ['sub', '.trash', 'node_modules']) mkdirSync(join(root, folder), { recursive: true });
    for (const file of ['acme.md', 'sub/beta.md', '.trash/old.md', 'node_modules/x.md', 'notes.txt']) writeFileSync(join(root, file), 'x');
    writeFileSync(join(base, 'outside.md'), 'x');
    symlinkSync(join(base, 'outside.md'), join(root, 'leaves.md'));
    symlinkSync(join(root, 'acme.md'), join(root, 'stays.md'));
  });

  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('agrees with list on every file of the folder, and says no to what is outside it or gone', async () => {
    const store = new NodeStore(root);
    const listed = await store.list();
    assert.deepEqual(listed.map((path) => path.slice(root.length + 1)).sort(), ['acme.md', 'stays.md', 'sub/beta.md']);
    for (const file of ['acme.md', 'sub/beta.md', 'stays.md', '.trash/old.md', 'node_modules/x.md', 'notes.txt', 'leaves.md', 'gone.md']) {
      assert.equal(await store.lists(join(root, file)), listed.includes(join(root, file)), file);
    }
    assert.equal(await store.lists(join(base, 'outside.md')), false);
    assert.equal(await store.lists(root), false);
  });
});
