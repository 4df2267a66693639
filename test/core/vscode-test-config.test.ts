import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The desktop run (.vscode-test.mjs, npm run test:electron) needs a VS Code download, so it
// never runs here: what can be checked without one is that it runs the suite code-server runs,
// on the same workspace. Loading the config makes a workspace; afterEach removes it.

const ROOT = resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CODE_SERVER_ENTRY = join(ROOT, 'out', 'test', 'host', 'index.js');

interface DesktopConfig {
  files: string[];
  extensionDevelopmentPath: string;
  workspaceFolder: string;
  mocha: Record<string, unknown>;
  env: Record<string, string>;
  useInstallation?: { fromPath: string };
}

let loads = 0;
const made: string[] = [];

/** Imports .vscode-test.mjs afresh (a new URL each time) with CLIENT_LEDGER_VSCODE as given. */
async function loadConfig(vscodePath?: string): Promise<{ config: DesktopConfig; suiteEntry: string }> {
  const saved = process.env.CLIENT_LEDGER_VSCODE;
  if (vscodePath === undefined) delete process.env.CLIENT_LEDGER_VSCODE;
  else process.env.CLIENT_LEDGER_VSCODE = vscodePath;
  try {
    const url = `${pathToFileURL(join(ROOT, '.vscode-test.mjs')).href}?load=${++loads}`;
    const module = await import(url);
    const config = module.default as DesktopConfig;
    made.push(dirname(config.workspaceFolder));
    return { config, suiteEntry: module.suiteEntry };
  } finally {
    if (saved === undefined) delete process.env.CLIENT_LEDGER_VSCODE;
    else process.env.CLIENT_LEDGER_VSCODE = saved;
  }
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

describe('the desktop test runner config (.vscode-test.mjs)', () => {
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('loads every host test there is, compiled, and nothing else', async () => {
    const { config } = await loadConfig();
    const sources = readdirSync(join(ROOT, 'test', 'host')).filter((name) => name.endsWith('.host.ts')).sort();
    assert.ok(sources.includes('smoke.host.ts'));
    const expected = sources.map((name) => join(ROOT, 'out', 'test', 'host', name.replace(/\.ts$/, '.js')));
    assert.deepEqual(config.files, expected);
    for (const file of config.files) assert.ok(existsSync(file), file);
    assert.equal(config.extensionDevelopmentPath, ROOT);
  });

  it('takes the suite from the entry code-server runs, with its mocha options', async () => {
    const { config, suiteEntry } = await loadConfig();
    const testSh = readFileSync(join(ROOT, 'scripts', 'test-host', 'test.sh'), 'utf8');
    const tests = /--tests "\$PWD\/([^"]+)"/.exec(testSh);
    assert.ok(tests, 'test.sh passes --tests');
    assert.equal(join(ROOT, tests[1]), CODE_SERVER_ENTRY);
    assert.equal(suiteEntry, CODE_SERVER_ENTRY);
    const runMjs = readFileSync(join(ROOT, 'scripts', 'test-host', 'run.mjs'), 'utf8');
    assert.match(runMjs, /\['extensionTestsPath', remote\(opts\.tests\)\]/);
    const entry = await import(pathToFileURL(CODE_SERVER_ENTRY).href);
    assert.deepEqual(config.mocha, { ...entry.HOST_MOCHA_OPTIONS });
    assert.equal(config.mocha.ui, 'bdd', 'the host tests use describe/it; test-cli defaults to tdd');
    assert.deepEqual(config.files, entry.hostTestFiles());
  });

  it('opens a fresh copy of the sample ledger as of 2026-11-20, made as test.sh makes it', async () => {
    const { config } = await loadConfig();
    const workspace = config.workspaceFolder;
    assert.ok(relative(ROOT, workspace).startsWith('..'), `${workspace} is outside the repository`);
    assert.equal(config.env.CLIENT_LEDGER_TEST_WORKSPACE, workspace);
    const sample = join(ROOT, 'examples', 'ledger', 'clients');
    const copied = join(workspace, 'clients');
    assert.deepEqual(filesUnder(copied), filesUnder(sample));
    for (const name of filesUnder(sample)) assert.ok(readFileSync(join(copied, name)).equals(readFileSync(join(sample, name))), name);
    const settings = JSON.parse(readFileSync(join(workspace, '.vscode', 'settings.json'), 'utf8'));
    assert.deepEqual(settings, { 'clientLedger.today': '2026-11-20' });
    const testSh = readFileSync(join(ROOT, 'scripts', 'test-host', 'test.sh'), 'utf8');
    assert.match(testSh, /^workspace=\$\(node scripts\/test-host\/workspace\.mjs\)$/m, 'test.sh makes its workspace the same way');
  });

  it('downloads VS Code unless CLIENT_LEDGER_VSCODE names an installed one', async () => {
    assert.equal((await loadConfig()).config.useInstallation, undefined);
    assert.equal((await loadConfig('')).config.useInstallation, undefined);
    const { config } = await loadConfig('/opt/VSCode/bin/code');
    assert.deepEqual(config.useInstallation, { fromPath: '/opt/VSCode/bin/code' });
  });

  it('npm run test:electron builds the extension and the tests, then runs the config', () => {
    const script: string = manifest.scripts['test:electron'];
    assert.ok(script, 'package.json has a test:electron script');
    const steps = script.split('&&').map((step) => step.trim());
    assert.ok(steps.includes('node scripts/build.mjs'), script);
    assert.ok(steps.includes('tsc -p tsconfig.test.json'), script);
    assert.equal(steps.at(-1), 'vscode-test', script);
    assert.ok(!manifest.scripts.test.includes('electron') && !readFileSync(join(ROOT, 'scripts', 'test-all.mjs'), 'utf8').includes('electron'), 'npm test never downloads VS Code');
  });

  it('pins test-cli and test-electron to releases that run on the Node the project needs', () => {
    const needs = Number(/^>=\s*(\d+)/.exec(manifest.engines.node)?.[1]);
    for (const name of ['@vscode/test-cli', '@vscode/test-electron']) {
      const pinned: string = manifest.devDependencies[name];
      assert.match(pinned, /^\d+\.\d+\.\d+$/, `${name} is pinned exactly`);
      const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules', ...name.split('/'), 'package.json'), 'utf8'));
      assert.equal(installed.version, pinned, name);
      const wants = Number(/^>=\s*(\d+)/.exec(installed.engines.node)?.[1]);
      assert.ok(wants <= needs, `${name} ${pinned} wants Node ${installed.engines.node}, the project runs on ${manifest.engines.node}`);
    }
  });
});
