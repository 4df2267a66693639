#!/usr/bin/env node
// The workspace the in-editor tests open: a fresh copy of examples/ledger (the tests edit,
// create and delete files) with clientLedger.today pinned to the day of the README's sample
// output. scripts/test-host/test.sh (code-server) and .vscode-test.mjs (desktop VS Code) both
// make it here. Run as a script, it makes one in a new temporary folder and prints its path;
// the caller removes that path's parent folder when done.
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const TEST_TODAY = '2026-11-20';

/** Copies the sample ledger to `<parent>/ledger` with its .vscode/settings.json; returns that path. */
export function makeTestWorkspace(parent = mkdtempSync(join(realpathSync(tmpdir()), 'client-ledger-host-'))) {
  const workspace = join(parent, 'ledger');
  cpSync(join(repoRoot, 'examples', 'ledger'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `{\n  "clientLedger.today": "${TEST_TODAY}"\n}\n`);
  return workspace;
}

/**
 * Writes `ledger.code-workspace` beside the copy (that one folder, clientLedger.today in its
 * settings: a multi-root window does not read window settings from a folder's
 * .vscode/settings.json, which is removed so it cannot mislead); returns the file's path. A
 * multi-root window lets a test add and remove workspace folders without a reload.
 */
export function makeMultiRootFile(workspace) {
  rmSync(join(workspace, '.vscode', 'settings.json'), { force: true });
  const file = join(dirname(workspace), 'ledger.code-workspace');
  const settings = { folders: [{ path: 'ledger' }], settings: { 'clientLedger.today': TEST_TODAY } };
  writeFileSync(file, `${JSON.stringify(settings, null, 2)}\n`);
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [flag, workspace] = process.argv.slice(2);
  process.stdout.write(`${flag === '--multi-root' ? makeMultiRootFile(workspace) : makeTestWorkspace()}\n`);
}
