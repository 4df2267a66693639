#!/usr/bin/env bash
# The UI test (npm run test:ui): installs the test host if needed, packs the extension, then
# installs the packaged .vsix (npm run package) and drives the workbench as a person would
# (scripts/test-host/ui-test.mjs) on a fresh copy of the
# sample ledger. Screenshots go to .test-artifacts/ui-clients.png, ui-problems.png and
# ui-termination.png. Extra arguments go to ui-test.mjs (--verbose, --timeout).
set -euo pipefail
cd "$(dirname "$0")/../.."
node scripts/ensure-deps.mjs
bash scripts/test-host/setup.sh
node scripts/package.mjs
mkdir -p .test-artifacts
exec node scripts/test-host/ui-test.mjs "$@"
