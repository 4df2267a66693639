// What the in-editor runs share, in the Node extension host (test/host/index.ts, and the
// desktop run in .vscode-test.mjs) and in the web worker one (test/web/index.ts).
import type Mocha from 'mocha';

/**
 * Marks the extension host's console output. The workbench hands it to the harness mixed with
 * its own log lines and without applying format strings, so each console call is formatted
 * into one string behind this marker; scripts/test-host/run.mjs prints the marked lines (keep
 * the two in step).
 */
export const HOST_OUTPUT_MARK = '\u200b[ext-host]\u200b';

/** How mocha runs the suite, in every host. */
export const HOST_MOCHA_OPTIONS = {
  ui: 'bdd',
  color: false,
  // A hang guard only: every wait in the tests ends on its condition (host-helpers.ts WAIT_MS).
  timeout: 5 * 60_000,
  reporter: 'spec',
  forbidOnly: true,
  forbidPending: true,
} as const satisfies Mocha.MochaOptions;

/** The run's last line, which the harness reads for the counts npm test adds up (run.mjs). */
export function summaryLine(host: 'host' | 'web', passes: number, failures: number): string {
  return `${host}: ${passes} passed, ${failures} failed`;
}
