// Mocha runner for the in-editor tests: VS Code's extension host loads this module (the
// payload's extensionTestsPath, compiled to out/test/host/index.js) and awaits run().
// It runs every out/test/host/**/*.host.js; the unit glob (out/test/**/*.test.js) never
// matches those. Started by scripts/test-host/run.mjs (npm run test:host); the desktop run
// (.vscode-test.mjs, npm run test:electron) takes its file list and mocha options from here.
// CLIENT_LEDGER_HOST_GREP=<text> runs only the tests whose full title contains it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { HOST_MOCHA_OPTIONS, HOST_OUTPUT_MARK, summaryLine } from './mocha-options';

export { HOST_MOCHA_OPTIONS };

/**
 * Each console call formatted into one marked string (see HOST_OUTPUT_MARK). VS Code makes
 * console.log and friends unassignable in the extension host, so the global console object
 * itself is replaced by one that formats, marks and forwards.
 */
function markConsoleOutput(): void {
  const original = globalThis.console;
  const marked = Object.create(original) as Console;
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const forward = original[level].bind(original);
    Object.defineProperty(marked, level, {
      value: (...args: unknown[]) => forward(HOST_OUTPUT_MARK + util.format(...args)),
      writable: true,
      configurable: true,
    });
  }
  try {
    Object.defineProperty(globalThis, 'console', { value: marked, writable: true, configurable: true });
  } catch {
    // Keep the original console: mocha's report below is still marked.
  }
  // mocha's reporters keep their own reference to console.log.
  Mocha.reporters.Base.consoleLog = marked.log;
}

/**
 * The suite: every *.host.js under this folder, in name order, as absolute paths. The desktop
 * run (.vscode-test.mjs) loads the same list.
 */
export function hostTestFiles(dir: string = __dirname): string[] {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.host.js'))
    .sort()
    .map((name) => path.join(dir, name));
  if (files.length === 0) throw new Error(`no *.host.js test files under ${dir}`);
  return files;
}

export async function run(): Promise<void> {
  markConsoleOutput();
  const mocha = new Mocha(HOST_MOCHA_OPTIONS);
  const grep = process.env.CLIENT_LEDGER_HOST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of hostTestFiles()) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = failures } = runner.stats ?? {};
        console.log(summaryLine('host', passes, failed));
        if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
        else if (passes === 0) reject(new Error('no in-editor test ran'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
