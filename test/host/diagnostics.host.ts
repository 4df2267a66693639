import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkFile } from '../../src/core/check';
import { Ledger } from '../../src/core/ledger';
import { parseOptions } from '../../src/core/load-ledger';
import { parseLedgerBytes } from '../../src/core/parse/ledger-file';
import { parseDay } from '../../src/core/values/calendar-day';
import { api, clientUri, diagnosticsOf, lineStarting, rulesOf, waitFor, workspaceRoot } from './host-helpers';

const TODAY = parseDay('2026-11-20')!;

/** The markdown files under a folder, through workspace.fs: the same on the desktop and the web. */
async function markdownFiles(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const nested = await Promise.all(entries.map(async ([name, type]) => {
    const uri = vscode.Uri.joinPath(folder, name);
    if (type & vscode.FileType.Directory) return markdownFiles(uri);
    return name.endsWith('.md') ? [uri] : [];
  }));
  return nested.flat();
}

/** What the engine (the same one the CLI runs) finds in the fixture files as stored. */
async function engineFindings(): Promise<Map<string, string[]>> {
  const uris = await markdownFiles(clientUri());
  const files = await Promise.all(uris.map(async (uri) => parseLedgerBytes(uri.toString(), await vscode.workspace.fs.readFile(uri), parseOptions())));
  const ledger = new Ledger(files);
  return new Map(files.map((file) => [
    file.file,
    checkFile(ledger, file.file, TODAY).map((finding) => {
      const { start, end } = finding.range;
      const endColumn = start.line === end.line && start.column === end.column ? end.column + 1 : end.column;
      return `${start.line}:${start.column}-${end.line}:${endColumn} ${finding.severity} ${finding.rule}`;
    }),
  ]));
}

describe('diagnostics in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('equal what the engine finds in every fixture file: rule ids, ranges and severities', async () => {
    const expected = await engineFindings();
    assert.ok(expected.size >= 9, `fixture files: ${expected.size}`);
    await waitFor('diagnostics on every fixture file', () =>
      [...expected].every(([uri, findings]) => diagnosticsOf(vscode.Uri.parse(uri)).length === findings.length) ? true : undefined);
    for (const [uri, findings] of expected) assert.deepEqual(diagnosticsOf(vscode.Uri.parse(uri)), findings, uri);
    assert.deepEqual(diagnosticsOf(clientUri('sunrise-yoga.md')), []);
  });

  it('link each code to its section of docs/rules.md and point at the lines behind a finding', async () => {
    const [awaiting] = vscode.languages.getDiagnostics(clientUri('harbor-realty.md')).filter((item) => (item.code as { value: string }).value === 'awaiting-reply');
    const code = awaiting.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.fragment, 'awaiting-reply');
    assert.match(code.target.path, /\/docs\/rules\.md$/);
    assert.equal(awaiting.source, 'Client Ledger');
    const attempts = ['- 2026-11-03 email to Tom', '- 2026-11-06 email to Tom', '- 2026-11-10 10:15 call to Tom'];
    const lines = await Promise.all(attempts.map((attempt) => lineStarting(clientUri('harbor-realty.md'), attempt)));
    assert.deepEqual(awaiting.relatedInformation?.map((info) => info.location.range.start.line + 1), lines);
  });

  it('follow unsaved edits: logging a reply clears awaiting-reply and no-contact', async () => {
    const uri = clientUri('harbor-realty.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(document.lineCount - 1, 0), '- 2026-11-19 email from Tom: drafts approved\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(document.isDirty, true);
    await waitFor('awaiting-reply to clear', () => (rulesOf(uri).includes('awaiting-reply') ? undefined : true));
    assert.deepEqual(rulesOf(uri).filter((rule) => rule === 'no-contact' || rule === 'awaiting-reply'), []);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(document.isDirty, false);
    await waitFor('awaiting-reply to come back after revert', () => (rulesOf(uri).includes('awaiting-reply') ? true : undefined));
  });

  it('follow files created, renamed and deleted', async () => {
    const created = clientUri('new-overdue.md');
    const text = '---\nclient: New Overdue\nstatus: former\n---\n\n## Log\n\n- 2026-09-01 invoice N-1 $10 due 2026-09-02\n';
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(text));
    await waitFor('diagnostics on a created file', () => (rulesOf(created).includes('invoice-overdue') ? true : undefined));
    const renamed = clientUri('archive', 'renamed-overdue.md');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(created, renamed);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor('diagnostics to move with the rename', () => (rulesOf(renamed).includes('invoice-overdue') && rulesOf(created).length === 0 ? true : undefined));
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(remove));
    await waitFor('diagnostics to clear on delete', () => (rulesOf(renamed).length === 0 ? true : undefined));
  });

  it('follow files deleted outside the editor (git checkout, a terminal)', async () => {
    const outside = clientUri('outside.md');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('---\nclient: Outside\nstatus: former\n---\n\n## Log\n\n- 2026-13-01 note\n'));
    await waitFor('diagnostics on a file written outside', () => (rulesOf(outside).includes('entry-malformed') ? true : undefined));
    await vscode.workspace.fs.delete(outside);
    await waitFor('diagnostics to clear', () => (rulesOf(outside).length === 0 ? true : undefined));
  });

  it('follow settings: a higher no-contact threshold silences no-contact', async () => {
    const uri = clientUri('harbor-realty.md');
    const settings = vscode.workspace.getConfiguration('clientLedger');
    assert.ok(rulesOf(uri).includes('no-contact'));
    await settings.update('rules.no-contact', 60, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('no-contact to clear', () => (rulesOf(uri).includes('no-contact') ? undefined : true));
    } finally {
      await settings.update('rules.no-contact', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('no-contact to come back', () => (rulesOf(uri).includes('no-contact') ? true : undefined));
  });

  it('follow a folder\'s own settings in a multi-root workspace', async () => {
    const uri = clientUri('harbor-realty.md');
    const settings = vscode.workspace.getConfiguration('clientLedger', workspaceRoot());
    assert.ok(rulesOf(uri).includes('no-contact'));
    await settings.update('rules.no-contact', 60, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitFor('no-contact to clear', () => (rulesOf(uri).includes('no-contact') ? undefined : true));
    } finally {
      await settings.update('rules.no-contact', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitFor('no-contact to come back', () => (rulesOf(uri).includes('no-contact') ? true : undefined));
  });
});
