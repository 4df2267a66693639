#!/usr/bin/env node
// Bundles the in-editor suite for the web worker extension host into out/test/web/suite.js:
// the runner (test/web/index.ts), the web run's smoke test (test/web/*.web.ts) and every
// test/host/*.host.ts that DESKTOP_ONLY (test/host/desktop-only.ts) does not name, in name
// order, as the Node run loads them. node:assert/strict becomes the npm port of Node's assert;
// the few `process` reads of that port are defined away, so the worker's global scope keeps no
// `process` (test/web/web-worker.web.ts checks). CLIENT_LEDGER_HOST_GREP is read now, at build time.
// Run after `tsc -p tsconfig.test.json` (it reads DESKTOP_ONLY from out/).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { DESKTOP_ONLY } = require(join(root, 'out', 'test', 'host', 'desktop-only.js'));
export const outfile = join(root, 'out', 'test', 'web', 'suite.js');

/** The test files of the web run, relative to the repository, in the order they run. */
export function webTestFiles() {
  const inFolder = (folder, suffix) => readdirSync(join(root, folder)).filter((name) => name.endsWith(suffix)).sort().map((name) => `${folder}/${name}`);
  const host = inFolder('test/host', '.host.ts');
  for (const name of Object.keys(DESKTOP_ONLY)) {
    if (!host.includes(`test/host/${name}`)) throw new Error(`DESKTOP_ONLY names ${name}, which is not in test/host/`);
  }
  return [...inFolder('test/web', '.web.ts'), ...host.filter((file) => !(file.slice('test/host/'.length) in DESKTOP_ONLY))];
}

const nodeAssert = {
  name: 'node-assert-strict',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: join(root, 'test', 'web', 'assert-strict.ts') }));
  },
};

async function main() {
  // The runner first: it sets mocha up, and the test files it requires after it describe their tests.
  const entry = ['module.exports = require("./test/web/index.ts");', ...webTestFiles().map((file) => `require(${JSON.stringify(`./${file}`)});`)].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'web-suite-entry.js', loader: 'js' },
    bundle: true,
    platform: 'browser',
    conditions: ['worker'],
    format: 'cjs',
    target: 'es2022',
    outfile,
    external: ['vscode'],
    plugins: [nodeAssert],
    define: {
      CLIENT_LEDGER_HOST_GREP: JSON.stringify(process.env.CLIENT_LEDGER_HOST_GREP ?? ''),
      'process.env.NODE_DEBUG': 'false',
      'process.stderr': 'undefined',
      'process.emitWarning': 'undefined',
    },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
