// `npm run fuzz`: the property tests of test/properties with many more cases than `npm test`
// runs (CLIENT_LEDGER_FUZZ_RUNS, default 200,000 a property), and no time limit.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const runs = process.env.CLIENT_LEDGER_FUZZ_RUNS ?? '200000';
const mocha = require.resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, '--no-config', '--enable-source-maps', '--forbid-only', '--forbid-pending', '--timeout', '0', 'out/test/properties/**/*.test.js'], {
  stdio: 'inherit',
  env: { ...process.env, CLIENT_LEDGER_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
