import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, applyAndUndo, clientUri, lineStarting, waitFor, workspaceRoot } from './host-helpers';

// Go to definition, find all references, rename and document links on the sample ledger, through
// VS Code's own commands. Brightside Dental's BD-023 is reminded, charged a late fee and named by
// Priya; BD-024 is part paid. The sample has no document about Brightside Dental: one is written
// through workspace.fs (a payment reminder naming BD-023) and deleted after.

const RECORD = clientUri('brightside-dental.md');
const DOCUMENT = clientUri('brightside-dental', '2026-11-20-payment-reminder-BD-023.md');
const DOCUMENT_TEXT = [
  '---',
  'document: payment-reminder',
  'client: brightside-dental',
  'created: 2026-11-20',
  '---',
  '',
  '# Payment reminder: BD-023',
  '',
  'Invoice BD-023 ($1,250.00) is 66 days overdue.',
  '',
  '- Log it as `email to Priya: payment reminder for BD-023`.',
  '- Earlier: clients/peak-consulting/2026-10-14-termination.md, and the record ../brightside-dental.md',
  '',
].join('\n');

/** A location of either shape, as `file line:column-column` (1-based, the file relative to the workspace). */
function where(location: vscode.Location | vscode.LocationLink): string {
  const uri = 'targetUri' in location ? location.targetUri : location.uri;
  const range = 'targetUri' in location ? location.targetSelectionRange ?? location.targetRange : location.range;
  return `${vscode.workspace.asRelativePath(uri)} ${range.start.line + 1}:${range.start.character + 1}-${range.end.character + 1}`;
}

/** `file line:column-column` of the `nth` occurrence of `word` on the line starting with `prefix`. */
async function spot(uri: vscode.Uri, prefix: string, word: string, nth = 0): Promise<string> {
  const line = await lineStarting(uri, prefix);
  const text = (await vscode.workspace.openTextDocument(uri)).lineAt(line - 1).text;
  let index = -1;
  for (let count = 0; count <= nth; count++) index = text.indexOf(word, index + 1);
  assert.ok(index >= 0, `${word} on the line starting ${prefix}`);
  return `${vscode.workspace.asRelativePath(uri)} ${line}:${index + 1}-${index + 1 + word.length}`;
}

/** The 0-based position inside the `nth` `word` on the line starting with `prefix`. */
async function inside(uri: vscode.Uri, prefix: string, word: string, nth = 0): Promise<vscode.Position> {
  const [, place] = (await spot(uri, prefix, word, nth)).split(' ');
  const [line, columns] = place.split(':');
  return new vscode.Position(Number(line) - 1, Number(columns.split('-')[0]) + 1);
}

async function definitions(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
  return found.map(where);
}

async function references(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, position);
  return found.map(where).sort();
}

async function links(uri: vscode.Uri): Promise<string[]> {
  const found = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
  return found
    .filter((link) => link.target !== undefined)
    .map((link) => `${link.range.start.line + 1}:${link.range.start.character + 1}-${link.range.end.character + 1} ${vscode.workspace.asRelativePath(link.target!)}`);
}

/** The WorkspaceEdit's replacements as `file line:column-column newText`, sorted. */
function replacements(edit: vscode.WorkspaceEdit): string[] {
  return edit.entries().flatMap(([uri, edits]) => edits.map((change) =>
    `${vscode.workspace.asRelativePath(uri)} ${change.range.start.line + 1}:${change.range.start.character + 1}-${change.range.end.character + 1} ${change.newText}`)).sort();
}

describe('definitions, references, rename and links in a real VS Code', () => {
  before(async () => {
    const { queries } = await api();
    await vscode.workspace.fs.writeFile(DOCUMENT, new TextEncoder().encode(DOCUMENT_TEXT));
    await waitFor('the ledger to read the drafted reminder', () => (queries.ledgerOf(DOCUMENT)?.ledger.get(DOCUMENT.toString())?.type === 'document' ? true : undefined));
  });

  after(async () => {
    const { queries } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(DOCUMENT, { recursive: false });
    await vscode.workspace.fs.delete(clientUri('brightside-dental'), { recursive: true }).then(undefined, () => undefined);
    await waitFor('the ledger to forget the reminder', () => (queries.ledgerOf(DOCUMENT)?.ledger.get(DOCUMENT.toString()) ? undefined : true));
  });

  it('goes from a payment, a reminder, a late fee and a document to the invoice\'s ID', async () => {
    const bd024 = await spot(RECORD, '- 2026-10-01 invoice BD-024', 'BD-024');
    assert.deepEqual(await definitions(RECORD, await inside(RECORD, '- 2026-10-30 payment BD-024', 'BD-024')), [bd024]);
    const bd023 = await spot(RECORD, '- 2026-09-01 invoice BD-023', 'BD-023');
    assert.deepEqual(await definitions(RECORD, await inside(RECORD, '- 2026-09-20 email to Priya', 'BD-023')), [bd023]);
    assert.deepEqual(await definitions(RECORD, await inside(RECORD, '- 2026-10-16 late-fee', 'BD-023')), [bd023]);
    assert.deepEqual(await definitions(DOCUMENT, await inside(DOCUMENT, 'Invoice BD-023', 'BD-023')), [bd023]);
    assert.deepEqual(await definitions(RECORD, await inside(RECORD, '- 2026-10-30 payment BD-024', 'payment')), [], 'nothing on the kind');
  });

  it('goes from a document\'s client: to the record, and from agreement: to the file when it is in the workspace', async () => {
    const record = await spot(RECORD, 'client: Brightside Dental', 'client: Brightside Dental');
    assert.deepEqual(await definitions(DOCUMENT, await inside(DOCUMENT, 'client: brightside-dental', 'brightside-dental')), [record]);
    const agreement = await inside(RECORD, 'agreement: ', 'agreements/');
    assert.deepEqual(await definitions(RECORD, agreement), [], 'no such file in the sample');
    const file = vscode.Uri.joinPath(workspaceRoot(), 'agreements', 'brightside-dental.pdf');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('%PDF-1.4\n'));
    try {
      assert.deepEqual(await definitions(RECORD, agreement), ['agreements/brightside-dental.pdf 1:1-1']);
      const value = (await spot(RECORD, 'agreement: ', 'agreements/brightside-dental.pdf')).split(' ')[1];
      assert.ok((await links(RECORD)).includes(`${value} agreements/brightside-dental.pdf`), 'and the value is a link');
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'agreements'), { recursive: true });
    }
  });

  it('finds every reference to an invoice, in the record and in the documents about the client', async () => {
    const expected = [
      await spot(RECORD, '- 2026-09-01 invoice BD-023', 'BD-023'),
      await spot(RECORD, '- 2026-09-20 email to Priya', 'BD-023'),
      await spot(RECORD, '- 2026-10-16 late-fee', 'BD-023'),
      await spot(RECORD, '- 2026-11-18 email from Priya', 'BD-023'),
      await spot(DOCUMENT, '# Payment reminder', 'BD-023'),
      await spot(DOCUMENT, 'Invoice BD-023', 'BD-023'),
      await spot(DOCUMENT, '- Log it as', 'BD-023'),
    ].sort();
    assert.deepEqual(await references(RECORD, await inside(RECORD, '- 2026-11-18 email from Priya', 'BD-023')), expected);
    assert.deepEqual(await references(DOCUMENT, await inside(DOCUMENT, '- Log it as', 'BD-023')), expected, 'the same from the document');
  });

  it('finds the record and the documents of a client', async () => {
    const expected = [await spot(RECORD, 'client: Brightside Dental', 'client: Brightside Dental'), await spot(DOCUMENT, 'client: brightside-dental', 'brightside-dental')].sort();
    assert.deepEqual(await references(RECORD, await inside(RECORD, 'client: Brightside Dental', 'Brightside')), expected);
    assert.deepEqual(await references(DOCUMENT, await inside(DOCUMENT, 'client: brightside-dental', 'brightside-dental')), expected);
    const peak = clientUri('peak-consulting.md');
    const letter = clientUri('peak-consulting', '2026-10-14-termination.md');
    assert.deepEqual(await references(peak, await inside(peak, 'client: Peak', 'Peak')),
      [await spot(peak, 'client: Peak', 'client: Peak Consulting Group'), await spot(letter, 'client: peak-consulting', 'peak-consulting')].sort());
  });

  it('prepares a rename on an invoice ID only, and says why not elsewhere', async () => {
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', RECORD, await inside(RECORD, '- 2026-10-30 payment BD-024', 'BD-024'));
    assert.equal(prepared.placeholder, 'BD-024');
    assert.equal(`${vscode.workspace.asRelativePath(RECORD)} ${prepared.range.start.line + 1}:${prepared.range.start.character + 1}-${prepared.range.end.character + 1}`, await spot(RECORD, '- 2026-10-30 payment BD-024', 'BD-024'));
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', RECORD, await inside(RECORD, '- 2026-10-30 payment BD-024', 'part'))),
      /Only an invoice ID can be renamed/,
    );
  });

  it('renames an invoice ID in every entry naming it, every other line kept, and one undo takes it back', async () => {
    const position = await inside(RECORD, '- 2026-10-30 payment BD-024', 'BD-024');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', RECORD, position, 'BD-024A');
    assert.deepEqual(replacements(edit), [
      `${await spot(RECORD, '- 2026-10-01 invoice BD-024', 'BD-024')} BD-024A`,
      `${await spot(RECORD, '- 2026-10-30 payment BD-024', 'BD-024')} BD-024A`,
    ].sort());
    const before = (await vscode.workspace.openTextDocument(RECORD)).getText();
    await applyAndUndo(RECORD, { title: 'Rename BD-024', edit } as vscode.CodeAction, (after) => {
      assert.equal(after, before.replace('invoice BD-024 ', 'invoice BD-024A ').replace('payment BD-024 ', 'payment BD-024A '));
    });
  });

  it('renames in the documents about the client too, and refuses a name that is taken or no ID', async () => {
    const position = await inside(RECORD, '- 2026-09-01 invoice BD-023', 'BD-023');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', RECORD, position, 'BD-023X');
    assert.deepEqual(replacements(edit), (await Promise.all([
      spot(RECORD, '- 2026-09-01 invoice BD-023', 'BD-023'),
      spot(RECORD, '- 2026-09-20 email to Priya', 'BD-023'),
      spot(RECORD, '- 2026-10-16 late-fee', 'BD-023'),
      spot(RECORD, '- 2026-11-18 email from Priya', 'BD-023'),
      spot(DOCUMENT, '# Payment reminder', 'BD-023'),
      spot(DOCUMENT, 'Invoice BD-023', 'BD-023'),
      spot(DOCUMENT, '- Log it as', 'BD-023'),
    ])).map((place) => `${place} BD-023X`).sort());
    const rename = (name: string) => Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', RECORD, position, name));
    await assert.rejects(rename('bd-024'), /Invoice BD-024 on line \d+ already has the ID bd-024/);
    await assert.rejects(rename('BD 023'), /"BD 023" is not an invoice ID/);
  });

  it('links a document\'s client: to its record, and the paths of ledger files a record or document names', async () => {
    const linked = async (uri: vscode.Uri, prefix: string, word: string, target: string) => `${(await spot(uri, prefix, word)).split(' ')[1]} ${target}`;
    assert.deepEqual(await links(DOCUMENT), [
      await linked(DOCUMENT, 'client: ', 'brightside-dental', 'clients/brightside-dental.md'),
      await linked(DOCUMENT, '- Earlier:', 'clients/peak-consulting/2026-10-14-termination.md', 'clients/peak-consulting/2026-10-14-termination.md'),
      await linked(DOCUMENT, '- Earlier:', '../brightside-dental.md', 'clients/brightside-dental.md'),
    ]);
    const document = await vscode.workspace.openTextDocument(RECORD);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    const path = 'brightside-dental/2026-11-20-payment-reminder-BD-023.md';
    edit.insert(RECORD, document.lineAt(document.lineCount - 1).range.end, `\n- 2026-11-20 note: reminder drafted, ${path}`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const note = await linked(RECORD, '- 2026-11-20 note: reminder drafted', path, `clients/${path}`);
      assert.deepEqual((await links(RECORD)).filter((link) => link.startsWith(note.split(':')[0] + ':')), [note]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('gives nothing to markdown outside the ledger', async () => {
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'notes-outside.md');
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode('- 2026-09-01 invoice BD-023 $5\n- see clients/brightside-dental.md\n'));
    try {
      assert.deepEqual(await links(readme), []);
      assert.deepEqual(await definitions(readme, new vscode.Position(0, 23)), []);
      assert.deepEqual(await references(readme, new vscode.Position(0, 23)), []);
    } finally {
      await vscode.workspace.fs.delete(readme);
    }
  });
});
