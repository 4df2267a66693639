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

/**
 * Marks the extension host's console output. The workbench hands it to the harness mixed with
 * its own log lines and without applying format strings, so each console call is formatted
 * here into one string behind this marker; run.mjs prints the marked lines (keep the two in
 * step). VS Code makes console.log and friends unassignable in the extension host, so the
 * global console object itself is replaced by one that formats, marks and forwards.
 */
const HOST_OUTPUT_MARK = '\u200b[ext-host]\u200b';

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

/** How mocha runs the suite, here and in the desktop run (.vscode-test.mjs). */
export const HOST_MOCHA_OPTIONS = {
  ui: 'bdd',
  color: false,
  // A hang guard only: every wait in the tests ends on its condition (host-helpers.ts WAIT_MS).
  timeout: 5 * 60_000,
  reporter: 'spec',
  forbidOnly: true,
  forbidPending: true,
} as const satisfies Mocha.MochaOptions;

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
        console.log(`host: ${passes} passed, ${failed} failed`);
        const statsFile = process.env.CLIENT_LEDGER_TEST_STATS;
        if (statsFile) fs.writeFileSync(statsFile, JSON.stringify({ passes, failures: failed }));
        if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
        else if (passes === 0) reject(new Error('no in-editor test ran'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
