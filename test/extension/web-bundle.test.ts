import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

// The web bundle runs in a web worker (vscode.dev, github.dev): no Node module and no Node global
// may reach it, or the extension fails there on activation. What ships is checked, as the
// no-network test checks the bundles (`npm run test:unit` builds them first).

const ROOT = resolve(__dirname, '..', '..', '..');
const WEB_BUNDLE = join(ROOT, 'dist', 'web', 'extension.js');
const REQUIRED = /require\(\s*["']([^"']+)["']\s*\)/g;
const NODE_GLOBALS: readonly [string, RegExp][] = [
  ['process', /\bprocess\s*(?:\.|\[)/],
  ['Buffer', /\bBuffer\s*(?:\.|\()|\bnew\s+Buffer\b/],
  ['setImmediate', /\bsetImmediate\b/],
  ['worker_threads', /\bworker_threads\b/],
  ['__dirname', /\b__(?:dirname|filename)\b/],
  // A web worker has no DOM either (a package's `browser` build may use one: esbuild is told
  // the `worker` condition). Minified code has no space before the name; the report's webview
  // script, which runs in the page and has a DOM, is text in the bundle, written with spaces.
  ['DOM', /[=(,;{}!&|?:](?:document|window|localStorage)\.[A-Za-z]/],
];

function nodeUses(text: string): string[] {
  const modules = [...text.matchAll(REQUIRED)].map((match) => match[1]).filter((name) => name.startsWith('node:') || builtinModules.includes(name.split('/')[0]));
  const globals = NODE_GLOBALS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  return [...new Set([...modules.map((name) => `module ${name}`), ...globals.map((name) => `global ${name}`)])];
}

describe('the web bundle', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main?: string; browser?: string };

  it('the manifest has a desktop entry and a web entry', () => {
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('the check catches each Node module and global, and the DOM, it looks for', () => {
    const samples = ['require("node:fs")', "require('fs')", 'require("path")', 'require("fs/promises")', 'process.env.X', 'process["env"]', 'Buffer.from(x)', 'new Buffer(3)', 'setImmediate(f)', 'require("worker_threads")', '__dirname', 'var Wp=document.createElement("i")', 'f(window.location)'];
    for (const sample of samples) assert.ok(nodeUses(sample).length > 0, sample);
    assert.deepEqual(nodeUses('const v = require("vscode"); const y = require("yaml"); throw new Error("either Buffer or atob is required")'), []);
    assert.deepEqual(nodeUses('editor.document.uri; `const cell = document.createElement(\'td\');`'), [], 'a property named document, and the webview script');
  });

  it('requires only vscode and uses no Node global and no DOM', () => {
    const text = readFileSync(WEB_BUNDLE, 'utf8');
    assert.deepEqual(nodeUses(text), []);
    assert.deepEqual([...new Set([...text.matchAll(REQUIRED)].map((match) => match[1]))], ['vscode']);
  });

  it('the desktop bundle is what the check flags, so the check reads real bundles', () => {
    assert.ok(nodeUses(readFileSync(join(ROOT, 'dist', 'extension.js'), 'utf8')).length > 0);
  });

  it('the package holds both bundles', function () {
    this.timeout(120_000); // vsce reads the whole folder; CI is a loaded machine
    const vsce = join(require.resolve('@vscode/vsce/package.json'), '..', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split(/\r?\n/);
    for (const entry of [manifest.main, manifest.browser]) assert.ok(listed.includes(String(entry).replace(/^\.\//, '')), `${entry} in ${listed.join(', ')}`);
  });
});
