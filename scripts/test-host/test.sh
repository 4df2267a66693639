#!/usr/bin/env bash
# In-editor tests (npm run test:host): installs the test host if needed, builds the extension
# and the tests, then runs test/host/*.host.ts inside code-server's extension host on a fresh
# copy of the sample ledger (the tests edit, create and delete files; made by
# scripts/test-host/workspace.mjs, as for the desktop run in .vscode-test.mjs), opened through a
# multi-root workspace file beside it (ledger.code-workspace, that one folder), so a test may
# add and remove workspace folders without the window reloading; clientLedger.today is pinned
# to the README's day in the workspace file's settings (a multi-root window does not read
# window settings from a folder's .vscode/settings.json). A screenshot of the workbench as the tests
# left it goes to .test-artifacts/host.png. Extra arguments go to run.mjs (--verbose, --timeout).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/ensure-deps.mjs
bash scripts/test-host/setup.sh
node scripts/build.mjs
npx --no-install tsc -p tsconfig.test.json

workspace=$(node scripts/test-host/workspace.mjs)
trap 'rm -rf "$(dirname "$workspace")"' EXIT
workspace_file=$(node scripts/test-host/workspace.mjs --multi-root "$workspace")

mkdir -p .test-artifacts
CLIENT_LEDGER_TEST_WORKSPACE="$workspace" node scripts/test-host/run.mjs \
  --tests "$PWD/out/test/host/index.js" \
  --workspace "$workspace_file" \
  --screenshot "$PWD/.test-artifacts/host.png" \
  "$@"
