import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, clientUri, lineStarting, waitFor, workspaceRoot } from './host-helpers';

const OPTIONS: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true };

/** The frontmatter, the Log heading and the prose after the log: never touched. */
const HEAD = ['---', 'client: Format Check   # spacing here is not ours to touch', 'status: active', '---', '', '## Log', ''];
const TAIL = ['', 'Prose after the log.', ''];

/** A record written in a hurry: out of order, loosely spaced, a nested note, a malformed line. */
const MESSY = [
  ...HEAD,
  '- 2026-11-12  email   to Kim: sent the   draft',
  '- 2026-11-02 9:05 Call with Kim #Urgent : kick-off',
  '  - agreed on a weekly report',
  '- called Kim back, no date',
  '- 2026-11-05 invoice FC-1 $300',
  ...TAIL,
];
const FORMATTED = [
  ...HEAD,
  '- 2026-11-02 09:05 call with Kim #urgent: kick-off',
  '  - agreed on a weekly report',
  '- called Kim back, no date',
  '- 2026-11-05 invoice FC-1 $300',
  '- 2026-11-12 email to Kim: sent the   draft',
  ...TAIL,
];

async function formatEdits(uri: vscode.Uri): Promise<vscode.TextEdit[]> {
  await vscode.workspace.openTextDocument(uri);
  return (await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', uri, OPTIONS)) ?? [];
}

/**
 * Writes a file through workspace.fs, runs `body` on it, then reverts and closes its editor and
 * deletes it, waiting for the index to drop it, so later tests see the sample ledger as it was.
 */
async function withFile(uri: vscode.Uri, text: string, body: () => Promise<void>): Promise<void> {
  const { queries } = await api();
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  try {
    await body();
  } finally {
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
    if (document) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
    if (queries.isLedgerFile(uri)) await waitFor(`${uri.path} in the index`, () => (queries.client(uri) ? true : undefined));
    await vscode.workspace.fs.delete(uri);
    await waitFor(`${uri.path} out of the index`, () => (queries.client(uri) ? undefined : true));
  }
}

/** Applies the edits to the open document; checks the text; one undo restores the exact text. */
async function applyThenUndo(uri: vscode.Uri, edits: readonly vscode.TextEdit[], expected: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const before = document.getText();
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, [...edits]);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.equal(document.getText(), expected);
  assert.deepEqual(await formatEdits(uri), [], 'formatting again changes nothing');
  await vscode.commands.executeCommand('undo');
  assert.equal(document.getText(), before, 'one undo restores the exact text');
}

describe('format document on a client record', () => {
  before(async () => {
    await api();
  });

  it('puts a record written out of order in order, each entry written one way, as a few small edits', async () => {
    const uri = clientUri('format-check.md');
    await withFile(uri, MESSY.join('\n'), async () => {
      const edits = await formatEdits(uri);
      assert.ok(edits.length > 0 && edits.length < MESSY.length, `a few edits, not the whole file: ${JSON.stringify(edits)}`);
      assert.ok(edits.every((edit) => edit.range.start.line >= HEAD.length), 'nothing in the frontmatter');
      await applyThenUndo(uri, edits, FORMATTED.join('\n'));
    });
  });

  it('keeps a CRLF record CRLF', async () => {
    const uri = clientUri('format-check-crlf.md');
    await withFile(uri, MESSY.join('\r\n'), async () => {
      const edits = await formatEdits(uri);
      assert.equal((await vscode.workspace.openTextDocument(uri)).eol, vscode.EndOfLine.CRLF);
      await applyThenUndo(uri, edits, FORMATTED.join('\r\n'));
    });
  });

  it('gives no edits for a sample record that is already in order', async () => {
    const uri = clientUri('harbor-realty.md');
    assert.ok(await lineStarting(uri, '- 2026-11-10 10:15 call to Tom #no-answer'), 'the sample record has its log');
    assert.deepEqual(await formatEdits(uri), []);
  });

  it('formats only the selected lines with Format Selection, and moves nothing', async () => {
    const uri = clientUri('format-check-range.md');
    await withFile(uri, MESSY.join('\n'), async () => {
      const document = await vscode.workspace.openTextDocument(uri);
      const line = (await lineStarting(uri, '- 2026-11-12')) - 1;
      const range = document.lineAt(line).range;
      const edits = (await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatRangeProvider', uri, range, OPTIONS)) ?? [];
      assert.ok(edits.length > 0 && edits.every((edit) => edit.range.start.line === line && edit.range.end.line === line), JSON.stringify(edits));
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, edits);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(document.getText(), MESSY.join('\n').replace('- 2026-11-12  email   to Kim', '- 2026-11-12 email to Kim'));
    });
  });

  it('gives a markdown file outside the ledger folder no edits', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'format-check-outside.md');
    await withFile(uri, MESSY.join('\n'), async () => {
      assert.deepEqual(await formatEdits(uri), []);
    });
  });
});
