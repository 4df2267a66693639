import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addWorkspaceFolder, api, applyAndUndo, clientUri, quickFixes, removeWorkspaceFolder, rulesOf, waitFor, workspaceRoot } from './host-helpers';
import { MemoryFileSystem } from './memory-file-system';

const SCHEME = 'clientledger-test';
const FOLDER = vscode.Uri.from({ scheme: SCHEME, path: '/ledger' });
const FOLDER_NAME = 'Virtual ledger';

function virtualUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.joinPath(FOLDER, 'clients', ...parts);
}

function isVirtual(uri: vscode.Uri): boolean {
  return uri.scheme === SCHEME;
}

/** The sample's client records, copied file by file from the workspace on disk. */
async function copyTree(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.createDirectory(to);
  for (const [name, type] of await vscode.workspace.fs.readDirectory(from)) {
    const [source, target] = [vscode.Uri.joinPath(from, name), vscode.Uri.joinPath(to, name)];
    if (type === vscode.FileType.Directory) await copyTree(source, target);
    else await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(source));
  }
}

const addFolder = () => addWorkspaceFolder(FOLDER, FOLDER_NAME);
const removeFolder = () => removeWorkspaceFolder(FOLDER, FOLDER_NAME);

/** The files of a folder's ledger, relative to the folder, sorted. */
async function ledgerPaths(folder: vscode.Uri): Promise<string[]> {
  const { queries } = await api();
  const entry = queries.all.find((candidate) => candidate.folder.uri.toString() === folder.toString());
  return (entry?.ledger.files ?? []).map((file) => file.file.slice(folder.toString().length)).sort();
}

describe('a virtual workspace folder (another scheme than file) in a real VS Code', () => {
  let provider: vscode.Disposable | undefined;

  before(async () => {
    await api();
    provider = vscode.workspace.registerFileSystemProvider(SCHEME, new MemoryFileSystem(), { isCaseSensitive: true });
    await vscode.workspace.fs.createDirectory(FOLDER);
    await copyTree(clientUri(), virtualUri());
    await addFolder();
  });

  after(async () => {
    await removeFolder();
    provider?.dispose();
  });

  it('reads every record of the folder and shows its clients under the folder\'s name', async () => {
    const expected = await ledgerPaths(workspaceRoot());
    assert.ok(expected.includes('/clients/brightside-dental.md'), expected.join(', '));
    await waitFor('the virtual ledger read whole', async () => ((await ledgerPaths(FOLDER)).length === expected.length ? true : undefined));
    assert.deepEqual(await ledgerPaths(FOLDER), expected);
    const { tree } = await api();
    const node = await waitFor('Brightside Dental of the virtual folder in the tree', () => tree.clientNode(virtualUri('brightside-dental.md')));
    assert.equal(node.folderName, FOLDER_NAME);
    assert.match(String(tree.getTreeItem(node).description), / · Virtual ledger$/);
  });

  it('puts the same diagnostics on its records as on the same records on disk', async () => {
    const record = virtualUri('brightside-dental.md');
    const onDisk = rulesOf(clientUri('brightside-dental.md'));
    assert.ok(onDisk.includes('invoice-overdue'), onDisk.join(', '));
    await waitFor('the diagnostics of the virtual record', () => (rulesOf(record).join() === onDisk.join() ? true : undefined));
  });

  it('applies a quick fix to a virtual record through VS Code, and one undo takes it back', async () => {
    const record = virtualUri('brightside-dental.md');
    const fixes = await quickFixes(record, 'invoice-overdue');
    const payment = fixes.find((action) => action.title === 'Record payment of $1,250.00 for BD-023');
    assert.ok(payment, fixes.map((action) => action.title).join(', '));
    await applyAndUndo(record, payment, (after) => assert.match(after, /\n- 2026-11-20 payment BD-023 \$1250\.00\n$/));
  });

  it('drafts the statement of account into the virtual folder, where the ledger finds it', async () => {
    const { queries } = await api();
    const expected = virtualUri('brightside-dental', '2026-11-20-statement.md');
    const drafted = await vscode.commands.executeCommand<vscode.Uri>('clientLedger.draftStatement', virtualUri('brightside-dental.md'));
    assert.equal(drafted?.toString(), expected.toString());
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(expected));
    assert.match(written, /^---\ndocument: statement\nclient: brightside-dental\ncreated: 2026-11-20\n---\n/);
    assert.match(written, /^- \*\*Total due: \$3,268\.75\*\*$/m);
    const document = await waitFor('the statement in the virtual ledger', () => {
      const file = queries.ledgerOf(expected)?.ledger.get(expected.toString());
      return file?.type === 'document' ? file : undefined;
    });
    assert.deepEqual([document.kind, document.clientId], ['statement', 'brightside-dental']);
  });

  it('sees records written and deleted in the virtual folder behind the editor\'s back', async () => {
    const { tree } = await api();
    const record = virtualUri('written-elsewhere.md');
    const text = '---\nclient: Written Elsewhere\nstatus: active\n---\n\n## Log\n\n- 2026-11-19 email from Kim\n';
    await vscode.workspace.fs.writeFile(record, new TextEncoder().encode(text));
    const node = await waitFor('the new record in the tree', () => tree.clientNode(record));
    assert.equal(node.standing.client.name, 'Written Elsewhere');
    await waitFor('its diagnostics', () => (rulesOf(record).includes('no-agreement') ? true : undefined));
    await vscode.workspace.fs.delete(record);
    await waitFor('the deleted record to leave the tree and the Problems', () => (tree.nodeOf(record) === undefined && rulesOf(record).length === 0 ? true : undefined));
  });

  it('follows a record renamed in the virtual folder: the tree and the diagnostics move with it', async () => {
    const { tree } = await api();
    const [from, to] = [virtualUri('harbor-realty.md'), virtualUri('harbor-homes.md')];
    await waitFor('Harbor Realty in the tree', () => tree.clientNode(from));
    const rules = await waitFor('the diagnostics of Harbor Realty', () => (rulesOf(from).length > 0 ? rulesOf(from) : undefined));
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(rename));
    const node = await waitFor('the renamed record in the tree', () => (tree.nodeOf(from) === undefined ? tree.clientNode(to) : undefined));
    assert.equal(node.standing.client.id, 'harbor-homes');
    await waitFor('the diagnostics on the renamed record only', () => (rulesOf(from).length === 0 && rulesOf(to).join() === rules.join() ? true : undefined));
  });

  it('drops the folder\'s clients and diagnostics when the folder is removed', async () => {
    const { queries, tree } = await api();
    const record = virtualUri('brightside-dental.md');
    await removeFolder();
    await waitFor('the virtual ledger to leave the index', () => (queries.all.some((entry) => isVirtual(entry.root)) ? undefined : true));
    await waitFor('the virtual clients to leave the tree', () => {
      const clients = tree.snapshot().flatMap((group) => group.clients);
      return clients.some((client) => isVirtual(client.uri) || client.folderName !== undefined) ? undefined : true;
    });
    await waitFor('the virtual diagnostics to go', () => (rulesOf(record).length === 0 ? true : undefined));
    assert.ok(tree.clientNode(clientUri('brightside-dental.md')), 'the ledger on disk stays');
  });
});
