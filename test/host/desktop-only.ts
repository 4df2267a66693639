/**
 * The in-editor test files that need the desktop's Node extension host, and why. The web worker
 * run (test/web/, scripts/test-host/web-suite.mjs) runs every other *.host.ts file;
 * test/core/web-suite.test.ts keeps this list honest.
 */
export const DESKTOP_ONLY: Readonly<Record<string, string>> = {
  'agenda-calendar.host.ts': "runs the bundled CLI's agenda --format ics with node:child_process on the workspace's folder on disk, and reads the feed back with ical.js",
  'smoke.host.ts': "reads the harness's CLIENT_LEDGER_TEST_WORKSPACE from process.env (test/web/web-worker.web.ts is the web run's smoke test)",
  'watcher.host.ts': "changes files behind the editor's back with node:fs, as git or another program would, and compares with the CLI's NodeStore",
};
