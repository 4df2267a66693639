// The web run's smoke test: these tests and the extension run in the web worker extension host,
// on the workspace the harness opened through the remote file system.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, EXTENSION_ID } from '../host/host-helpers';

describe('the web worker extension host', () => {
  it('runs these tests in a web worker: no Node process, a navigator, importScripts', () => {
    const scope = globalThis as Record<string, unknown>;
    assert.equal(typeof scope.process, 'undefined');
    assert.equal(typeof scope.navigator, 'object');
    assert.equal(typeof scope.importScripts, 'function');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('runs the extension beside them, from its browser entry', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
    const exported = await api(); // the exports reach only code in the same extension host
    assert.equal(extension.isActive, true);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    assert.ok(exported.queries.standings().length > 0, 'the index holds the fixture clients');
  });

  it('reads the fixture workspace through the remote file system, not a disk', async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'no workspace folder is open');
    assert.equal(folder.uri.scheme, 'vscode-remote');
    const records = (await vscode.workspace.fs.readDirectory(clientUri())).filter(([name]) => name.endsWith('.md'));
    assert.ok(records.length > 0, 'the fixture workspace has no clients/*.md');
  });
});
