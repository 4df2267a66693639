import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { checkLedger } from '../../src/core/check';
import { loadLedger } from '../../src/core/load-ledger';
import { NodeStore } from '../../src/cli/node-store';
import { parseDay } from '../../src/core/values/calendar-day';
import { agendaOf } from '../../src/core/agenda/agenda';
import type { NextStep } from '../../src/core/agenda/next-step';
import { standingOf } from '../../src/core/summary/client-standing';
import type { ClientLedgerApi } from '../../src/extension/extension';
import { LARGE_GROUP } from '../../src/extension/tree/tree-nodes';
import { linkFree } from '../../src/extension/link-free';
import { api, clientUri, WAIT_MS, waitFor } from './host-helpers';

// A git checkout or a pull rewrites hundreds of records at once, behind the editor's back: the
// index must end equal to a fresh index of the same folder, whatever order the events came in.

const TODAY = parseDay('2026-11-20')!;
const FILES = 500;

function record(index: number, version: number): string {
  const paid = version % 2 === 0 ? `\n- 2026-10-20 payment BR-${index} $300` : '';
  return [
    '---',
    `client: Burst ${index} v${version}`,
    version % 3 === 0 ? 'deposit: none' : 'deposit: $500',
    index % 2 === 0 ? 'status: active' : 'status: at-risk',
    '---',
    '## Log',
    `- 2026-09-${String(1 + (index % 28)).padStart(2, '0')} invoice BR-${index} $300 due 2026-10-0${1 + (version % 9)}${paid}`,
    version === 2 ? '- 2026-13-01 email to nobody' : `- 2026-11-1${index % 10} email from Jane`,
    '',
  ].join('\n');
}

/**
 * Findings, where each client stands and its next steps, by file name: from the editor's index
 * (its caches kept across changes) and from a fresh read of the folder.
 */
async function compare(ledger: ClientLedgerApi, folder: vscode.Uri): Promise<{ index: Record<string, string>; fresh: Record<string, string> }> {
  const entry = ledger.queries.ledgerOf(folder);
  assert.ok(entry, 'the burst folder is inside the ledger');
  const prefix = `${folder.toString()}/`;
  const standings = new Map(ledger.queries.standings().map((standing) => [standing.client.file, standing.description]));
  const steps = stepsByFile(ledger.queries.agenda(), (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : undefined));
  const index: Record<string, string> = {};
  for (const file of entry.ledger.files) {
    if (!file.file.startsWith(prefix)) continue;
    const name = file.file.slice(prefix.length);
    const findings = ledger.queries.findings(vscode.Uri.parse(file.file)).map((finding) => [finding.rule, finding.range.start, finding.message]);
    index[name] = JSON.stringify([findings, standings.get(file.file), steps.get(name)]);
  }
  const fresh: Record<string, string> = {};
  const store = new NodeStore(folder.fsPath);
  const freshLedger = await loadLedger(store);
  const findings = new Map(checkLedger(freshLedger, TODAY).map((result) => [result.file, result.findings]));
  const nameOf = (file: string) => file.slice(folder.fsPath.length + 1).split('\\').join('/');
  const freshSteps = stepsByFile(agendaOf(freshLedger, TODAY, entry.config.agenda), nameOf);
  for (const file of freshLedger.files) {
    const name = nameOf(file.file);
    const own = findings.get(file.file) ?? [];
    const standing = file.type === 'client' ? standingOf(file, own, TODAY).description : undefined;
    fresh[name] = JSON.stringify([own.map((finding) => [finding.rule, finding.range.start, finding.message]), standing, freshSteps.get(name)]);
  }
  return { index, fresh };
}

function stepsByFile(steps: readonly NextStep[], nameOf: (file: string) => string | undefined): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const step of steps) {
    const name = nameOf(step.file);
    if (name !== undefined) byFile.set(name, [...(byFile.get(name) ?? []), `${step.due} ${step.kind} ${step.title}`].sort());
  }
  return byFile;
}

async function settlesEqual(ledger: ClientLedgerApi, folder: vscode.Uri, what: string): Promise<number> {
  let last: { index: Record<string, string>; fresh: Record<string, string> } | undefined;
  try {
    await waitFor(what, async () => {
      last = await compare(ledger, folder);
      return JSON.stringify(last.index) === JSON.stringify(last.fresh) ? true : undefined;
    }, 3 * WAIT_MS);
  } catch (error) {
    const names = new Set([...Object.keys(last?.index ?? {}), ...Object.keys(last?.fresh ?? {})]);
    const differing = [...names].filter((name) => last?.index[name] !== last?.fresh[name]);
    throw new Error(`${String(error)}; ${differing.length} files differ (${JSON.stringify(seen)}), e.g. ${differing.slice(0, 3).map((name) => `${name}: index ${last?.index[name]} / fresh ${last?.fresh[name]}`).join('; ')}`);
  }
  return Object.keys(last!.fresh).length;
}

/** Events a watcher of the test's own saw for the burst files: shown when the index does not settle. */
const seen: Record<string, number> = {};

describe('the index after bursts of file changes', function () {
  this.timeout(15 * 60_000);
  const folder = clientUri('burst');

  let watcher: vscode.FileSystemWatcher | undefined;
  after(() => {
    watcher?.dispose();
    rmSync(folder.fsPath, { recursive: true, force: true });
  });

  it('ends equal to a fresh index after a checkout writes 500 records, a pull rewrites 300, deletes 100 and renames 50', async () => {
    const ledger = await api();
    watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const count = (kind: string) => (uri: vscode.Uri) => {
      if (uri.path.includes('/burst')) seen[kind] = (seen[kind] ?? 0) + 1;
    };
    watcher.onDidCreate(count('create'));
    watcher.onDidChange(count('change'));
    watcher.onDidDelete(count('delete'));
    mkdirSync(join(folder.fsPath, 'nested'), { recursive: true });
    const path = (index: number) => join(folder.fsPath, index % 5 === 0 ? 'nested' : '', `burst-${index}.md`);
    for (let index = 0; index < FILES; index++) writeFileSync(path(index), record(index, 1));
    // Five client ids twice (the same file name in two folders): client-id-duplicate across files.
    for (let index = 1; index < FILES; index += 100) writeFileSync(join(folder.fsPath, 'nested', `burst-${index}.md`), record(index, 1));
    assert.equal(await settlesEqual(ledger, folder, 'the index after 505 new records'), FILES + 5);
    const groups = await waitFor('the tree to show the burst', async () => {
      const shown = await ledger.tree.getChildren();
      return shown.some((group) => group.kind === 'group' && group.clients.length > LARGE_GROUP) ? shown : undefined;
    });
    for (const group of groups) {
      if (group.kind !== 'group') continue;
      const state = ledger.tree.getTreeItem(group).collapsibleState;
      assert.equal(state, group.clients.length > LARGE_GROUP ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded, `${group.label} (${group.clients.length})`);
    }

    for (let index = 0; index < 300; index++) writeFileSync(path(index), record(index, 2 + (index % 3)));
    for (let index = 300; index < 400; index++) unlinkSync(path(index));
    for (let index = 400; index < 450; index++) renameSync(path(index), join(folder.fsPath, `renamed-${index}.md`));
    for (let index = 0; index < 20; index++) writeFileSync(path(index), record(index, 5)); // written twice in the burst
    assert.equal(await settlesEqual(ledger, folder, 'the index after the pull'), FILES + 5 - 100);

    rmSync(folder.fsPath, { recursive: true, force: true });
    const inBurst = () => ledger.queries.ledgerOf(folder)?.ledger.files.filter((file) => file.file.startsWith(`${folder.toString()}/`)).length;
    await waitFor('the deleted folder to leave the index', () => (inBurst() === 0 ? true : undefined), 3 * WAIT_MS);
  });
});

describe('links that leave the ledger folder', () => {
  it('are not read, while a link that stays inside is', async () => {
    const ledger = await api();
    const outside = mkdtempSync(join(tmpdir(), 'ledger-outside-'));
    const secret = clientUri('secret-link.md');
    const alias = clientUri('alias-link.md');
    try {
      writeFileSync(join(outside, 'secret.md'), record(9001, 1));
      symlinkSync(join(outside, 'secret.md'), secret.fsPath);
      symlinkSync(clientUri('harbor-realty.md').fsPath, alias.fsPath);
      await ledger.index.reload(true);
      const indexed = (uri: vscode.Uri) => ledger.queries.ledgerOf(uri)?.ledger.get(uri.toString()) !== undefined;
      await waitFor('the inside link to be read', () => (indexed(alias) ? true : undefined));
      assert.equal(indexed(secret), false, 'the file outside the ledger is not read through the link');
    } finally {
      rmSync(secret.fsPath, { force: true });
      rmSync(alias.fsPath, { force: true });
      rmSync(outside, { recursive: true, force: true });
      await ledger.index.reload(true);
    }
  });

  it('on the web, where a link cannot be resolved, no file behind a link is read', async () => {
    const root = (await api()).queries.ledgerOf(clientUri('harbor-realty.md'))!.root;
    const outside = mkdtempSync(join(tmpdir(), 'ledger-outside-'));
    const fileLink = clientUri('secret-file-link.md');
    const folderLink = clientUri('secret-folder-link');
    try {
      writeFileSync(join(outside, 'secret.md'), record(9002, 1));
      symlinkSync(join(outside, 'secret.md'), fileLink.fsPath);
      symlinkSync(outside, folderLink.fsPath);
      assert.equal(await linkFree(root, fileLink), false, 'a file that is a link');
      assert.equal(await linkFree(root, vscode.Uri.joinPath(folderLink, 'secret.md')), false, 'a file in a linked folder');
      assert.equal(await linkFree(root, clientUri('harbor-realty.md')), true, 'a plain file');
    } finally {
      rmSync(fileLink.fsPath, { force: true });
      rmSync(folderLink.fsPath, { force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
