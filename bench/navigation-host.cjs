// The extension-host half of the navigation bench (bench/navigation.mjs): loaded by VS Code's
// Node extension host as the payload's extensionTestsPath, in code-server. It opens the one big
// record of the workspace, waits for the extension's index, then times VS Code's own commands
// for the navigation providers, each once cold (the first call on the record) and then RUNS
// times, each after a one-character edit of the record (so no provider answers from a cache
// of the previous version), and, in the same run, the floor: reading the file's bytes
// (readFileSync) and VS Code opening it. Twice: as markdown, where VS Code's markdown extension
// answers the same commands, then as plain text, where only Client Ledger does (its providers
// take every .md file of the ledger). Writes JSON to $BENCH_NAVIGATION_OUT.
const { readFileSync, writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');
const vscode = require('vscode');

const RUNS = Number(process.env.BENCH_NAVIGATION_RUNS ?? 5);
const EXTENSION_ID = 'client-ledger.client-ledger';
const VISIBLE_LINES = 50;

async function time(what) {
  const start = performance.now();
  const result = await what();
  return { ms: performance.now() - start, result };
}

/** What each measured command returns, counted, so the table shows it did its work. */
const count = (result) => (Array.isArray(result) ? result.length : result === undefined || result === null ? 0 : result instanceof vscode.WorkspaceEdit ? result.size : 1);

function commands(uri, document) {
  const last = document.lineCount - 1;
  const visible = new vscode.Range(Math.max(0, last - VISIBLE_LINES), 0, last, 0);
  const text = document.getText();
  const payment = text.lastIndexOf('payment AG-');
  const paymentId = document.positionAt(payment + 'payment '.length + 1);
  const invoice = text.indexOf('invoice AG-', text.length / 2);
  const invoiceId = document.positionAt(invoice + 'invoice '.length + 1);
  return [
    ['document symbols (the outline)', () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)],
    [`inlay hints, the last ${VISIBLE_LINES} lines (a screen)`, () => vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, visible)],
    ['inlay hints, the whole record', () => vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, last, 0))],
    ['folding ranges', () => vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri)],
    ['format document', () => vscode.commands.executeCommand('vscode.executeFormatDocumentProvider', uri, { tabSize: 2, insertSpaces: true })],
    ['go to definition (a payment\'s invoice ID)', () => vscode.commands.executeCommand('vscode.executeDefinitionProvider', uri, paymentId)],
    ['find all references (an invoice ID)', () => vscode.commands.executeCommand('vscode.executeReferenceProvider', uri, invoiceId)],
    ['document links', () => vscode.commands.executeCommand('vscode.executeLinkProvider', uri)],
    ['workspace symbols ("AG-0090")', () => vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'AG-0090')],
  ];
}

/** Types one character at the end of the record's last line, or takes it away again. */
async function touch(document, add) {
  const edit = new vscode.WorkspaceEdit();
  const end = document.lineAt(document.lineCount - 2).range.end; // the last entry (the file ends with a newline)
  if (add) edit.insert(document.uri, end, 'x');
  else edit.delete(document.uri, new vscode.Range(end.translate(0, -1), end));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the edit was not applied');
}

async function run() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const api = await extension.activate();
  await api.queries.ready;
  const [file] = await vscode.workspace.findFiles('clients/*.md');
  const floor = [];
  for (let n = 0; n < RUNS; n++) floor.push((await time(() => readFileSync(file.fsPath))).ms);
  const opened = await time(() => vscode.workspace.openTextDocument(file));
  let document = opened.result;
  await vscode.window.showTextDocument(document);
  const withMarkdown = await timeCommands(file, document);
  // The same file as plain text: VS Code's markdown extension answers only markdown documents,
  // Client Ledger every .md file of the ledger, so what is left is Client Ledger's share.
  document = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  const alone = await timeCommands(file, document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  const bytes = readFileSync(file.fsPath).length;
  const result = { file: file.fsPath, bytes, lines: document.lineCount, floor: { readFileSyncMs: floor, openTextDocumentMs: opened.ms }, withMarkdown, alone };
  writeFileSync(process.env.BENCH_NAVIGATION_OUT, JSON.stringify(result, null, 2));
}

async function timeCommands(file, document) {
  const figures = [];
  for (const [name, call] of commands(file, document)) {
    const cold = await time(call);
    const warm = [];
    for (let n = 0; n < RUNS; n++) {
      await touch(document, n % 2 === 0);
      warm.push((await time(call)).ms);
    }
    if (RUNS % 2 === 1) await touch(document, false);
    figures.push({ name, coldMs: cold.ms, afterEditMs: warm, results: count(cold.result) });
  }
  return figures;
}

module.exports = { run };
