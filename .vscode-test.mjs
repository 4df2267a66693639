// The in-editor suite in desktop VS Code (npm run test:electron; @vscode/test-cli reads this
// file). It is the suite npm test runs in code-server: the file list and the mocha options
// come from the suite entry test/host/index.ts (compiled to out/test/host/index.js), and the
// workspace is the same fresh copy of the sample ledger (scripts/test-host/workspace.mjs).
// VS Code is downloaded into .vscode-test/ unless CLIENT_LEDGER_VSCODE names the executable of
// an installed one (README, "Testing in the editor: four ways").
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@vscode/test-cli';
import { makeTestWorkspace } from './scripts/test-host/workspace.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** The module code-server's harness loads as extensionTestsPath (scripts/test-host/test.sh). */
export const suiteEntry = join(root, 'out', 'test', 'host', 'index.js');

function loadSuite() {
  if (!existsSync(suiteEntry)) throw new Error(`no compiled suite at ${suiteEntry}: npm run test:electron builds it`);
  return createRequire(import.meta.url)(suiteEntry);
}

/** A fresh copy of the sample ledger, removed when this process ends. */
function freshWorkspace() {
  const workspace = makeTestWorkspace();
  process.on('exit', () => rmSync(dirname(workspace), { recursive: true, force: true }));
  return workspace;
}

/** CLIENT_LEDGER_VSCODE=/path/to/code runs that VS Code instead of downloading one. */
function installation(env) {
  return env.CLIENT_LEDGER_VSCODE ? { useInstallation: { fromPath: env.CLIENT_LEDGER_VSCODE } } : {};
}

const { hostTestFiles, HOST_MOCHA_OPTIONS } = loadSuite();
const workspace = freshWorkspace();

export default defineConfig({
  label: 'host',
  files: hostTestFiles(dirname(suiteEntry)),
  extensionDevelopmentPath: root,
  workspaceFolder: workspace,
  mocha: { ...HOST_MOCHA_OPTIONS },
  env: { CLIENT_LEDGER_TEST_WORKSPACE: workspace },
  ...installation(process.env),
});
