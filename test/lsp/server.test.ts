import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DiagnosticSeverity, FileChangeType, DidChangeWatchedFilesNotification,
  type CodeAction, type CreateFile, type Diagnostic, type PublishDiagnosticsParams, type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { HANG_GUARD_MS } from '../helpers/budget';
import { CLI, CLIENT_CAPABILITIES, LspTestClient, markdownFiles, relativeFile, sampleWorkspace, uriOf } from './lsp-client';

const TODAY = '2026-11-20';
const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

interface Shown {
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly rule: string;
  readonly message: string;
}

/** What `check --format json` says of each file of the workspace's ledger. */
function checkJson(folder: string): Map<string, Shown[]> {
  const result = spawnSync(process.execPath, [CLI, 'check', 'clients', '--today', TODAY, '--format', 'json'], { cwd: folder, encoding: 'utf8' });
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  const byFile = new Map<string, Shown[]>();
  for (const { file, ...finding } of JSON.parse(result.stdout) as (Shown & { file: string })[]) {
    byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  }
  return byFile;
}

function shown(diagnostic: Diagnostic): Shown {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    severity: SEVERITY_NAMES[diagnostic.severity!],
    rule: String(diagnostic.code),
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
  };
}

function textEditsOf(action: CodeAction): TextDocumentEdit[] {
  return (action.edit?.documentChanges ?? []).filter((change): change is TextDocumentEdit => 'textDocument' in change);
}

/** The text after the action's edits to this document, as a client applies them. */
function applied(text: string, uri: string, action: CodeAction): string {
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const edits = textEditsOf(action).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits);
  assert.ok(edits.length > 0, `${action.title} edits ${uri}`);
  return TextDocument.applyEdits(document, edits.map((edit) => ('newText' in edit ? edit : assert.fail('a plain text edit'))));
}

/** Resolves once `done` holds, checked on each turn of the event loop (the guard is the test's own timeout). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
}

function findingOf(params: PublishDiagnosticsParams, rule: string, pattern: RegExp): Diagnostic | undefined {
  return params.diagnostics.find((diagnostic) => diagnostic.code === rule && pattern.test(shown(diagnostic).message));
}

describe('client-ledger lsp --stdio (the bundled CLI, spoken to by a language client)', function () {
  this.timeout(HANG_GUARD_MS);
  let workspace: ReturnType<typeof sampleWorkspace>;
  let client: LspTestClient | undefined;
  const record = (name: string) => join(workspace.folder, 'clients', name);

  beforeEach(() => {
    workspace = sampleWorkspace();
  });

  afterEach(() => {
    client?.kill();
    client = undefined;
    workspace.remove();
  });

  async function start(options: Parameters<typeof LspTestClient.start>[1] = {}) {
    const started = await LspTestClient.start(workspace.folder, options);
    client = started.client;
    return started;
  }

  async function stop(): Promise<void> {
    const code = await client!.stop();
    assert.equal(code, 0, client!.stderr);
    assert.deepEqual(client!.errors, []);
    client = undefined;
  }

  async function openRecord(name: string): Promise<{ uri: string; text: string; diagnostics: PublishDiagnosticsParams }> {
    const uri = uriOf(record(name));
    const text = readFileSync(record(name), 'utf8');
    await client!.open(uri, text);
    return { uri, text, diagnostics: await client!.diagnosticsOfVersion(uri, 1) };
  }

  it('gives every file of the sample ledger the diagnostics check --format json gives it, with the rule and its docs', async () => {
    const { result } = await start();
    assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(result.serverInfo?.name, 'client-ledger');
    const expected = checkJson(workspace.folder);
    // Before anything is open, the files are checked as they are on disk.
    const closed = await client!.diagnosticsWhen(uriOf(record('brightside-dental.md')), () => true);
    assert.equal(closed.version, undefined);
    assert.deepEqual(closed.diagnostics.map(shown), expected.get('clients/brightside-dental.md'));
    const files = markdownFiles(join(workspace.folder, 'clients'));
    assert.ok(files.length >= 9 && expected.size >= 7, `the sample has its files (${files.length}) and findings (${expected.size})`);
    for (const file of files) await client!.open(uriOf(file), readFileSync(file, 'utf8'));
    for (const file of files) {
      const published = await client!.diagnosticsOfVersion(uriOf(file), 1);
      const name = relativeFile(workspace.folder, published.uri);
      assert.deepEqual(published.diagnostics.map(shown), expected.get(name) ?? [], name);
      for (const diagnostic of published.diagnostics) {
        assert.equal(diagnostic.source, 'Client Ledger');
        const href = diagnostic.codeDescription?.href ?? assert.fail(`${name}: ${diagnostic.code} links its docs`);
        assert.ok(href.startsWith('file:///') && href.endsWith(`/docs/rules.md#${diagnostic.code}`), href);
        assert.ok(existsSync(fileURLToPath(href.slice(0, href.indexOf('#')))), href);
        assert.ok(readFileSync(fileURLToPath(href.slice(0, href.indexOf('#'))), 'utf8').includes(`\n## ${diagnostic.code}\n`), `docs/rules.md has a section ${diagnostic.code}`);
      }
    }
    await stop();
  });

  it('checks what she types: an edit moves a diagnostic, closing the unsaved document goes back to the disk', async () => {
    await start();
    const { uri, text, diagnostics } = await openRecord('brightside-dental.md');
    const before = findingOf(diagnostics, 'invoice-overdue', /BD-023/) ?? assert.fail('BD-023 is overdue');
    await client!.change(uri, 2, [{ range: { start: { line: 19, character: 0 }, end: { line: 19, character: 0 } }, text: 'A line of notes.\n\n' }]);
    const after = findingOf(await client!.diagnosticsOfVersion(uri, 2), 'invoice-overdue', /BD-023/) ?? assert.fail('still overdue');
    assert.equal(after.range.start.line, before.range.start.line + 2);
    assert.equal(after.message, before.message);
    // The whole log gone from the unsaved text: the invoices' findings go with it.
    const logStart = text.indexOf('## Log');
    const document = TextDocument.create(uri, 'markdown', 2, text);
    await client!.change(uri, 3, [{ range: { start: document.positionAt(logStart), end: document.positionAt(text.length) }, text: '' }]);
    const emptied = await client!.diagnosticsOfVersion(uri, 3);
    assert.equal(emptied.diagnostics.filter((diagnostic) => diagnostic.code === 'invoice-overdue').length, 0);
    await client!.close(uri);
    const reread = await client!.diagnosticsWhen(uri, (params) => params.version === undefined);
    assert.deepEqual(reread.diagnostics.map(shown), diagnostics.diagnostics.map(shown));
    await stop();
  });

  it('offers the quick fix that records the payment, and its edit, applied, ends the finding', async () => {
    await start();
    const { uri, text, diagnostics } = await openRecord('brightside-dental.md');
    const overdue = findingOf(diagnostics, 'invoice-overdue', /BD-023/)!;
    const actions = await client!.codeActions(uri, overdue.range, [overdue]);
    const payment = actions.find((action) => /payment/i.test(action.title) && /BD-023/.test(action.title)) ?? assert.fail(`a payment fix among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(payment.kind, 'quickfix');
    assert.deepEqual(payment.diagnostics, [overdue]);
    assert.equal(textEditsOf(payment)[0].textDocument.version, 1);
    const paid = applied(text, uri, payment);
    // The invoice's $1,250.00, paid today, as the log's last line.
    assert.match(paid, new RegExp(`\\n- ${TODAY} payment BD-023 \\$1,?250\\.00\\n$`));
    await client!.change(uri, 2, [{ text: paid }]);
    const after = await client!.diagnosticsOfVersion(uri, 2);
    assert.equal(findingOf(after, 'invoice-overdue', /BD-023/), undefined);
    assert.ok(findingOf(after, 'invoice-overdue', /BD-024/), 'the other invoices are still overdue');
    // The cursor lands where typing goes, through window/showDocument.
    if (payment.command) assert.equal(payment.command.arguments?.[0], uri);
    await stop();
  });

  it('offers the follow-up on a client gone quiet, a snooze, and nothing for another kind of action', async () => {
    await start();
    const { uri, text, diagnostics } = await openRecord('harbor-realty.md');
    const quiet = findingOf(diagnostics, 'awaiting-reply', /No reply/) ?? assert.fail('harbor-realty awaits a reply');
    assert.deepEqual(await client!.codeActions(uri, quiet.range, [quiet], ['refactor']), []);
    const actions = await client!.codeActions(uri, quiet.range, [quiet], ['quickfix']);
    const followUp = actions.find((action) => action.isPreferred) ?? assert.fail(`a preferred fix among ${actions.map((action) => action.title).join(' | ')}`);
    const logged = applied(text, uri, followUp);
    assert.equal(logged.split('\n').length, text.split('\n').length + 1, 'one line logged');
    assert.match(logged, new RegExp(`\\n- ${TODAY} `));
    const snooze = actions.find((action) => /^Snooze awaiting-reply for 1 week/.test(action.title)) ?? assert.fail('a snooze');
    await client!.change(uri, 2, [{ text: applied(text, uri, snooze) }]);
    const snoozed = await client!.diagnosticsOfVersion(uri, 2);
    assert.equal(findingOf(snoozed, 'awaiting-reply', /No reply/), undefined);
    await stop();
  });

  it('drafts a document through an edit that creates the file, and offers nothing once the file is there', async () => {
    await start();
    const { uri, diagnostics } = await openRecord('brightside-dental.md');
    const overdue = findingOf(diagnostics, 'invoice-overdue', /BD-023/)!;
    const draft = (await client!.codeActions(uri, overdue.range, [overdue])).find((action) => action.title === 'Draft a payment reminder for BD-023') ?? assert.fail('a payment reminder');
    const changes = draft.edit?.documentChanges ?? [];
    const create = changes.find((change): change is CreateFile => 'kind' in change && change.kind === 'create') ?? assert.fail('a CreateFile');
    assert.deepEqual(create.options, { ignoreIfExists: true });
    const target = fileURLToPath(create.uri);
    assert.equal(relativeFile(workspace.folder, create.uri).startsWith('clients/brightside-dental/'), true, create.uri);
    const [insert] = textEditsOf(draft).filter((change) => change.textDocument.uri === create.uri);
    assert.equal(insert.textDocument.version, null);
    const content = insert.edits.map((edit) => ('newText' in edit ? edit.newText : assert.fail('a plain text edit'))).join('');
    assert.match(content, /^---\ndocument: payment-reminder\nclient: brightside-dental\ncreated: 2026-11-20\n---\n/);
    assert.match(content, /BD-023/);
    // What the client does with that edit; then the draft is not offered again over it.
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content, { flag: 'wx' });
    const again = await client!.codeActions(uri, overdue.range, [overdue]);
    assert.equal(again.some((action) => action.title.startsWith('Draft a payment reminder for BD-023')), false);
    assert.ok(again.some((action) => /payment/i.test(action.title)), 'the other fixes are still offered');
    await stop();
  });

  it('drafts nothing for a client that cannot create files, and sends plain changes to one without versioned edits', async () => {
    await start({ capabilities: { textDocument: CLIENT_CAPABILITIES.textDocument } });
    const { uri, diagnostics } = await openRecord('brightside-dental.md');
    const overdue = findingOf(diagnostics, 'invoice-overdue', /BD-023/)!;
    const actions = await client!.codeActions(uri, overdue.range, [overdue]);
    assert.equal(actions.some((action) => action.title.startsWith('Draft')), false);
    assert.ok(actions.length > 0);
    for (const action of actions) {
      assert.equal(action.edit?.documentChanges, undefined);
      assert.ok((action.edit?.changes?.[uri] ?? []).length > 0, action.title);
      assert.equal(action.command, undefined, 'no showDocument without the client saying it can');
    }
    await stop();
  });

  it('takes clientLedger.rules.* from didChangeConfiguration, nested or dotted, over the initializationOptions', async () => {
    await start();
    const { uri, diagnostics } = await openRecord('harbor-realty.md');
    assert.ok(findingOf(diagnostics, 'no-contact', /29 days/), 'no contact for 29 days, over the default 14');
    await client!.configure({ clientLedger: { rules: { 'no-contact': 40 } } });
    await client!.diagnosticsWhen(uri, (params) => findingOf(params, 'no-contact', /./) === undefined);
    await client!.configure({ 'clientLedger.rules.no-contact': 21 });
    // Still 29 days: clientLedger.today of the initializationOptions holds where the change says nothing of it.
    await client!.diagnosticsWhen(uri, (params) => findingOf(params, 'no-contact', /29 days/) !== undefined);
    await stop();
  });

  it('asks a client that can refresh inlay hints to ask for them again after new settings', async () => {
    await start({ capabilities: { ...CLIENT_CAPABILITIES, workspace: { ...CLIENT_CAPABILITIES.workspace, inlayHint: { refreshSupport: true } } } });
    const { uri } = await openRecord('harbor-realty.md');
    const refreshes = () => client!.requests.filter((request) => request.method === 'workspace/inlayHint/refresh').length;
    assert.equal(refreshes(), 0);
    await client!.configure({ clientLedger: { rules: { 'no-contact': 40 } } });
    await client!.diagnosticsWhen(uri, (params) => findingOf(params, 'no-contact', /./) === undefined);
    await until(() => refreshes() === 1);
    await stop();
  });

  it('asks a client that answers workspace/configuration for the settings of each folder, and they win', async () => {
    const asked: unknown[] = [];
    await start({
      capabilities: { ...CLIENT_CAPABILITIES, workspace: { ...CLIENT_CAPABILITIES.workspace, configuration: true } },
      initializationOptions: { clientLedger: { today: TODAY, rules: { 'no-contact': 14 } } },
      configuration: (item) => {
        asked.push(item);
        return item.section === 'clientLedger' && item.scopeUri === uriOf(workspace.folder) ? { rules: { 'no-contact': 40 } } : undefined;
      },
    });
    const { diagnostics } = await openRecord('harbor-realty.md');
    assert.equal(findingOf(diagnostics, 'no-contact', /./), undefined);
    assert.ok(findingOf(diagnostics, 'awaiting-reply', /./), 'the other findings are there');
    assert.deepEqual(asked, [{ scopeUri: uriOf(workspace.folder), section: 'clientLedger' }]);
    await stop();
  });

  it('reads a file changed on disk when the client says so, through the watcher it registered', async () => {
    await start();
    const uri = uriOf(record('lakeside-bakery.md'));
    const held = await client!.diagnosticsWhen(uri, (params) => findingOf(params, 'hold-expired', /./) !== undefined);
    assert.ok(held.diagnostics.length > 0);
    const registration = client!.requests.find((request) => request.method === 'client/registerCapability');
    assert.match(JSON.stringify(registration?.params), /workspace\/didChangeWatchedFiles.*\*\*\/\*\.md/);
    const text = readFileSync(record('lakeside-bakery.md'), 'utf8');
    writeFileSync(record('lakeside-bakery.md'), text.replace(/^hold_until: .*$/m, 'hold_until: 2026-12-31'));
    await client!.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    await client!.diagnosticsWhen(uri, (params) => findingOf(params, 'hold-expired', /./) === undefined);
    await stop();
  });

  it('a record deleted on disk takes its findings away, and its documents learn their client is gone', async () => {
    await start();
    const recordUri = uriOf(record('peak-consulting.md'));
    const documentUri = uriOf(record('peak-consulting/2026-10-14-termination.md'));
    const before = await client!.diagnosticsWhen(recordUri, (params) => params.diagnostics.length > 0);
    assert.ok(findingOf(before, 'notice-period-over', /./));
    assert.equal(client!.diagnostics.get(documentUri)?.diagnostics.some((diagnostic) => diagnostic.code === 'document-client-unknown') ?? false, false);
    rmSync(record('peak-consulting.md'));
    await client!.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: recordUri, type: FileChangeType.Deleted }] });
    const orphan = await client!.diagnosticsWhen(documentUri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === 'document-client-unknown'));
    assert.match(shown(orphan.diagnostics.find((diagnostic) => diagnostic.code === 'document-client-unknown')!).message, /peak-consulting/);
    await client!.diagnosticsWhen(recordUri, (params) => params.diagnostics.length === 0);
    await stop();
  });

  it('checks a new record the editor has open before it is saved', async () => {
    await start();
    const uri = uriOf(record('new-client.md'));
    await client!.open(uri, ['---', 'client: New Client', 'status: active', 'terms: net 14', '---', '', '## Log', '', '- 2026-09-01 invoice NC-1 $500.00', ''].join('\n'));
    const published = await client!.diagnosticsOfVersion(uri, 1);
    const overdue = findingOf(published, 'invoice-overdue', /NC-1/) ?? assert.fail(`NC-1 is overdue: ${JSON.stringify(published.diagnostics.map(shown))}`);
    assert.equal(overdue.range.start.line, 8);
    await stop();
  });

  it('runs without --stdio too, and refuses other transports with the usage, exit 2', async () => {
    for (const flag of ['--socket=5007', '--node-ipc', '--pipe']) {
      const refused = spawnSync(process.execPath, [CLI, 'lsp', flag], { encoding: 'utf8', input: '' });
      assert.equal(refused.status, 2, flag);
      assert.equal(refused.stdout, '');
      assert.match(refused.stderr, new RegExp(`^client-ledger: ${flag.split('=')[0]} is not supported: the language server speaks over standard input/output \\(--stdio\\)\\n\\nUsage: client-ledger lsp`));
    }
    const { client: plain } = await LspTestClient.start(workspace.folder, { args: ['lsp'] });
    client = plain;
    await openRecord('harbor-realty.md');
    await stop();
  });
});
