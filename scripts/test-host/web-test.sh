#!/usr/bin/env bash
# In-editor tests in the web worker extension host (npm run test:web), as on vscode.dev and
# github.dev: builds the extension (its `browser` entry) and the browser bundle of the suite
# (scripts/test-host/web-suite.mjs: every test/host/*.host.ts but the DESKTOP_ONLY ones, plus
# test/web/*.web.ts), then runs it in code-server with the extension moved to the web worker
# (run.mjs --web), on a fresh copy of the sample ledger opened through a multi-root workspace
# file as for npm run test:host. The workbench as the tests left it goes to
# .test-artifacts/web-host.png. Extra arguments go to run.mjs (--verbose, --timeout).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/ensure-deps.mjs
bash scripts/test-host/setup.sh
node scripts/build.mjs
npx --no-install tsc -p tsconfig.test.json
node scripts/test-host/web-suite.mjs

workspace=$(node scripts/test-host/workspace.mjs)
trap 'rm -rf "$(dirname "$workspace")"' EXIT
workspace_file=$(node scripts/test-host/workspace.mjs --multi-root "$workspace")

mkdir -p .test-artifacts
node scripts/test-host/run.mjs --web \
  --tests "$PWD/out/test/web/suite.js" \
  --workspace "$workspace_file" \
  --screenshot "$PWD/.test-artifacts/web-host.png" \
  "$@"
