import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

// Client data never leaves the machine: no module of the extension or the CLI, and nothing
// bundled from a dependency, may reach the network. The bundles are what ships, so they are
// checked as well as the sources (`npm run test:unit` builds them first).

const ROOT = resolve(__dirname, '..', '..', '..');
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'inspector'];
/** The command line runs the local `git` (check --changed, the merge driver's installer); nothing else starts a process. */
const MAY_RUN_GIT = (path: string) => /[\\/]src[\\/]cli[\\/][^\\/]+\.ts$/.test(path) || /[\\/]dist[\\/]cli\.js$/.test(path);
const MODULE_USE = /(?:require\(\s*|from\s+|import\(\s*)["'](?:node:)?([a-z_0-9]+)(?:\/[^"']*)?["']/g;
/**
 * Network APIs reached without a module. (`net.createConnection` and its kin need their module,
 * caught above; the name alone is also the language server's connection over stdio, whose
 * bundled socket transports find `net` empty: see scripts/build.mjs.)
 */
const NETWORK_GLOBALS = /\b(?:fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon)/;

function files(folder: string, extension: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return files(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

function networkUses(text: string, path = ''): string[] {
  const modules = [...text.matchAll(MODULE_USE)].map((match) => match[1]).filter((name) => NETWORK_MODULES.includes(name) && !(name === 'child_process' && MAY_RUN_GIT(path)));
  const global = NETWORK_GLOBALS.exec(text);
  return [...modules.map((name) => `module ${name}`), ...(global ? [`global ${global[0]}`] : [])];
}

describe('no network access', () => {
  const sources = files(join(ROOT, 'src'), '.ts');
  const bundles = files(join(ROOT, 'dist'), '.js');

  it('finds the sources and the bundles it checks', () => {
    assert.ok(sources.some((path) => path.endsWith(join('src', 'extension', 'extension.ts'))));
    assert.deepEqual(bundles.map((path) => relative(join(ROOT, 'dist'), path)).sort(), ['check-worker.js', 'cli.js', 'extension.js', join('web', 'extension.js')].sort());
  });

  it('the pattern catches every way of reaching the network it looks for', () => {
    const samples = ["import * as http from 'node:http';", 'const net = require("net");', "await import('https')", "import { get } from 'node:https/x'", 'fetch(url)', 'new WebSocket(u)', "require('child_process')"];
    for (const sample of samples) assert.equal(networkUses(sample).length, 1, sample);
    assert.deepEqual(networkUses("import { readFile } from 'node:fs/promises'; const x = require('yaml');"), []);
    assert.deepEqual(networkUses("require('child_process')", '/p/src/cli/changed-files.ts'), [], 'the CLI may run git');
    assert.equal(networkUses("require('child_process')", '/p/src/extension/x.ts').length, 1, 'the extension may not');
    assert.equal(networkUses("require('child_process')", '/p/dist/extension.js').length, 1);
  });

  for (const [what, list] of [['source', sources], ['bundle', bundles]] as const) {
    it(`no ${what} imports a network or process module or calls a network API`, () => {
      const offenders = list.map((path) => [relative(ROOT, path), networkUses(readFileSync(path, 'utf8'), path)] as const).filter(([, uses]) => uses.length > 0);
      assert.deepEqual(offenders, []);
    });
  }
});
