#!/usr/bin/env node
// Try the extension by hand in a browser (npm start, npm run try): starts code-server with a
// fresh, throw-away data folder, the extension installed from this repository (package.json,
// dist/, syntaxes/, snippets/, docs/, media/ copied into the extensions folder; restart it after
// a rebuild) and a fresh copy of examples/ledger open (its .vscode/settings.json pins the
// README's day), so the quick fixes tried never touch the repository's files. Runs until Ctrl-C,
// then stops code-server and removes the data folder; the copy stays, to be looked at afterwards.
//
// usage: node scripts/test-host/try.mjs [--port 8080] [--workspace <folder, opened in place>] [--verbose]
// Needs scripts/test-host/setup.sh and a built dist/ (the npm script does both).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { harness } from './run.mjs';

const { startCodeServer, makeDataDir, serverEnv, finish, state, HarnessError, repoRoot, readOptions } = harness;

function parseArgs(argv) {
  const opts = readOptions(argv, {
    port: { type: 'string', default: '8080' },
    workspace: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  });
  opts.port = Number(opts.port);
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) throw new HarnessError('--port must be a port number');
  if (opts.workspace !== undefined) {
    opts.workspace = resolve(opts.workspace);
    if (!existsSync(opts.workspace) || !statSync(opts.workspace).isDirectory()) throw new HarnessError(`no workspace folder at ${opts.workspace}`);
  }
  return opts;
}

/** A fresh copy of the sample ledger in a new temporary folder, .vscode/settings.json included. */
function copySample() {
  const workspace = join(mkdtempSync(join(realpathSync(tmpdir()), 'client-ledger-sample-')), 'ledger');
  cpSync(join(repoRoot, 'examples', 'ledger'), workspace, { recursive: true });
  return workspace;
}

/**
 * Installs the extension into D/exts as <publisher>.<name>-<version>, as copies: with symlinks
 * the extension host resolves the real path and no longer ties the code to the extension.
 */
function installFromRepo(dataDir) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!existsSync(join(repoRoot, manifest.main ?? 'dist/extension.js'))) {
    throw new HarnessError(`the extension is not built (${manifest.main}); run node scripts/build.mjs`);
  }
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const dir = join(dataDir, 'exts', `${id}-${manifest.version}`);
  mkdirSync(dir, { recursive: true });
  for (const entry of ['package.json', 'dist', 'syntaxes', 'snippets', 'docs', 'media', 'README.md', 'LICENSE']) {
    if (existsSync(join(repoRoot, entry))) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  }
  return id;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const copied = opts.workspace === undefined;
  const workspace = opts.workspace ?? copySample();
  state.dataDir = makeDataDir();
  const id = installFromRepo(state.dataDir);
  const env = serverEnv(state.dataDir, {});
  const { child } = await startCodeServer({ dataDir: state.dataDir, port: opts.port, folder: workspace, env, verbose: opts.verbose });
  child.on('exit', (code, signal) => void finish(1, `code-server stopped (${signal ?? `code ${code}`})`));
  console.log(`${id} is installed from a copy of ${repoRoot} (after a rebuild, restart this command)`);
  if (copied) {
    console.log(`The sample ledger is copied to ${workspace}: edit it freely, examples/ledger is not touched (each start makes a new copy).`);
    process.on('exit', () => console.log(`The copy stays in ${workspace} (rm -r ${dirname(workspace)} removes it).`));
  }
  console.log(`Open http://127.0.0.1:${opts.port}/?folder=${workspace.split('/').map(encodeURIComponent).join('/')}`);
  console.log('Press Ctrl-C to stop.');
}

main().catch((err) => finish(err instanceof HarnessError ? err.code : 2, err.message.split('\n')[0]));
