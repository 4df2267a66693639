// Bundles the CLI and the extension with esbuild. remark and unified are ESM-only;
// the bundle makes them loadable from the CommonJS extension host. The web bundle is the
// extension for the web worker extension host (vscode.dev, github.dev): `browser` in
// package.json, type-checked without Node's types by tsconfig.web.json.
// The CLI carries each rule's section of docs/rules.md (its SARIF help), computed here by
// src/cli/rule-help.ts, so that its output never depends on where the page is installed.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * The language server speaks over standard input/output only; vscode-jsonrpc also holds socket
 * and named-pipe transports, which need `net`. In the command line's bundle `net` is an empty
 * module, so no code path can open a socket (test/core/no-network.test.ts checks the bundle).
 */
const noSockets = {
  name: 'no-sockets',
  setup(build) {
    build.onResolve({ filter: /^(node:)?net$/ }, () => ({ path: 'net', namespace: 'no-sockets' }));
    build.onLoad({ filter: /.*/, namespace: 'no-sockets' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** The rules' help from docs/rules.md; src/cli/rule-help.ts is bundled to a scratch file to run it (this script cannot run TypeScript). */
async function ruleHelp() {
  const scratch = mkdtempSync(join(tmpdir(), 'client-ledger-build-'));
  try {
    const outfile = join(scratch, 'rule-help.cjs');
    await build({ ...common, minify: false, sourcemap: false, entryPoints: ['src/cli/rule-help.ts'], outfile });
    return await createRequire(import.meta.url)(outfile).ruleHelpOf(readFileSync('docs/rules.md', 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const define = { CLIENT_LEDGER_RULE_HELP: JSON.stringify(await ruleHelp()) };

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define, plugins: [noSockets] }),
  build({ ...common, entryPoints: ['src/cli/check-worker.ts'], outfile: 'dist/check-worker.js' }),
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, platform: 'browser', conditions: ['worker'], target: 'es2022', entryPoints: ['src/extension/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
]);
