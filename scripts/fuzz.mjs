// `npm run fuzz`: the randomised tests (the fast-check properties and the seeded random samples)
// with many more cases than `npm test` runs (CLIENT_LEDGER_FUZZ_RUNS, default 200,000 a test;
// CLIENT_LEDGER_FUZZ_SEED for another seed), and no time limit. See test/helpers/budget.ts.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const runs = process.env.CLIENT_LEDGER_FUZZ_RUNS ?? '200000';
const mocha = require.resolve('mocha/bin/mocha.js');
const files = [
  'out/test/properties/**/*.test.js',
  'out/test/merge/merge-properties.test.js',
  'out/test/scan-blocks.test.js',
  'out/test/parse/simple-yaml.test.js',
  'out/test/parse/simple-yaml-exact.test.js',
  'out/test/values/fast-paths.test.js',
];
const result = spawnSync(process.execPath, [mocha, '--no-config', '--enable-source-maps', '--forbid-only', '--forbid-pending', '--timeout', '0', ...files], {
  stdio: 'inherit',
  env: { ...process.env, CLIENT_LEDGER_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
