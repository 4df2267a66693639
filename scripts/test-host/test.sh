#!/usr/bin/env bash
# In-editor tests (npm run test:host): installs the test host if needed, builds the extension
# and the tests, then runs test/host/*.host.ts inside code-server's extension host on a fresh
# copy of the sample ledger with clientLedger.today pinned to the README's day (made by
# scripts/test-host/workspace.mjs, as for the desktop run in .vscode-test.mjs). A screenshot of
# the workbench as the tests left it goes to .test-artifacts/host.png. Extra arguments go to
# run.mjs (--verbose, --timeout).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/ensure-deps.mjs
bash scripts/test-host/setup.sh
node scripts/build.mjs
npx --no-install tsc -p tsconfig.test.json

workspace=$(node scripts/test-host/workspace.mjs)
trap 'rm -rf "$(dirname "$workspace")"' EXIT

mkdir -p .test-artifacts
node scripts/test-host/run.mjs \
  --tests "$PWD/out/test/host/index.js" \
  --workspace "$workspace" \
  --screenshot "$PWD/.test-artifacts/host.png" \
  "$@"
