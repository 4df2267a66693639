// Mocha runner for the in-editor tests in the web worker extension host (vscode.dev,
// github.dev): the browser bundle that scripts/test-host/web-suite.mjs makes of this file,
// web-worker.web.ts and every test/host/*.host.ts not in DESKTOP_ONLY. The payload's
// extensionTestsPath loads it and awaits run(), as test/host/index.ts in the Node host. There is
// no process.env here: the bundle carries CLIENT_LEDGER_HOST_GREP from when it was built.
import 'mocha/mocha.js';
import { format } from 'util';
import { HOST_MOCHA_OPTIONS, HOST_OUTPUT_MARK, summaryLine } from '../host/mocha-options';

declare const CLIENT_LEDGER_HOST_GREP: string;

// mocha's browser build defines the bdd globals (describe, it, ...) for the files bundled after this one.
mocha.setup({ ...HOST_MOCHA_OPTIONS });

/** The worker's console reaches the harness unformatted: each report line is formatted and marked here. */
function log(...args: unknown[]): void {
  console.log(HOST_OUTPUT_MARK + format(...args));
}

export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = log;
  if (CLIENT_LEDGER_HOST_GREP) mocha.grep(CLIENT_LEDGER_HOST_GREP);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, failures: failed = failures } = runner.stats ?? {};
      log(summaryLine('web', passes, failed));
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed in the web worker`));
      else if (passes === 0) reject(new Error('no in-editor test ran in the web worker'));
      else resolve();
    });
  });
}
