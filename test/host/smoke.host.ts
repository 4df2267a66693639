// Smoke test inside a real VS Code extension host (npm run test:host): the extension is
// installed from this repository, activates, and the fixture workspace is open.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'client-ledger.client-ledger';

describe('in-editor smoke', () => {
  it('finds the extension and activates it', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await ext.activate();
    assert.equal(ext.isActive, true);
    assert.equal(ext.packageJSON.name, 'client-ledger');
  });

  it('opens the fixture workspace', async () => {
    const expected = process.env.CLIENT_LEDGER_TEST_WORKSPACE;
    assert.ok(expected, 'CLIENT_LEDGER_TEST_WORKSPACE is not set (run through scripts/test-host/run.mjs)');
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folders.length > 0, 'no workspace folder is open');
    assert.equal(folders[0].uri.path, path.resolve(expected));
    const clientFiles = await vscode.workspace.findFiles('clients/**/*.md');
    assert.ok(clientFiles.length > 0, 'the fixture workspace has no clients/**/*.md');
  });

  // Proves that a failing in-editor test fails the run: CLIENT_LEDGER_HOST_SELFTEST_FAIL=1.
  if (process.env.CLIENT_LEDGER_HOST_SELFTEST_FAIL === '1') {
    it('fails on purpose (CLIENT_LEDGER_HOST_SELFTEST_FAIL=1)', () => {
      assert.fail('deliberate failure to check that the harness reports it');
    });
  }
});
