import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DESKTOP_ONLY } from '../host/desktop-only';

// The web worker run (npm run test:web) bundles the in-editor suite for the browser: what can be
// checked without a workbench is which files it takes, and that it is the bundle the harness runs.

const ROOT = resolve(__dirname, '..', '..', '..');
const HOST_SOURCES = readdirSync(join(ROOT, 'test', 'host')).filter((name) => name.endsWith('.host.ts')).sort();

interface WebSuite {
  webTestFiles(): string[];
  outfile: string;
}

const loadWebSuite = async (): Promise<WebSuite> => import(pathToFileURL(join(ROOT, 'scripts', 'test-host', 'web-suite.mjs')).href);

/** What keeps a test file out of a web worker: a Node module other than assert, or Node's process. */
function needsNode(source: string): boolean {
  return /from 'node:(?!assert\/strict')/.test(source) ||
    /from '(?:fs|path|os|child_process|util|crypto|url|worker_threads)(?:\/[^']*)?'/.test(source) ||
    /\bprocess\.(?:env|argv|cwd|platform)\b/.test(source);
}

describe('the web worker run of the in-editor suite (scripts/test-host/web-suite.mjs)', () => {
  it('the check for Node in a test file catches what it looks for', () => {
    assert.ok(needsNode("import { readFileSync } from 'node:fs';"));
    assert.ok(needsNode("import * as path from 'path';"));
    assert.ok(needsNode('const folder = process.env.CLIENT_LEDGER_TEST_WORKSPACE;'));
    assert.equal(needsNode("import * as assert from 'node:assert/strict';\nimport * as vscode from 'vscode';"), false);
  });

  it('names as desktop-only exactly the host test files that need Node, each with its reason', () => {
    const needing = HOST_SOURCES.filter((name) => needsNode(readFileSync(join(ROOT, 'test', 'host', name), 'utf8')));
    assert.deepEqual(Object.keys(DESKTOP_ONLY).sort(), needing);
    for (const reason of Object.values(DESKTOP_ONLY)) assert.ok(reason.length > 20, reason);
  });

  it('takes its own smoke test first, then every other host test file in name order', async () => {
    const { webTestFiles } = await loadWebSuite();
    const web = readdirSync(join(ROOT, 'test', 'web')).filter((name) => name.endsWith('.web.ts')).sort().map((name) => `test/web/${name}`);
    assert.ok(web.includes('test/web/web-worker.web.ts'));
    const portable = HOST_SOURCES.filter((name) => !(name in DESKTOP_ONLY)).map((name) => `test/host/${name}`);
    assert.ok(portable.length >= 0.8 * HOST_SOURCES.length, 'most of the suite runs on the web');
    assert.deepEqual(webTestFiles(), [...web, ...portable]);
  });

  it('is the bundle npm run test:web hands the harness, in the web worker host', async () => {
    const { outfile } = await loadWebSuite();
    const webTest = readFileSync(join(ROOT, 'scripts', 'test-host', 'web-test.sh'), 'utf8');
    const tests = /--tests "\$PWD\/([^"]+)"/.exec(webTest);
    assert.ok(tests, 'web-test.sh passes --tests');
    assert.equal(join(ROOT, tests[1]), outfile);
    assert.match(webTest, /run\.mjs --web\b/);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.equal(manifest.scripts['test:web'], 'bash scripts/test-host/web-test.sh');
    assert.match(readFileSync(join(ROOT, 'scripts', 'test-all.mjs'), 'utf8'), /\['web', \['run', 'test:web'\]\]/);
  });
});
