#!/usr/bin/env node
// The UI test (npm run test:ui): the extension as a person sees it in the workbench. Starts
// code-server with the extension installed (a copy of package.json, dist/, media/ ... in the
// extensions folder; no test payload), opens a fresh copy of examples/ledger (clientLedger.today
// pinned to the README's day) in headless Chromium and, through the mouse and the keyboard
// only, reads what is on screen: the activity bar badge, the Clients tree, the status bar, the
// squiggles in the editor and the Problems panel; then it drafts a termination letter from a
// finding's lightbulb, with the record update the action names, and reads the record of the
// decision beside it and the Next Steps view after it. Expectations about findings come from the
// README's sample output (the block between <!-- sample-output:start --> and
// <!-- sample-output:end -->), so they follow `npm run readme:sample`.
//
// usage: node scripts/test-host/ui-test.mjs [--timeout <seconds, default 600>] [--verbose]
//
// Prints each check, then "ui: N passed, N failed"; writes {passes, failures} to the file named
// by CLIENT_LEDGER_TEST_STATS when set; exits 0 only when every check passed (124 on timeout).
// Then it starts the workbench again with the extension moved to the web worker extension host,
// as on vscode.dev, and reads the Clients view and Running Extensions there.
// Leaves .test-artifacts/ui-clients.png, ui-problems.png, ui-report.png, ui-termination.png,
// ui-decision-record.png, ui-agenda-after-drafting.png, ui-outline.png and ui-web-clients.png
// (ui-failure.png when a step failed).
// Run scripts/test-host/setup.sh and node scripts/build.mjs first (ui-test.sh does).

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { harness } from './run.mjs';
import { vsixPath } from '../package.mjs';

const { startCodeServer, installVsix, launchChromium, makeDataDir, serverEnv, freePort, finish, state, HarnessError, repoRoot, withTimeout, sleep } = harness;

const VIEWPORT = { width: 1400, height: 900 };
const WIDE_VIEWPORT = { width: 1600, height: 1000 }; // two editors side by side, both readable
const SIDEBAR_WIDTH = 640; // wide enough for a client's description to be read whole
const TODAY = '2026-11-20'; // the day the README's sample output was taken
// How long a step may wait for the screen before it fails: far above what a loaded machine
// takes, since every wait ends as soon as what it waits for is on screen.
const WAIT_MS = 60_000;
const artifacts = join(repoRoot, '.test-artifacts');
const shots = {
  clients: join(artifacts, 'ui-clients.png'),
  problems: join(artifacts, 'ui-problems.png'),
  termination: join(artifacts, 'ui-termination.png'),
  decision: join(artifacts, 'ui-decision-record.png'),
  agendaAfterDraft: join(artifacts, 'ui-agenda-after-drafting.png'),
  report: join(artifacts, 'ui-report.png'),
  webClients: join(artifacts, 'ui-web-clients.png'),
  outline: join(artifacts, 'ui-outline.png'),
  failure: join(artifacts, 'ui-failure.png'),
};

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = harness.readOptions(argv, { timeout: { type: 'string', default: '600' }, verbose: { type: 'boolean', default: false } });
  opts.timeout = Number(opts.timeout);
  if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) throw new HarnessError('--timeout must be a positive number of seconds');
  return opts;
}

// ---------------------------------------------------------------- checks and counts

let passes = 0;
let failures = 0;

function pass(name, detail) {
  passes++;
  console.log(`  ✓ ${name}${detail ? ` (${detail})` : ''}`);
}

function fail(name, detail) {
  failures++;
  console.log(`  ✗ ${name}${detail ? `\n      ${detail.replaceAll('\n', '\n      ')}` : ''}`);
}

/** One check: `ok` true passes; `detail` says what the screen showed. */
function check(name, ok, detail) {
  if (ok) pass(name);
  else fail(name, detail);
  return ok;
}

const show = (value) => JSON.stringify(value);

function checkEqual(name, actual, expected) {
  return check(name, show(actual) === show(expected), `expected ${show(expected)}\n   but saw ${show(actual)}`);
}

// Set when the run is being stopped (timeout, signal): what fails after that is its aftermath.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => { stopping = true; });

// The counts and the closing line on any way out: a normal end, a failed step, the timeout, a
// signal (run.mjs's handlers stop the server and the browser and remove the temp folders).
process.on('exit', (code) => {
  if (code !== 0 && failures === 0) failures = 1; // the run itself failed before any check did
  console.log(`ui: ${passes} passed, ${failures} failed`);
  const stats = process.env.CLIENT_LEDGER_TEST_STATS;
  if (stats) writeFileSync(stats, JSON.stringify({ passes, failures }));
});

// ---------------------------------------------------------------- what the README expects

function readSample() {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const block = /<!-- sample-output:start -->\s*```text\n([\s\S]*?)```\s*<!-- sample-output:end -->/.exec(readme);
  if (!block) throw new HarnessError('README.md has no sample-output block');
  return block[1].split('\n').filter((line) => line.trim()).map((line) => {
    const m = /^(\S+?):(\d+):(\d+) (error|warning|info|hint) (\S+) (.*)$/.exec(line);
    if (!m) throw new HarnessError(`README sample line not understood: ${line}`);
    return { file: basename(m[1]), line: Number(m[2]), column: Number(m[3]), severity: m[4], rule: m[5], message: m[6] };
  });
}

const countBy = (items, key) => items.reduce((acc, item) => ({ ...acc, [item[key]]: (acc[item[key]] ?? 0) + 1 }), {});

// ---------------------------------------------------------------- setup

/** A fresh copy of the sample ledger inside the data folder (removed with it). */
function makeWorkspace(dataDir, name = 'ledger') {
  const workspace = join(dataDir, name);
  cpSync(join(repoRoot, 'examples', 'ledger'), workspace, { recursive: true });
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(join(workspace, '.vscode', 'settings.json'), `{\n  "clientLedger.today": "${TODAY}"\n}\n`);
  return workspace;
}

// ---------------------------------------------------------------- reading the screen

/** Polls `read` until `done(value)` holds or `ms` pass (a minute by default); returns the last value either way. */
const poll = (read, done, ms = WAIT_MS, every = 200) => harness.poll(read, done, ms, every);

/** Waits for something a step needs; a step that cannot go on throws. */
async function need(what, read, ms = WAIT_MS) {
  const value = await poll(read, Boolean, ms);
  if (!value) throw new Error(`${what} did not appear within ${ms / 1000} s`);
  return value;
}

/** The Clients tree's rendered rows, top to bottom. */
/** The rows of the Clients view only (the Next Steps view shares the side bar). */
const CLIENTS_ROWS = '.part.sidebar .pane:has(> .pane-header[aria-label="Clients Section"]) .monaco-list-row';
const readTree = (page) => page.$$eval(CLIENTS_ROWS, (rows) => rows
  .map((row) => ({
    index: Number(row.dataset.index),
    level: Number(row.getAttribute('aria-level')),
    expanded: row.getAttribute('aria-expanded'),
    label: row.querySelector('.label-name')?.textContent ?? '',
    description: row.querySelector('.label-description')?.textContent ?? '',
    icon: [...(row.querySelector('.custom-view-tree-node-item-icon')?.classList ?? [])].find((c) => c.startsWith('codicon-') && c !== 'codicon') ?? '',
  }))
  .sort((a, b) => a.index - b.index));

/** The rows under the row at `at` (deeper levels, up to the next sibling). */
function childrenOf(rows, at) {
  const out = [];
  for (let i = at + 1; i < rows.length && rows[i].level > rows[at].level; i++) if (rows[i].level === rows[at].level + 1) out.push(rows[i]);
  return out;
}

/** Squiggles in the active editor by model line: [{line, severity}]. Wrapped lines count as their line. */
const readSquiggles = (page) => page.evaluate(() => {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor');
  if (!editor) return undefined;
  const topOf = (el) => parseFloat(el.style.top);
  const numbers = [...editor.querySelectorAll('.margin-view-overlays > div')]
    .map((div) => ({ top: topOf(div), line: Number(div.querySelector('.line-numbers')?.textContent.trim()) || undefined }))
    .sort((a, b) => a.top - b.top);
  const lineAt = (top) => {
    let line;
    for (const n of numbers) if (n.top <= top + 0.5 && n.line) line = n.line;
    return line;
  };
  const out = [];
  for (const div of editor.querySelectorAll('.view-overlays > div')) {
    for (const deco of div.querySelectorAll('[class*="squiggly-"]')) {
      const severity = /squiggly-(error|warning|info|hint)\b/.exec(deco.className)?.[1];
      if (severity) out.push({ line: lineAt(topOf(div)), severity });
    }
  }
  return out;
});

const readStatusItem = (page, selector) => page.$eval(selector, (el) => ({
  text: el.textContent.trim(),
  icons: [...el.querySelectorAll('.codicon')].map((i) => [...i.classList].find((c) => c.startsWith('codicon-'))),
  ariaLabel: el.getAttribute('aria-label') ?? '',
})).catch(() => undefined);

/** Moves the pointer to an empty bit of the title bar, so no hover covers what is shown. */
const parkMouse = (page) => page.mouse.move((page.viewportSize()?.width ?? VIEWPORT.width) - 200, 16);

const quickInputLabels = (page) => page.$$eval('.quick-input-list .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = await need('the command palette', () => page.$('.quick-input-widget input'));
  await input.fill(`>${title}`);
  await need(`"${title}" in the command palette`, async () => (await quickInputLabels(page)).some((l) => l.startsWith(title)));
  await page.keyboard.press('Enter');
  await poll(() => page.isVisible('.quick-input-widget'), (visible) => !visible);
}

/**
 * Quick open, as a person types a file's name. Quick open lists files from a search it caches
 * for a while, so a file just created may not be listed yet: close it and open it again, as a
 * person would, until the file shows up.
 */
async function quickOpen(page, fileName) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await page.keyboard.press('Control+P');
    const input = await need('quick open', () => page.$('.quick-input-widget input'));
    await input.fill(fileName);
    const listed = await poll(async () => (await quickInputLabels(page)).some((l) => l.includes(fileName)), Boolean, 5_000);
    if (listed) break;
    await page.keyboard.press('Escape');
    await poll(() => page.isVisible('.quick-input-widget'), (visible) => !visible);
    if (Date.now() > deadline) throw new Error(`${fileName} in quick open did not appear within ${WAIT_MS / 1000} s`);
  }
  await page.keyboard.press('Enter');
}

/**
 * The editor groups, left to right: each one's active tab, whether it is the active group, and
 * the text its editor shows, by model line ([{line, text}], a wrapped line joined up; only what
 * is wholly on screen, not the rows cut off at the editor's bottom edge).
 */
const readGroups = (page) => page.$$eval('.part.editor .editor-group-container', (containers) => containers.map((group) => {
  const box = group.getBoundingClientRect();
  const editor = group.querySelector('.monaco-editor');
  const topOf = (el) => parseFloat(el.style.top);
  const frame = editor?.querySelector('.overflow-guard')?.getBoundingClientRect();
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1;
  };
  const numbers = new Map([...(editor?.querySelectorAll('.margin-view-overlays > div') ?? [])]
    .map((div) => [topOf(div), Number(div.querySelector('.line-numbers')?.textContent.trim()) || undefined]));
  const lines = [];
  for (const view of [...(editor?.querySelectorAll('.view-lines > .view-line') ?? [])].filter(onScreen).sort((a, b) => topOf(a) - topOf(b))) {
    const text = view.textContent.replaceAll('\u00a0', ' ');
    const line = numbers.get(topOf(view));
    if (line !== undefined || lines.length === 0) lines.push({ line, text });
    else lines.at(-1).text += text; // the rest of a wrapped line
  }
  return {
    left: box.left,
    width: box.width,
    active: group.classList.contains('active'),
    tab: group.querySelector('.tab.active')?.getAttribute('aria-label') ?? '',
    lines,
  };
}).filter((group) => group.width > 0).sort((a, b) => a.left - b.left));

/** The frontmatter's lines (between the two `---`) among an editor's lines. */
function frontmatterOf(lines) {
  const start = lines.findIndex((l) => l.line === 1 && l.text === '---');
  const end = lines.findIndex((l, i) => i > start && l.text === '---');
  return start < 0 || end < 0 ? [] : lines.slice(start + 1, end).map((l) => l.text);
}

async function activeTab(page) {
  return page.$eval('.editor-group-container.active .tab.active', (tab) => tab.getAttribute('aria-label') ?? tab.textContent).catch(() => undefined);
}

/** Checks the active editor's squiggles against the README's findings for that file. */
async function checkSquiggles(page, file, sample) {
  const expected = sample.filter((f) => f.file === file).map(({ line, severity }) => ({ line, severity }));
  const key = (s) => `${s.line}:${s.severity}`;
  const compare = (squiggles) => {
    const have = new Set((squiggles ?? []).map(key));
    return { have, missing: expected.filter((s) => !have.has(key(s))), extra: [...have].filter((k) => !expected.some((s) => key(s) === k)) };
  };
  const seen = await poll(() => readSquiggles(page), (squiggles) => {
    const { missing, extra } = compare(squiggles);
    return missing.length === 0 && extra.length === 0;
  });
  const { have, missing, extra } = compare(seen);
  check(`${file} shows a squiggle of the right kind on each of its ${expected.length} finding lines (${[...new Set(expected.map(key))].join(', ')})`,
    missing.length === 0 && extra.length === 0,
    `missing ${show(missing.map(key))}, unexpected ${show(extra)}; the editor showed ${show([...have])}`);
  return (seen ?? []).filter((s) => s.severity === 'hint' && expected.some((e) => e.severity === 'hint' && e.line === s.line));
}

async function screenshot(page, path) {
  mkdirSync(artifacts, { recursive: true });
  await parkMouse(page);
  await sleep(400);
  await withTimeout(page.screenshot({ path, timeout: WAIT_MS }), WAIT_MS + 5_000);
  console.log(`  (screenshot: ${path.slice(repoRoot.length + 1)})`);
}

/** A wider side bar, as a person would drag it, so that labels and descriptions can be read. */
async function widenSideBar(page) {
  const sidebarBox = await page.locator('.part.sidebar').boundingBox();
  const sash = await page.evaluate((right) => {
    const boxes = [...document.querySelectorAll('.monaco-sash.vertical')].map((s) => s.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 300 && Math.abs(r.left + r.width / 2 - right) < 6);
    return boxes[0] && { x: boxes[0].left + boxes[0].width / 2, y: boxes[0].top + boxes[0].height / 2 };
  }, sidebarBox.x + sidebarBox.width);
  if (sash) {
    await page.mouse.move(sash.x, sash.y);
    await page.mouse.down();
    await page.mouse.move(sidebarBox.x + SIDEBAR_WIDTH, sash.y, { steps: 8 });
    await page.mouse.up();
  }
}

// What the Clients tree shows for the sample ledger on the README's day.
const EXPECTED_GROUPS = ['At risk (1)', 'Active (5)', 'On hold (1)', 'Terminating (1)'];
const EXPECTED_ACTIVE = ['Brightside Dental', 'Orchard Events Co.', 'Greenleaf Coaching', 'Harbor Realty', 'Sunrise Yoga Studio'];
const HARBOR_STANDING = '$600 overdue 5d · no reply 17d · no contact 29d';
const activeOf = (tree) => {
  const at = tree.findIndex((r) => r.level === 1 && r.label.startsWith('Active'));
  return at < 0 ? [] : childrenOf(tree, at).map((r) => r.label);
};
const hasIcon = (r) => /^codicon-(error|warning|info|pass|circle-filled)$/.test(r.icon);
const harborIn = (tree) => tree.find((r) => r.level === 2 && r.label === 'Harbor Realty');

/** Checks the groups, the active clients in order, Harbor Realty's standing and the icons; `where` ends each check's name. */
async function checkClientsTree(page, where) {
  const rows = await poll(() => readTree(page), (tree) => show(tree.filter((r) => r.level === 1).map((r) => r.label)) === show(EXPECTED_GROUPS) &&
    show(activeOf(tree)) === show(EXPECTED_ACTIVE) && harborIn(tree)?.description.includes(HARBOR_STANDING) && tree.filter((r) => r.level === 2).every(hasIcon));
  checkEqual(`the top-level groups, trouble first${where}`, rows.filter((r) => r.level === 1).map((r) => r.label), EXPECTED_GROUPS);
  checkEqual(`the Active group's clients in order${where}`, activeOf(rows), EXPECTED_ACTIVE);
  check(`Harbor Realty's description says where it stands${where}`, harborIn(rows)?.description.includes(HARBOR_STANDING),
    `its description is ${show(harborIn(rows)?.description)}`);
  const clients = rows.filter((r) => r.level === 2);
  check(`every client row has a status icon${where}`, clients.length > 0 && clients.every(hasIcon),
    `icons ${show(clients.map((r) => `${r.label}: ${r.icon || 'none'}`))}`);
  return rows;
}

/** Types a line number into Go to Line. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await need('Go to Line (its ":" prompt)', () => page.$eval('.quick-input-widget input', (input) => input.value === ':').catch(() => false));
  await page.keyboard.type(String(line)); // after the ":"
  await page.keyboard.press('Enter');
  await poll(() => page.isVisible('.quick-input-widget'), (visible) => !visible);
}

/** The active editor's rendered lines (a wrapped line is two), spaces as typed, inlay hints included. */
const renderedLines = (page) => page.$$eval('.part.editor .editor-group-container.active .view-line',
  (lines) => lines.map((line) => line.textContent.replace(/\u00a0/g, ' ')));

/** The rendered line that holds `words`, or ''. */
const renderedLine = async (page, words) => (await renderedLines(page)).find((text) => text.includes(words)) ?? '';

const OUTLINE_ROWS = '.part.sidebar .pane:has(> .pane-header[aria-label^="Outline"]) .monaco-list-row';

/**
 * The Outline view lists harbor-realty.md under "Client Ledger" and the breadcrumbs follow the
 * cursor to HR-012, under its month; the inlay hints say where HR-012 stands and how long the
 * latest unanswered message has waited.
 */
async function outlineAndHints(page) {
  console.log('outline and inlay hints');
  await need('the HR-012 invoice line of harbor-realty.md on screen', async () => (await renderedLine(page, 'invoice HR-012')) !== '');
  await runCommand(page, 'Explorer: Focus on Outline View');
  const folders = page.locator('.part.sidebar .pane-header[aria-label^="Explorer Section"]');
  if ((await folders.count()) > 0 && (await folders.first().getAttribute('aria-expanded')) === 'true') await folders.first().click();
  const source = readFileSync(join(repoRoot, 'examples', 'ledger', 'clients', 'harbor-realty.md'), 'utf8').split('\n');
  await goToLine(page, source.findIndex((text) => text.includes('invoice HR-012')) + 1);
  const readOutline = () => page.$$eval(OUTLINE_ROWS, (rows) => rows.map((row) => ({
    text: row.textContent.trim(), label: row.querySelector('.label-name')?.textContent ?? '', description: row.querySelector('.label-description')?.textContent ?? '',
  })));
  const outline = await poll(readOutline, (rows) => rows.some((row) => row.label === 'HR-012'));
  check('the Outline view lists the record under "Client Ledger": the client, its log by month', outline.some((row) => row.text === 'Client Ledger') &&
    outline.some((row) => row.label === 'Harbor Realty') && outline.some((row) => row.label === 'November 2026'), `rows ${show(outline.map((row) => row.text).slice(0, 40))}`);
  checkEqual('... and HR-012 with its amount and where it stands', outline.find((row) => row.label === 'HR-012')?.description, '$600.00 · $600.00 open · 5d overdue');
  const crumbs = await poll(() => page.$$eval('.part.editor .breadcrumbs-control .monaco-breadcrumb-item .label-name', (items) => items.map((item) => item.textContent.trim())),
    (items) => items.at(-1) === 'HR-012');
  checkEqual('the breadcrumbs follow the cursor to the invoice, under its month', crumbs.slice(-3), ['Log', 'November 2026', 'HR-012']);
  const invoiceLine = await poll(() => renderedLine(page, 'invoice HR-012'), (text) => text.includes('5d overdue'));
  check('an inlay hint at the end of HR-012\'s line says "$600.00 open · 5d overdue"', /\$600\s?\$600\.00 open · 5d overdue\W*$/.test(invoiceLine), `the line reads ${show(invoiceLine)}`);
  const hints = await poll(async () => (await renderedLines(page)).filter((text) => text.includes('no reply')), (lines) => lines.length > 0);
  check('... and one after the latest unanswered message (wrapped on screen) says "no reply 17d", only there', hints.length === 1 && /no reply 17d\W*$/.test(hints[0]), `lines ${show(hints)}`);
  await screenshot(page, shots.outline);
}

// ---------------------------------------------------------------- the test

async function uiTest(page, port, workspace, sample) {
  const attention = new Set(sample.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.file)).size;
  const severities = countBy(sample, 'severity');
  const listed = sample.filter((f) => f.severity !== 'hint'); // the Problems panel leaves hints out

  // 1. Open the workbench; the extension has activated when its status bar item shows.
  console.log('workbench');
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await need('the workbench', () => page.$('.monaco-workbench .part.statusbar'), 2 * WAIT_MS);
  const ours = '.part.statusbar .statusbar-item[id$="clientLedger.attention"]';
  await need('the Client Ledger status bar item (extension activation)', () => readStatusItem(page, ours), 2 * WAIT_MS);
  const attentionItem = { text: `${attention} clients`, icons: ['codicon-warning'] };
  const item = await poll(() => readStatusItem(page, ours), (shown) => show({ text: shown?.text, icons: shown?.icons }) === show(attentionItem));
  checkEqual('the status bar says how many clients need attention', { text: item?.text, icons: item?.icons }, attentionItem);
  check('the status bar item belongs to the Client Ledger extension', /^client-ledger\.client-ledger\./i.test(await page.$eval(ours, (el) => el.id)),
    `its id is ${show(await page.$eval(ours, (el) => el.id))}`);
  const problemsLabel = `Errors: ${severities.error ?? 0}, Warnings: ${severities.warning ?? 0}, Infos: ${severities.info ?? 0}`;
  const problemsItem = await poll(() => readStatusItem(page, '.part.statusbar #status\\.problems'), (shown) => shown?.ariaLabel === problemsLabel);
  checkEqual('the status bar counts the errors, warnings and infos of the README sample', problemsItem?.ariaLabel, problemsLabel);

  // 2. The activity bar: our icon with its badge; a click opens the Clients view.
  console.log('activity bar and Clients view');
  const activity = '.part.activitybar li.action-item[aria-label^="Client Ledger"]';
  await need('the Client Ledger activity bar item', () => page.$(activity));
  const badge = await poll(() => page.$eval(`${activity} .badge-content`, (el) => el.textContent.trim()).catch(() => ''), (t) => t === String(attention));
  checkEqual('the activity bar badge counts the clients needing attention', badge, String(attention));
  const icon = await page.$eval(`${activity} a.action-label`, async (a) => {
    const style = getComputedStyle(a);
    const url = /url\("?([^")]+)"?\)/.exec(style.maskImage || style.webkitMaskImage || '')?.[1];
    if (!url) return { url };
    const response = await fetch(url);
    return { url, status: response.status, type: response.headers.get('content-type'), bytes: (await response.text()).length };
  });
  check('the activity bar shows the extension\'s own icon (media/ledger.svg loads)',
    decodeURIComponent(icon.url ?? '').includes('/media/ledger.svg') && icon.status === 200 && /svg/.test(icon.type) && icon.bytes > 0, `icon ${show(icon)}`);
  if ((await page.getAttribute(activity, 'aria-selected')) !== 'true') await page.click(activity);
  await need('the Clients view title', () => page.$$eval('.part.sidebar .composite.title h2, .part.sidebar .pane-header h3.title',
    (els) => els.some((el) => /client ledger/i.test(el.textContent))));
  await need('the Clients tree\'s rows', async () => (await readTree(page)).length > 0);

  await widenSideBar(page);

  // 3. The tree: groups, the active clients in order, Harbor Realty's standing.
  let rows = await checkClientsTree(page, '');
  const harbor = () => harborIn(rows);
  const descriptionShown = await poll(() => page.evaluate((selector) => {
    const row = [...document.querySelectorAll(selector)].find((r) => r.querySelector('.label-name')?.textContent === 'Harbor Realty');
    const d = row?.querySelector('.label-description');
    return d ? d.scrollWidth <= d.clientWidth + 1 : false;
  }, CLIENTS_ROWS), Boolean);
  check('Harbor Realty\'s description fits the widened side bar (not cut off)', descriptionShown, 'it is truncated on screen');

  // 4. The hints, which the Problems panel leaves out: "..." under the lines, file by file.
  console.log('editor squiggles');
  const hintFiles = [...new Set(sample.filter((f) => f.severity === 'hint').map((f) => f.file))];
  const hintsSeen = [];
  for (const file of hintFiles.filter((f) => f !== 'harbor-realty.md')) {
    await quickOpen(page, file);
    await need(`${file} in the editor`, async () => (await activeTab(page))?.includes(file));
    hintsSeen.push(...await checkSquiggles(page, file, sample));
  }

  // 5. Harbor Realty expanded, its record opened from the tree (the screenshot of the view).
  console.log('Harbor Realty');
  const harborRow = page.locator(CLIENTS_ROWS, { has: page.locator('.label-name', { hasText: /^Harbor Realty$/ }) });
  await harborRow.locator('.label-name').click();
  await need('harbor-realty.md in the editor', async () => (await activeTab(page))?.includes('harbor-realty.md'));
  rows = await readTree(page);
  if (harbor()?.expanded !== 'true') await harborRow.locator('.monaco-tl-twistie').click();
  const expanded = (tree) => {
    const harborAt = tree.findIndex((r) => r.level === 2 && r.label === 'Harbor Realty');
    const sections = harborAt < 0 ? [] : childrenOf(tree, harborAt);
    const invoicesAt = tree.findIndex((r, i) => i > harborAt && r.level === 3 && r.label === 'Open invoices');
    const invoices = invoicesAt < 0 ? [] : childrenOf(tree, invoicesAt).map((r) => `${r.label} — ${r.description}`);
    return {
      sections, invoices,
      hasSections: ['Open invoices', 'Awaiting reply', 'Findings'].every((label) => sections.some((r) => r.label === label)),
      hasInvoice: invoices.some((l) => /^HR-012 \$600\.00 — 5d overdue/.test(l)),
    };
  };
  rows = await poll(() => readTree(page), (tree) => expanded(tree).hasSections && expanded(tree).hasInvoice);
  const { sections, invoices, hasSections, hasInvoice } = expanded(rows);
  check('Harbor Realty expands to its open invoices, unanswered messages and findings', hasSections, `children ${show(sections.map((r) => r.label))}`);
  check('its open invoice HR-012 is listed as overdue', hasInvoice, `open invoices ${show(invoices)}`);
  hintsSeen.push(...await checkSquiggles(page, 'harbor-realty.md', sample));
  await screenshot(page, shots.clients);
  await outlineAndHints(page);

  // 6. The Problems panel, all of it: maximised and scrolled through to its last row.
  console.log('Problems panel');
  await page.keyboard.press('Control+B'); // the side bar closed: the whole width for the messages
  await poll(() => page.isVisible('.part.sidebar'), (visible) => !visible);
  await page.keyboard.press('Control+Shift+M');
  const markerRows = '.part.panel .markers-panel .monaco-list-rows > .monaco-list-row'; // not the sticky headers' copies
  await need('the Problems panel', () => page.$(markerRows));
  const maximize = page.locator('.part.panel .title-actions .action-label[aria-label^="Maximize Panel"]');
  const panelHeight = async () => (await page.locator('.part.panel').boundingBox())?.height ?? 0;
  const restoredHeight = await panelHeight();
  if (await maximize.count()) await maximize.first().click();
  else await runCommand(page, 'View: Toggle Maximized Panel');
  await poll(panelHeight, (height) => height > restoredHeight + 50);
  const tabBadge = await poll(() => page.$eval('.part.panel .composite-bar li.action-item:has(> a[aria-label^="Problems"]) .badge-content', (el) => el.textContent.trim()).catch(() => ''),
    (text) => text === String(listed.length));
  checkEqual('the Problems tab counts the listed findings (errors, warnings, infos)', tabBadge, String(listed.length));
  const seen = new Map();
  // The index of the first row drawn: a scroll has been drawn once it changes.
  const firstMarkerRow = () => page.$$eval(markerRows, (els) => Math.min(...els.map((el) => Number(el.dataset.index))));
  const list = await page.locator('.part.panel .markers-panel .monaco-list').boundingBox();
  await page.mouse.move(list.x + list.width / 2, list.y + list.height / 2);
  for (let step = 0; step < 100; step++) {
    const visible = await page.$$eval(markerRows, (els) => els.map((el) => ({
      index: Number(el.dataset.index),
      last: el.dataset.lastElement === 'true',
      label: el.getAttribute('aria-label') ?? '',
      message: el.querySelector('.marker-message')?.textContent ?? '',
      // on screen and not cut off with an ellipsis
      shown: el.getBoundingClientRect().height > 0 && [...el.querySelectorAll('.marker-message, .marker-message *')].every((m) => m.scrollWidth <= m.clientWidth + 1),
    })));
    for (const row of visible) seen.set(row.index, row);
    if ([...seen.values()].some((r) => r.last)) break;
    const before = await firstMarkerRow();
    await page.mouse.wheel(0, Math.max(100, list.height - 60));
    if (await poll(firstMarkerRow, (index) => index !== before) === before) break; // the list did not scroll
  }
  const all = [...seen.values()].sort((a, b) => a.index - b.index);
  const complete = all.length > 0 && all.at(-1).last && all.every((r, i) => r.index === i);
  check('the Problems panel was read to its last row without gaps', complete, `rows seen ${show(all.map((r) => r.index))}`);
  const entries = all.map((r) => ({ ...r, m: /^(Error|Warning|Info): ([\s\S]*) at line (\d+) and character (\d+)\.(?: This problem has references to \d+ locations\.)? generated by (.*)$/.exec(r.label) }))
    .filter((r) => r.m && r.m[5] === 'Client Ledger');
  const bySeverity = countBy(entries.map((r) => ({ severity: r.m[1].toLowerCase() })), 'severity');
  checkEqual(`the Problems panel lists one Client Ledger entry per non-hint line of the README sample (${listed.length} of ${sample.length})`, entries.length, listed.length);
  checkEqual('... as many errors, warnings and infos as the sample',
    { error: bySeverity.error ?? 0, warning: bySeverity.warning ?? 0, info: bySeverity.info ?? 0 },
    { error: severities.error ?? 0, warning: severities.warning ?? 0, info: severities.info ?? 0 });
  const listedMessages = new Set(entries.map((r) => `${r.m[3]}:${r.m[4]} ${r.m[2]}`));
  const missing = listed.filter((f) => !listedMessages.has(`${f.line}:${f.column} ${f.message}`));
  check('... each at the sample\'s line and column with the sample\'s message', missing.length === 0,
    `not listed: ${show(missing.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`))}`);
  check(`Problems + hint squiggles = the README sample's ${sample.length} lines`, entries.length + hintsSeen.length === sample.length,
    `${entries.length} in Problems + ${hintsSeen.length} hints in the editor`);
  for (const text of ['No reply for 17 days to 4 attempts since 2026-11-03', 'Invoice BD-023 ($1,250.00 unpaid) is 66 days overdue']) {
    check(`the Problems panel shows "${text}" in full`, all.some((r) => r.shown && r.message.startsWith(text)),
      `messages seen ${show(all.map((r) => r.message).filter(Boolean).slice(0, 5))} ...`);
  }
  for (let step = 0; step < 100; step++) { // back to the top for the picture
    if (await page.$(`${markerRows}[data-index="0"]`) && (await page.locator(`${markerRows}[data-index="0"]`).boundingBox())?.y >= list.y - 1) break;
    const before = await firstMarkerRow();
    await page.mouse.wheel(0, -Math.max(100, list.height - 60));
    await poll(firstMarkerRow, (index) => index !== before || index === 0);
  }
  await screenshot(page, shots.problems);

  // 7. Nothing went wrong on the way that a person would have seen.
  const toasts = await page.$$eval('.notifications-toasts .notification-toast', (els) => els.map((el) => el.textContent.trim()));
  check('no notification popped up', toasts.length === 0, `notifications ${show(toasts)}`);

  await portfolioReport(page);
  await draftTermination(page);
}

/**
 * "Open Portfolio Report" from the palette: the webview's own DOM (two iframes deep) is read for
 * the health totals, the receivables and a client's chart, and the page is photographed.
 */
async function portfolioReport(page) {
  console.log('Portfolio report');
  await page.keyboard.press('Escape');
  await runCommand(page, 'Client Ledger: Open Portfolio Report');
  const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const read = () => report.locator('main.ledger-report').evaluate((main) => ({
    red: main.querySelector('[data-metric="health-red"]')?.getAttribute('data-value'),
    amber: main.querySelector('[data-metric="health-amber"]')?.getAttribute('data-value'),
    green: main.querySelector('[data-metric="health-green"]')?.getAttribute('data-value'),
    receivables: main.querySelector('[data-metric="receivables"]')?.textContent ?? '',
    rows: [...main.querySelectorAll('tr.client-row')].map((row) => row.getAttribute('data-client')),
    details: main.querySelectorAll('article.client').length,
  }), undefined, { timeout: 20_000 }).catch(() => undefined);
  const shown = await poll(read, (value) => value !== undefined && value.rows.length > 0);
  if (!check('the portfolio report opens in a webview', shown !== undefined, 'no report content in the webview')) return;
  checkEqual('the report counts 3 red, 4 amber and 1 green client', [shown.red, shown.amber, shown.green], ['3', '4', '1']);
  check('the report shows the open receivables, $4,750.00', shown.receivables.includes('$4,750.00'), shown.receivables);
  checkEqual('every client record has its row, by what needs attention', shown.rows.length, 8);
  checkEqual('no client\'s detail is built before its row is opened', shown.details, 0);
  if (await page.isVisible('.part.panel')) await runCommand(page, 'View: Hide Panel');
  await report.locator('tr.client-row[data-client="brightside-dental"]').click();
  const bars = () => report.locator('main.ledger-report').evaluate((main) =>
    main.querySelectorAll('svg[data-client="brightside-dental"][data-metric="days-late"] [data-invoice]').length, undefined, { timeout: 20_000 }).catch(() => 0);
  checkEqual('a click on Brightside Dental\'s row shows its detail: a bar per invoice paid or overdue in its days-late chart', await poll(bars, (count) => count > 0), 6);
  await report.locator('article[data-client="brightside-dental"] .charts').scrollIntoViewIfNeeded().catch(() => {});
  await parkMouse(page);
  await screenshot(page, shots.report);
  await runCommand(page, 'View: Close Editor');
}

/**
 * A termination letter drafted from the lightbulb on Nova Startups' relationship-at-risk
 * finding (line 3, the status), with the record update named in the action's title: the letter
 * opens beside the record, the record already says terminating (same edit, no question after),
 * the record of the decision lies beside the letter, and the Next Steps view stays short.
 */
async function draftTermination(page) {
  console.log('termination letter from the lightbulb');
  const record = 'nova-startups.md';
  const letter = `${TODAY}-termination.md`;
  const decision = `${TODAY}-decision-record.md`;
  const combined = `Draft a termination letter, and set status: terminating, notice_given: ${TODAY}, end: 2026-12-04`;
  // The whole width for the two editors: a larger window, no panel, no side bar.
  await page.setViewportSize(WIDE_VIEWPORT);
  if (await page.isVisible('.part.panel')) {
    await page.keyboard.press('Control+J');
    await poll(() => page.isVisible('.part.panel'), (visible) => !visible);
  }
  if (await page.isVisible('.part.sidebar')) {
    await page.keyboard.press('Control+B');
    await poll(() => page.isVisible('.part.sidebar'), (visible) => !visible);
  }

  // 1. The record, the cursor on line 3 (Go to Line), the quick fixes (Ctrl+.).
  await quickOpen(page, record);
  await need(`${record} in the editor`, async () => (await activeTab(page))?.includes(record));
  await need(`the relationship-at-risk squiggle on line 3 of ${record}`,
    async () => (await readSquiggles(page))?.some((s) => s.line === 3 && s.severity === 'warning'));
  await goToLine(page, 3);
  const cursorLine = await poll(() => page.$eval('.editor-group-container.active .monaco-editor .line-numbers.active-line-number',
    (el) => el.textContent.trim()).catch(() => ''), (line) => line === '3');
  checkEqual('Go to Line 3 puts the cursor on the status line', cursorLine, '3');
  await page.keyboard.press('Control+.');
  const menuRows = '.action-widget .monaco-list-row';
  const menu = await poll(() => page.$$eval(menuRows, (rows) => rows.map((row) => row.querySelector('.title')?.textContent.trim() ?? row.textContent.trim())),
    (titles) => titles.includes(combined));
  const offered = ['Create a salvage plan, and set status: salvage', 'Create a salvage plan (record unchanged)', combined, 'Draft a termination letter (record unchanged)'];
  check('the quick-fix menu on line 3 offers the plan and the letter, each with and without the record update it names',
    offered.every((t) => menu.includes(t)), `the menu showed ${show(menu)}`);
  if (!menu.includes(combined)) throw new Error(`no "${combined}" in the quick-fix menu`);
  // The menu lays a pointer block over the page until the mouse moves: move onto the item, then click.
  const draftItem = page.locator(`${menuRows}.action`, { has: page.locator('.title', { hasText: combined }) });
  const itemBox = await draftItem.boundingBox();
  await page.mouse.move(itemBox.x + 40, itemBox.y + itemBox.height / 2, { steps: 5 });
  await poll(() => page.$('.context-view-pointerBlock'), (block) => !block);
  await draftItem.click();

  // 2. The letter, beside the record; the record updated by the same edit, nothing asked.
  const opened = await poll(() => readGroups(page),
    (groups) => groups.length === 2 && groups[1].active && groups[1].tab.includes(letter) && groups[1].lines.some((l) => l.text.includes('Ending our work together')));
  check(`the letter opens beside the record (two editor groups: ${record} | ${letter}, the letter active)`,
    opened.length === 2 && opened[0].tab.includes(record) && opened[1].active && opened[1].tab.includes(letter),
    `groups ${show(opened.map((g) => `${g.tab}${g.active ? ' (active)' : ''}`))}`);
  const letterText = () => (opened.find((g) => g.tab.includes(letter))?.lines ?? []).map((l) => l.text);
  check('the letter shows its title "# Ending our work together: Nova Startups"', letterText().includes('# Ending our work together: Nova Startups'),
    `its first lines ${show(letterText().slice(0, 10))}`);
  const recordLines = (groups) => groups.find((g) => g.tab.includes(record))?.lines ?? [];
  const updated = await poll(() => readGroups(page), (groups) => recordLines(groups).find((l) => l.line === 3)?.text === 'status: terminating');
  checkEqual(`${record}'s line 3 reads "status: terminating" with the draft, in the same edit`, recordLines(updated).find((l) => l.line === 3)?.text, 'status: terminating');
  const frontmatter = frontmatterOf(recordLines(updated));
  check(`... and its frontmatter has notice_given: ${TODAY} and end: 2026-12-04`,
    frontmatter.includes(`notice_given: ${TODAY}`) && frontmatter.includes('end: 2026-12-04'), `its frontmatter ${show(frontmatter)}`);
  const toasts = await page.$$eval('.notifications-toasts .notification-toast', (els) => els.map((el) => el.textContent.trim()));
  check('nothing is asked after the draft (no notification)', toasts.length === 0, `notifications ${show(toasts)}`);
  const lastDay = 'my last working day for you is Friday 2026-12-04';
  const letterLines = async () => (await readGroups(page)).find((g) => g.tab.includes(letter))?.lines ?? [];
  let seen = letterText();
  if (!seen.some((t) => t.includes(lastDay))) { // further down: scroll the letter as a person would, then back to its top
    const box = await page.locator('.editor-group-container.active .monaco-editor .overflow-guard').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const topLine = async () => (await letterLines())[0]?.line;
    for (let step = 0; step < 40; step++) {
      const before = await topLine();
      await page.mouse.wheel(0, box.height / 3);
      if (await poll(topLine, (line) => line !== before) === before) break; // the end of the letter
      seen = [...seen, ...(await letterLines()).map((l) => l.text)];
    }
    for (let step = 0; step < 40; step++) {
      const before = await topLine();
      if (before === 1) break;
      await page.mouse.wheel(0, -box.height);
      await poll(topLine, (line) => line !== before);
    }
  }
  check(`the letter says "${lastDay}"`, seen.some((t) => t.includes(lastDay)), 'not found scrolling through the letter');
  check('the letter, read to its end, holds no checklist (nothing in it is not for the reader)',
    !seen.some((t) => t.startsWith('- [ ]') || t.includes('After sending')), `lines ${show(seen.filter((t) => t.startsWith('- [')))}`);

  // 3. The picture: the record (its frontmatter updated) on the left, the letter's first screen on the right.
  const sideBySide = (name) => (groups) => groups.length === 2 && groups[0].tab.includes(record) && groups[0].lines[0]?.line === 1 && groups[1].tab.includes(name) && groups[1].lines[0]?.line === 1;
  const final = await poll(() => readGroups(page), sideBySide(letter));
  check('the record is on the left, the letter\'s first screen on the right', sideBySide(letter)(final),
    `groups ${show(final.map((g) => `${g.tab} from line ${g.lines[0]?.line}`))}`);
  await screenshot(page, shots.termination);

  // 4. The record of the decision, beside the letter: the labelled reasons, the steps after sending.
  await quickOpen(page, decision);
  const withDecision = await poll(() => readGroups(page), (groups) => groups.some((g) => g.tab.includes(decision) && g.lines.some((l) => l.text.startsWith('# Decision to end the work with Nova Startups'))));
  check(`the record of the decision (${decision}) was drafted beside the letter, in the same group`,
    withDecision.length === 2 && withDecision[1].tab.includes(decision), `groups ${show(withDecision.map((g) => g.tab))}`);
  const decisionText = (withDecision.find((g) => g.tab.includes(decision))?.lines ?? []).map((l) => l.text);
  check('it keeps the reasons under their labels ("### Unreasonable demands")', decisionText.includes('### Unreasonable demands'), `its lines ${show(decisionText.slice(0, 14))}`);
  await screenshot(page, shots.decision);

  // 5. The Next Steps view after drafting: short, dated, nothing the record already shows done.
  await page.keyboard.press('Control+B');
  await poll(() => page.isVisible('.part.sidebar'), (visible) => visible);
  await runCommand(page, 'Client Ledger: Focus on Next Steps View');
  const stepRows = '.part.sidebar .pane:has(> .pane-header[aria-label="Next Steps Section"]) .monaco-list-row';
  const readSteps = () => page.$$eval(stepRows, (rows) => rows.map((row) => ({
    level: Number(row.getAttribute('aria-level')),
    label: row.querySelector('.label-name')?.textContent ?? '',
    description: row.querySelector('.label-description')?.textContent ?? '',
  })));
  const steps = await poll(readSteps, (rows) => rows.some((row) => row.label.startsWith('follow-up phone call to Sam Okafor')));
  const nova = steps.filter((row) => row.level === 2 && row.description.includes('Nova Startups')).map((row) => row.label);
  check('Next Steps lists the follow-up phone call from the record of the decision',
    nova.some((label) => label.startsWith('follow-up phone call to Sam Okafor')), `Nova's steps ${show(nova)}`);
  check('... and not the record update the draft already made, nor any "If ..." step',
    !steps.some((row) => row.label.startsWith('Record updated') || /^(If|Once|When) /.test(row.label)), `rows ${show(steps.map((row) => row.label))}`);
  check(`... Nova Startups has ${nova.length} steps (at most 4)`, nova.length <= 4, `Nova's steps ${show(nova)}`);
  await screenshot(page, shots.agendaAfterDraft);
}

// ---------------------------------------------------------------- the same on the web

/** Starts code-server again on the same installed extension, moved to the web worker host (a user setting). */
async function restartOnTheWeb(browser, opts, onServerExit) {
  state.server.off('exit', onServerExit);
  await harness.stopCodeServer();
  const settingsFile = join(state.dataDir, 'user', 'User', 'settings.json');
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), ...harness.webWorkerSettings() }, null, 2));
  const workspace = makeWorkspace(state.dataDir, 'web-ledger');
  const port = await freePort();
  await startCodeServer({ dataDir: state.dataDir, port, folder: workspace, env: serverEnv(state.dataDir, {}), verbose: opts.verbose });
  state.server.once('exit', onServerExit);
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  page.setDefaultTimeout(WAIT_MS);
  return { page, port, workspace };
}

/** The Clients view filled by the `browser` entry, and Running Extensions saying where it runs. */
async function webTest(page, port, workspace) {
  console.log('the web worker extension host');
  const where = ' (web worker host)';
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await need('the workbench', () => page.$('.monaco-workbench .part.statusbar'), 2 * WAIT_MS);
  await need('the Client Ledger status bar item (activation in the web worker)',
    () => readStatusItem(page, '.part.statusbar .statusbar-item[id$="clientLedger.attention"]'), 2 * WAIT_MS);
  const activity = '.part.activitybar li.action-item[aria-label^="Client Ledger"]';
  if ((await page.getAttribute(activity, 'aria-selected')) !== 'true') await page.click(activity);
  await need('the Clients tree\'s rows', async () => (await readTree(page)).length > 0);
  await widenSideBar(page);
  await checkClientsTree(page, where);
  await runCommand(page, 'Developer: Show Running Extensions');
  const readRunning = () => page.$$eval('.part.editor .monaco-list-row', (rows) => rows.map((row) => row.innerText.replace(/\s+/g, ' ').trim()));
  const running = await poll(readRunning, (rows) => rows.some((row) => row.startsWith('Client Ledger ')));
  const ours = running.find((row) => row.startsWith('Client Ledger '));
  check('Running Extensions lists Client Ledger in the web worker extension host', / web worker /i.test(` ${ours} `), `its row is ${show(ours)}`);
  await screenshot(page, shots.webClients);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const sample = readSample();
  for (const path of Object.values(shots)) rmSync(path, { force: true }); // never leave last run's pictures
  const timer = setTimeout(() => {
    stopping = true;
    fail(`the whole run within ${opts.timeout} s`, 'timed out');
    void finish(124, `timed out after ${opts.timeout} s`);
  }, opts.timeout * 1000);

  state.dataDir = makeDataDir();
  installVsix(state.dataDir, vsixPath);
  const workspace = makeWorkspace(state.dataDir);
  const port = await freePort();
  await startCodeServer({ dataDir: state.dataDir, port, folder: workspace, env: serverEnv(state.dataDir, {}), verbose: opts.verbose });
  const onServerExit = () => void finish(2, 'code-server stopped during the run');
  state.server.once('exit', onServerExit);
  const browser = await launchChromium();
  let page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  page.setDefaultTimeout(WAIT_MS);
  if (opts.verbose) page.on('console', (msg) => process.stderr.write(`[browser ${msg.type()}] ${msg.text()}\n`));

  let code = 0;
  try {
    await uiTest(page, port, workspace, sample);
    await page.context().close();
    const web = await restartOnTheWeb(browser, opts, onServerExit);
    page = web.page;
    await webTest(page, web.port, web.workspace);
  } catch (err) {
    if (stopping) return; // the timeout or the signal handler cleans up and exits
    fail('the UI test ran to its end', String(err.message).split('\n')[0]);
    await screenshot(page, shots.failure).catch(() => {});
  }
  if (stopping) return;
  clearTimeout(timer);
  if (failures > 0) code = 1;
  process.stderr.write(`test-host: ui test finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  await finish(code);
}

main().catch((err) => finish(err instanceof HarnessError ? err.code : 2, String(err.message).split('\n')[0]));
