// `npm test`: the engine's unit tests, then the tests inside a real VS Code (code-server), in
// its Node extension host and in its web worker one, then the language server in Neovim, then
// the UI test through the workbench, then one closing line with the counts of all five:
// "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const artifacts = '.test-artifacts';
mkdirSync(artifacts, { recursive: true });
const suites = [
  ['unit', ['run', 'test:unit']],
  ['host', ['run', 'test:host']],
  ['web', ['run', 'test:web']],
  ['editors', ['run', 'test:editors']],
  ['ui', ['run', 'test:ui']],
];
let passes = 0;
let failures = 0;
let failed = false;
for (const [name, args] of suites) {
  const stats = join(artifacts, `${name}-stats.json`);
  rmSync(stats, { force: true });
  const result = spawnSync('npm', args, { stdio: 'inherit', env: { ...process.env, CLIENT_LEDGER_TEST_STATS: join(process.cwd(), stats) } });
  if (result.status !== 0) failed = true;
  if (existsSync(stats)) {
    const counts = JSON.parse(readFileSync(stats, 'utf8'));
    passes += counts.passes;
    failures += counts.failures;
  } else {
    console.error(`${name} tests did not report their counts (exit ${result.status})`);
    failed = true;
  }
}
console.log(`${passes} passed, ${failures} failed`);
process.exit(failed || failures > 0 ? 1 : 0);
