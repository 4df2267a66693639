import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClientLedgerApi } from '../../src/extension/extension';
import { api, clientUri, lineStarting, waitFor, workspaceRoot } from './host-helpers';

function labelOf(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
}

function tooltipOf(hint: vscode.InlayHint): string {
  const tooltip = hint.tooltip;
  // appendText escapes punctuation and spaces.
  return (typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '').replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** The hints VS Code gets from the providers for lines `first` to `last` (1-based), or the whole document. */
async function hintsOf(uri: vscode.Uri, lines?: { first: number; last: number }): Promise<vscode.InlayHint[]> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = lines
    ? new vscode.Range(lines.first - 1, 0, lines.last - 1, document.lineAt(lines.last - 1).text.length)
    : new vscode.Range(0, 0, document.lineCount, 0);
  return vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range);
}

/** The hints once there are some (the ledger may still be loading), each as `line: label`. */
async function labelsOf(uri: vscode.Uri): Promise<Map<number, vscode.InlayHint>> {
  const hints = await waitFor(`inlay hints in ${uri.path}`, async () => {
    const found = await hintsOf(uri);
    return found.length > 0 ? found : undefined;
  });
  return new Map(hints.map((hint) => [hint.position.line + 1, hint]));
}

/** The label on a 1-based line, as VS Code gets it now; undefined when there is none. */
async function labelAt(uri: vscode.Uri, line: number): Promise<string | undefined> {
  const hint = (await hintsOf(uri)).find((item) => item.position.line + 1 === line);
  return hint && labelOf(hint);
}

/** Resolves when the provider next tells VS Code its hints changed. */
function nextChange(ledger: ClientLedgerApi): Promise<void> {
  return new Promise((resolve) => {
    const subscription = ledger.inlayHints.onDidChangeInlayHints(() => {
      subscription.dispose();
      resolve();
    });
  });
}

describe('inlay hints in a real VS Code', () => {
  let ledger: ClientLedgerApi;
  const harbor = clientUri('harbor-realty.md');

  before(async () => {
    ledger = await api();
  });

  it('say where each invoice stands at the end of its line, with the hover as tooltip', async () => {
    const hints = await labelsOf(harbor);
    const open = await lineStarting(harbor, '- 2026-11-01 invoice HR-012');
    const hint = hints.get(open);
    assert.ok(hint, `a hint on line ${open}`);
    assert.equal(labelOf(hint), '$600.00 open · 5d overdue');
    const document = await vscode.workspace.openTextDocument(harbor);
    assert.equal(hint.position.character, document.lineAt(open - 1).text.length, 'at the end of the line');
    assert.equal(hint.paddingLeft, true);
    assert.equal(hint.textEdits, undefined, 'a hint never edits the record');
    assert.match(tooltipOf(hint), /Invoice HR-012 · \$600\.00 · issued 2026-11-01 · due 2026-11-15/);
    assert.equal(labelOf(hints.get(await lineStarting(harbor, '- 2026-10-01 invoice HR-011'))!), 'paid 2026-10-09');
  });

  it('say how long the latest unanswered attempt has waited, and nothing on the earlier ones', async () => {
    const hints = await labelsOf(harbor);
    const latest = hints.get(await lineStarting(harbor, '- 2026-11-13 message to Tom'));
    assert.ok(latest);
    assert.equal(labelOf(latest), 'no reply 17d');
    assert.match(tooltipOf(latest), /No reply for 17 days to 4 attempts since 2026-11-03: next, /);
    for (const earlier of ['- 2026-11-03 email to Tom', '- 2026-11-06 email to Tom', '- 2026-11-10 10:15 call to Tom']) {
      assert.equal(hints.get(await lineStarting(harbor, earlier)), undefined, earlier);
    }
  });

  it('say how late a paid invoice was paid, and what a part payment leaves open', async () => {
    const brightside = clientUri('brightside-dental.md');
    const hints = await labelsOf(brightside);
    assert.equal(labelOf(hints.get(await lineStarting(brightside, '- 2026-08-01 invoice BD-022'))!), 'paid 2026-09-05 · 21d late');
    assert.equal(labelOf(hints.get(await lineStarting(brightside, '- 2026-10-01 invoice BD-024'))!), '$750.00 open · 36d overdue');
    assert.equal(labelOf(hints.get(await lineStarting(brightside, '- 2026-10-30 payment BD-024'))!), '$750.00 left');
    assert.equal(hints.get(await lineStarting(brightside, '- 2026-07-02 payment BD-020')), undefined, 'paid in full: the line says it');
  });

  it('give only the lines asked for', async () => {
    await labelsOf(harbor);
    const open = await lineStarting(harbor, '- 2026-11-01 invoice HR-012');
    assert.deepEqual((await hintsOf(harbor, { first: open, last: open + 1 })).map(labelOf), ['$600.00 open · 5d overdue']);
    assert.deepEqual(await hintsOf(harbor, { first: 1, last: await lineStarting(harbor, '## Log') }), [], 'nothing in the frontmatter and prose');
    const first = await lineStarting(harbor, '- 2026-07-01 invoice HR-008');
    assert.deepEqual((await hintsOf(harbor, { first: 1, last: first })).map(labelOf), ['paid 2026-07-10'], 'up to the first invoice');
  });

  it('give a client record outside the ledger folder nothing', async () => {
    const outside = vscode.Uri.joinPath(workspaceRoot(), 'inlay-hints-outside.md');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('---\nclient: Acme\n---\n\n## Log\n\n- 2026-11-01 invoice A-1 $100\n'));
    try {
      assert.deepEqual(await hintsOf(outside), []);
    } finally {
      await vscode.workspace.fs.delete(outside);
    }
  });

  it('follow clientLedger.today and switch off with clientLedger.inlayHints', async () => {
    await labelsOf(harbor);
    const settings = vscode.workspace.getConfiguration('clientLedger');
    const pinned = settings.inspect<string>('today')?.workspaceValue;
    const latest = await lineStarting(harbor, '- 2026-11-13 message to Tom');
    let changed = nextChange(ledger);
    await settings.update('today', '2026-11-25', vscode.ConfigurationTarget.Workspace);
    try {
      await changed;
      await waitFor('the hints as of 2026-11-25', async () => ((await labelAt(harbor, latest)) === 'no reply 22d' ? true : undefined));
    } finally {
      await settings.update('today', pinned, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the hints as of 2026-11-20 again', async () => ((await labelAt(harbor, latest)) === 'no reply 17d' ? true : undefined));
    changed = nextChange(ledger);
    await settings.update('inlayHints', false, vscode.ConfigurationTarget.Workspace);
    try {
      await changed;
      await waitFor('no inlay hints', async () => ((await hintsOf(harbor)).length === 0 ? true : undefined));
    } finally {
      await settings.update('inlayHints', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await labelsOf(harbor);
  });
});
