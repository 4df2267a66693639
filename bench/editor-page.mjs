// What `npm run bench:editor` (bench/editor.mjs) does in the workbench page: a probe installed
// before the workbench's own scripts, and the person's actions it times. Every time is taken in
// the page (performance.now(), milliseconds from page open) from the input event (mousedown,
// keydown) to the first animation frame in which the result is in the DOM: what a person sees,
// late when the window is busy, as it is for them.
import { harness } from '../scripts/test-host/run.mjs';

const CLIENTS_ROWS = '.part.sidebar .pane:has(> .pane-header[aria-label="Clients Section"]) .monaco-list-row';
const ACTIVITY_ITEM = '.part.activitybar li.action-item[aria-label^="Client Ledger"]';
const REPORT_COMMAND = 'Client Ledger: Open Portfolio Report';
/** The report's summary: the health counts, at the top of the page. */
const REPORT_SUMMARY = '[data-metric="health-red"]';

/**
 * Runs in the page before the workbench: when the workbench shows, and every change of what the
 * status bar and the activity bar say about the ledger (our item, the Problems count, the window
 * progress item while it is ours, the badge), polled every 25 ms until stop().
 */
function startupProbe() {
  const changes = [];
  const last = {};
  const seen = {};
  const text = (selector) => document.querySelector(selector)?.textContent.trim() ?? '';
  const label = (selector) => document.querySelector(selector)?.getAttribute('aria-label') ?? '';
  const progress = () => {
    const item = document.querySelector('.part.statusbar #status\\.progress');
    return item?.textContent.includes('Client Ledger') ? item.textContent.trim() : '';
  };
  const read = () => ({
    item: label('.part.statusbar .statusbar-item[id$="clientLedger.attention"]'),
    problems: label('.part.statusbar #status\\.problems'),
    progress: progress(),
    badge: text('.part.activitybar li.action-item[aria-label^="Client Ledger"] .badge-content'),
  });
  const timer = setInterval(() => {
    const t = performance.now();
    if (seen.workbench === undefined && document.querySelector('.monaco-workbench .part.statusbar')) seen.workbench = t;
    for (const [key, value] of Object.entries(read())) {
      if (value !== last[key]) changes.push({ t, key, value });
      last[key] = value;
    }
  }, 25);
  window.__bench = { seen, changes, last, stop: () => clearInterval(timer) };
}

/**
 * Runs in the page: window.__benchArm(kind, arg, ms) starts watching for the next input event
 * and then, frame by frame, for the condition `kind` to hold; window.__benchResult() resolves
 * with { input, done } (undefined done: not within ms).
 */
function watchProbe(rowsSelector) {
  const rows = () => [...document.querySelectorAll(rowsSelector)];
  const rowAt = (index) => rows().find((row) => Number(row.dataset.index) === index);
  const childOf = (index) => rowAt(index + 1)?.getAttribute('aria-level') === String(Number(rowAt(index)?.getAttribute('aria-level')) + 1);
  const squigglesOn = (line) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return '';
    const numbers = [...editor.querySelectorAll('.margin-view-overlays > div')]
      .map((div) => ({ top: parseFloat(div.style.top), line: Number(div.querySelector('.line-numbers')?.textContent.trim()) || undefined }))
      .sort((a, b) => a.top - b.top);
    const lineAt = (top) => numbers.filter((n) => n.line && n.top <= top + 0.5).at(-1)?.line;
    const found = [];
    for (const div of editor.querySelectorAll('.view-overlays > div')) {
      if (lineAt(parseFloat(div.style.top)) !== line) continue;
      for (const deco of div.querySelectorAll('[class*="squiggly-"]')) found.push(/squiggly-(error|warning|info|hint)\b/.exec(deco.className)?.[1]);
    }
    return found.sort().join(',');
  };
  const conditions = {
    clientRows: () => rows().some((row) => row.getAttribute('aria-level') === '2'),
    // children drawn under the row, or none to draw (the twistie gone)
    expanded: (index) => rowAt(index)?.getAttribute('aria-expanded') === 'true' && (childOf(index) || !rowAt(index).querySelector('.monaco-tl-twistie.collapsible')),
    collapsed: (index) => rowAt(index)?.getAttribute('aria-expanded') === 'false',
    squiggles: (line, baseline) => squigglesOn(line) !== baseline,
    tab: (name) => [...document.querySelectorAll('.part.editor .tab')].some((tab) => (tab.getAttribute('aria-label') ?? '').includes(name)),
  };
  let pending;
  window.__benchSquiggles = squigglesOn;
  window.__benchHasChildren = childOf;
  window.__benchArm = (kind, arg, ms) => {
    const baseline = kind === 'squiggles' ? squigglesOn(arg) : undefined;
    let input;
    const onInput = () => { input ??= performance.now(); };
    window.addEventListener('mousedown', onInput, true);
    window.addEventListener('keydown', onInput, true);
    pending = new Promise((resolve) => {
      const deadline = performance.now() + ms;
      const frame = () => {
        const now = performance.now();
        const done = input !== undefined && conditions[kind](arg, baseline);
        if (!done && now < deadline) return requestAnimationFrame(frame);
        window.removeEventListener('mousedown', onInput, true);
        window.removeEventListener('keydown', onInput, true);
        resolve({ input, done: done ? now : undefined });
      };
      requestAnimationFrame(frame);
    });
  };
  window.__benchResult = () => pending;
}

export async function installProbes(context) {
  await context.addInitScript(startupProbe);
  await context.addInitScript(watchProbe, CLIENTS_ROWS);
}

const { sleep } = harness;

/** Milliseconds from the input to the result on screen; undefined when it did not show in time. */
async function timed(page, kind, arg, ms, act) {
  await page.evaluate(([k, a, t]) => window.__benchArm(k, a, t), [kind, arg, ms]);
  await act();
  const { input, done } = await page.evaluate(() => window.__benchResult());
  if (input === undefined) throw new Error(`no input event reached the page for "${kind}"`);
  return done === undefined ? undefined : done - input;
}

const poll = (read, done, ms, every = 250) => harness.poll(read, done, ms, every);

async function need(what, read, ms) {
  const value = await poll(read, Boolean, ms);
  if (!value) throw new Error(`${what} did not appear within ${Math.round(ms / 1000)} s`);
  return value;
}

/**
 * Waits until the ledger is indexed as the screen tells it: our status bar item shown, our
 * window progress item gone (or never shown: it shows only after 150 ms), and nothing the
 * probe watches changed for `stableMs`. Returns the probe's record and stops it.
 */
export async function waitIndexed(page, { timeoutMs, stableMs }) {
  const read = () => page.evaluate(() => ({ seen: window.__bench.seen, last: window.__bench.last, count: window.__bench.changes.length, lastAt: window.__bench.changes.at(-1)?.t ?? 0, now: performance.now() }));
  const settled = (state) => state.last.item && !state.last.progress && state.now - state.lastAt > stableMs;
  const state = await poll(read, settled, timeoutMs, 500);
  if (!settled(state)) throw new Error(`the ledger was not indexed within ${Math.round(timeoutMs / 1000)} s (status bar: ${JSON.stringify(state.last)})`);
  return page.evaluate(() => {
    window.__bench.stop();
    return { origin: performance.timeOrigin, seen: window.__bench.seen, changes: window.__bench.changes };
  });
}

/** The startup figures, from the probe's record (milliseconds from page open). */
export function startupTimes({ seen, changes }) {
  const of = (key) => changes.filter((change) => change.key === key);
  const progress = of('progress');
  const firstShown = (key) => of(key).find((change) => change.value)?.t;
  const lastChange = (key) => of(key).at(-1)?.t;
  return {
    workbench: seen.workbench,
    firstFindings: firstShown('item'),
    progressShown: firstShown('progress'),
    progressGone: progress.some((change) => change.value) ? progress.at(-1).t : undefined,
    statusFinal: Math.max(lastChange('item') ?? 0, lastChange('problems') ?? 0),
    badgeFinal: lastChange('badge'),
    status: { item: of('item').at(-1)?.value, problems: of('problems').at(-1)?.value, badge: of('badge').at(-1)?.value },
  };
}

/** Click on the Client Ledger activity bar icon to the first client rows of the Clients view. */
export async function openClientsView(page, ms) {
  const icon = page.locator(ACTIVITY_ITEM);
  if ((await icon.getAttribute('aria-selected')) === 'true') throw new Error('the Client Ledger view was already open');
  return timed(page, 'clientRows', undefined, ms, () => icon.click());
}

/**
 * Expands clients from the top of the tree one after the other, each collapsed again after, until
 * `count` showed children (a client with nothing to show is not counted): click to children shown.
 */
export async function expandClients(page, count, ms) {
  await openFirstGroup(page, ms);
  const rows = await page.$$eval(CLIENTS_ROWS, (els) => els
    .filter((row) => row.getAttribute('aria-level') === '2' && row.getAttribute('aria-expanded') === 'false')
    .map((row) => Number(row.dataset.index)).sort((a, b) => a - b));
  const times = [];
  for (const index of rows) {
    const twistie = page.locator(`${CLIENTS_ROWS}[data-index="${index}"] .monaco-tl-twistie`);
    const time = await timed(page, 'expanded', index, ms, () => twistie.click());
    if (!(await page.evaluate((i) => window.__benchHasChildren(i), index))) continue;
    times.push(time);
    await timed(page, 'collapsed', index, ms, () => twistie.click());
    if (times.length === count) return times;
  }
  throw new Error(`only ${times.length} of the ${rows.length} client rows on screen had children to show`);
}

/** Groups of more than 100 clients start collapsed: with no client row on screen, the first group is opened (not timed). */
async function openFirstGroup(page, ms) {
  const levels = await page.$$eval(CLIENTS_ROWS, (els) => els.map((row) => [row.getAttribute('aria-level'), row.getAttribute('aria-expanded'), Number(row.dataset.index)]));
  if (levels.some(([level]) => level === '2')) return;
  const group = levels.find(([level, expanded]) => level === '1' && expanded === 'false');
  if (!group) return;
  await page.locator(`${CLIENTS_ROWS}[data-index="${group[2]}"] .monaco-tl-twistie`).click();
  await page.waitForSelector(`${CLIENTS_ROWS}[aria-level="2"]`, { timeout: ms });
}

const quickInputLabels = (page) => page.$$eval('.quick-input-list .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));

/** Quick open, closed and opened again until the file is listed (its file list is cached). */
export async function openFile(page, fileName, ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    await page.keyboard.press('Control+P');
    const input = await need('quick open', () => page.$('.quick-input-widget input'), ms);
    await input.fill(fileName);
    if (await poll(async () => (await quickInputLabels(page)).some((l) => l.includes(fileName)), Boolean, 5_000)) break;
    await page.keyboard.press('Escape');
    if (Date.now() > deadline) throw new Error(`${fileName} was not listed in quick open within ${Math.round(ms / 1000)} s`);
  }
  await page.keyboard.press('Enter');
  await need(`${fileName} in the editor`, () => page.$eval('.editor-group-container.active .tab.active', (tab) => tab.getAttribute('aria-label') ?? '').then((l) => l.includes(fileName)).catch(() => false), ms);
}

/** Go to Line: `line:column`, then waits for the cursor's line number. */
async function goTo(page, line, column, ms) {
  await page.keyboard.press('Control+G');
  await need('Go to Line', () => page.$eval('.quick-input-widget input', (input) => input.value === ':').catch(() => false), ms);
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await need(`the cursor on line ${line}`, () => page.$eval('.editor-group-container.active .monaco-editor .line-numbers.active-line-number', (el) => el.textContent.trim()).then((t) => t === String(line)).catch(() => false), ms);
}

/**
 * On the first candidate line without a squiggle, `pairs` times: one character typed (a new
 * squiggle) then Backspace (it goes): keystroke to the squiggles of that line changing on screen.
 * `candidates` are [{ line, column }] where the character makes the line's entry malformed.
 */
export async function squiggleTimes(page, candidates, { pairs, ms, settle }) {
  for (const { line, column } of candidates) {
    await goTo(page, line, column, ms);
    await sleep(1_000); // the file's squiggles drawn since it opened
    if (await page.evaluate((l) => window.__benchSquiggles(l), line)) continue;
    const times = [];
    for (let pair = 0; pair < pairs; pair++) {
      for (const key of ['x', 'Backspace']) {
        times.push(await timed(page, 'squiggles', line, ms, () => page.keyboard.press(key)));
        await settle();
      }
    }
    return { line, times };
  }
  throw new Error('every candidate line already had a squiggle');
}

/** "Open Portfolio Report" from the palette: Enter to the tab shown, and to the summary shown in the webview. */
export async function reportTimes(page, ms) {
  await page.keyboard.press('F1');
  const input = await need('the command palette', () => page.$('.quick-input-widget input'), ms);
  await input.fill(`>${REPORT_COMMAND}`);
  await need(`"${REPORT_COMMAND}" in the command palette`, async () => (await quickInputLabels(page)).some((l) => l.startsWith(REPORT_COMMAND)), ms);
  await page.evaluate(([k, a, t]) => window.__benchArm(k, a, t), ['tab', 'Portfolio Report', ms]);
  await page.keyboard.press('Enter');
  const { input: pressed, done: tabAt } = await page.evaluate(() => window.__benchResult());
  const origin = await page.evaluate(() => performance.timeOrigin);
  const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  const shown = await poll(() => report.locator(REPORT_SUMMARY).count().catch(() => 0), (n) => n > 0, ms, 100);
  return { tab: tabAt === undefined ? undefined : tabAt - pressed, summary: shown > 0 ? Date.now() - (origin + pressed) : undefined };
}
