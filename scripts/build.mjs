// Bundles the CLI and the extension with esbuild. remark and unified are ESM-only;
// the bundle makes them loadable from the CommonJS extension host. The web bundle is the
// extension for the web worker extension host (vscode.dev, github.dev): `browser` in
// package.json, type-checked without Node's types by tsconfig.web.json.
import { build } from 'esbuild';

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

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [noSockets] }),
  build({ ...common, entryPoints: ['src/cli/check-worker.ts'], outfile: 'dist/check-worker.js' }),
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, platform: 'browser', conditions: ['worker'], target: 'es2022', entryPoints: ['src/extension/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
]);
