import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { acceptFirstPick, api, applyAndUndo, clientUri, quickFixes, rulesOf, waitFor } from './host-helpers';
import { documentContext } from '../../src/core/documents/document-facts';
import { draftContents } from '../../src/core/documents/draft-contents';
import { loadMarkdownWriter } from '../../src/core/documents/markdown-writer';


describe('quick fixes in a real VS Code', () => {
  before(async () => {
    await api();
  });

  it('offers the next rung of the ladder on awaiting-reply, preferred, and logs it', async () => {
    const uri = clientUri('harbor-realty.md');
    const [followUp] = await quickFixes(uri, 'awaiting-reply');
    assert.equal(followUp.title, 'Log follow-up: postcard to Tom Reyes');
    assert.equal(followUp.kind?.value, 'quickfix');
    assert.equal(followUp.isPreferred, true);
    await applyAndUndo(uri, followUp, (after) => {
      assert.ok(after.endsWith('- 2026-11-13 message to Tom: asked for a good time to talk this week\n- 2026-11-20 postcard to Tom Reyes: \n'));
    });
  });

  it('records the open balance of an overdue invoice', async () => {
    const uri = clientUri('brightside-dental.md');
    const fixes = await quickFixes(uri, 'invoice-overdue');
    const payment = fixes.find((action) => action.title === 'Record payment of $1,250.00 for BD-023');
    assert.ok(payment, fixes.map((action) => action.title).join(', '));
    await applyAndUndo(uri, payment, (after) => assert.match(after, /\n- 2026-11-20 payment BD-023 \$1250\.00\n$/));
  });

  it('sorts an out-of-order log', async () => {
    const uri = clientUri('orchard-events.md');
    const [sort] = await quickFixes(uri, 'log-out-of-order');
    assert.equal(sort.title, 'Sort the log by date');
    await applyAndUndo(uri, sort, (after) => {
      assert.ok(after.indexOf('2026-11-05 call with Ava') < after.indexOf('2026-11-10 meeting with Ava'));
    });
  });

  it('resumes a client whose hold has ended', async () => {
    const uri = clientUri('lakeside-bakery.md');
    const fixes = await quickFixes(uri, 'hold-expired');
    assert.deepEqual(fixes.map((action) => action.title), ['Resume the client (status: active, log "resume")', 'Extend the hold to 2026-12-04']);
    await applyAndUndo(uri, fixes[0], (after) => {
      assert.match(after, /\nstatus: active\n/);
      assert.match(after, /\n- 2026-11-20 resume: \n$/);
    });
  });

  it('adds a missing key and keeps every other byte of a commented frontmatter', async () => {
    const uri = clientUri('commented.md');
    const text = [
      '---',
      '# Clients met at the 2026 fair',
      'client: "Commented Co."   # quoted on purpose',
      'status: active # still going',
      '',
      'contact:',
      '  name: Kim  # prefers mornings',
      '  backup: Lou',
      'deposit: none',
      '---',
      '',
      '## Log',
      '',
      '- 2026-11-19 email from Kim',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const [add] = await quickFixes(uri, 'no-agreement');
      assert.equal(add.title, 'Add the written agreement (agreement:)');
      await applyAndUndo(uri, add, (after) => {
        assert.equal(after, text.replace('deposit: none\n---', 'deposit: none\nagreement: agreements/commented.pdf\n---'));
      });
      await waitFor('the finding to be computed', () => (rulesOf(uri).includes('no-agreement') ? true : undefined));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('offers a client\'s next steps from the palette for the active record', async () => {
    await vscode.window.showTextDocument(clientUri('harbor-realty.md'));
    assert.equal(await acceptFirstPick(vscode.commands.executeCommand<boolean>('clientLedger.clientActions'), 'the next step picked from the palette'), true);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(), /\n- 2026-11-20 postcard to Tom Reyes: \n$/);
    assert.equal(editor.selection.active.character, '- 2026-11-20 postcard to Tom Reyes: '.length);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

/** Puts a record back as it was, through an edit of the open document, and saves it. */
async function restore(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  await vscode.workspace.applyEdit(edit);
  await document.save();
}

/** The first diagnostic of a rule on a file, once it is published. */
function diagnosticOf(uri: vscode.Uri, rule: string): Promise<vscode.Diagnostic> {
  return waitFor(`a ${rule} diagnostic`, () => vscode.languages.getDiagnostics(uri).find((item) => (item.code as { value: string }).value === rule));
}

/**
 * Our provider's own actions for a finding, resolved as VS Code does when one is picked; with
 * `raised`, for a diagnostic shown before the record changed (a lightbulb still on screen).
 */
async function draftActions(uri: vscode.Uri, rule: string, raised?: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const { codeActions } = await api();
  const document = await vscode.workspace.openTextDocument(uri);
  const diagnostic = raised ?? (await diagnosticOf(uri, rule));
  const context = { diagnostics: [diagnostic], only: undefined, triggerKind: vscode.CodeActionTriggerKind.Invoke };
  const actions = await codeActions.provideCodeActions(document, diagnostic.range, context);
  return Promise.all(actions.filter((action) => /^(Create|Draft)/.test(action.title)).map((action) => codeActions.resolveCodeAction(action)));
}

describe('drafted documents in a real VS Code', () => {
  it('drafts a termination letter and its decision record from relationship-at-risk, the record update named and in the same edit', async () => {
    const uri = clientUri('nova-startups.md');
    const titles = (await quickFixes(uri, 'relationship-at-risk')).map((action) => action.title);
    assert.deepEqual(titles, [
      'Snooze relationship-at-risk for 1 week (until 2026-11-27)',
      'Snooze relationship-at-risk for 2 weeks (until 2026-12-04)',
      'Snooze relationship-at-risk until...',
      'Create a salvage plan, and set status: salvage',
      'Create a salvage plan (record unchanged)',
      'Draft a termination letter, and set status: terminating, notice_given: 2026-11-20, end: 2026-12-04',
      'Draft a termination letter (record unchanged)',
    ]);
    const raised = await diagnosticOf(uri, 'relationship-at-risk');
    const fixes = await draftActions(uri, 'relationship-at-risk', raised);
    const letter = clientUri('nova-startups', '2026-11-20-termination.md');
    const decision = clientUri('nova-startups', '2026-11-20-decision-record.md');
    const record = await vscode.workspace.openTextDocument(uri);
    const before = record.getText();
    try {
      assert.ok(await vscode.workspace.applyEdit(fixes[2].edit!));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(letter));
      assert.match(text, /^---\ndocument: termination\nclient: nova-startups\ncreated: 2026-11-20\n---\n/);
      assert.match(text, /my last working day for you is Friday 2026-12-04/);
      assert.match(text, /2026-11-05: you called my work "lazy" in the team channel/);
      assert.doesNotMatch(text, /\[ \]|After sending/, 'the letter holds nothing that is not for the reader');
      const record2 = new TextDecoder().decode(await vscode.workspace.fs.readFile(decision));
      assert.match(record2, /^---\ndocument: decision-record\nclient: nova-startups\n/);
      assert.match(record2, /- \[ \] 2026-11-22: follow-up phone call to Sam Okafor/);
      assert.match(record.getText(), /\nstatus: terminating\n[\s\S]*\nnotice_given: 2026-11-20\nend: 2026-12-04\n---\n/, 'the record was updated by the same edit');
      await waitFor('relationship-at-risk to go quiet once notice is given', () => (rulesOf(uri).includes('relationship-at-risk') ? undefined : true));
      const again = await draftActions(uri, 'relationship-at-risk', raised);
      const open = again.find((action) => action.title.startsWith('Draft a termination letter'));
      assert.equal(open, undefined, 'a terminating client is offered no letter, even from a lightbulb raised before');
      const { queries } = await api();
      await waitFor('the letter and the record linked to their client', () => {
        const documents = queries.ledgerOf(letter)?.ledger.documentsOf(queries.client(uri)!) ?? [];
        return documents.some((document) => document.file === letter.toString()) && documents.some((document) => document.file === decision.toString()) ? true : undefined;
      });
    } finally {
      await restore(uri, before);
      await vscode.workspace.fs.delete(letter);
      await vscode.workspace.fs.delete(decision);
    }
  });

  it('drafts without touching the record when asked, and never writes over a draft', async () => {
    const uri = clientUri('nova-startups.md');
    const fixes = await draftActions(uri, 'relationship-at-risk');
    const plan = clientUri('nova-startups', '2026-11-20-salvage-plan.md');
    const record = await vscode.workspace.openTextDocument(uri);
    const before = record.getText();
    try {
      assert.equal(fixes[1].title, 'Create a salvage plan (record unchanged)');
      assert.ok(await vscode.workspace.applyEdit(fixes[1].edit!));
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(plan)), /### Answer first/);
      assert.equal(record.getText(), before);
      const again = await draftActions(uri, 'relationship-at-risk');
      const open = again.find((action) => action.title.startsWith('Create a salvage plan'))!;
      assert.equal(open.title, 'Create a salvage plan: open the one drafted today');
      assert.equal(open.edit, undefined, 'an existing draft is opened, never written over');
    } finally {
      await vscode.workspace.fs.delete(plan);
    }
  });

  it('writes the bytes draftContents gives, the one function the command line drafts with too', async () => {
    const uri = clientUri('nova-startups.md');
    const fix = (await draftActions(uri, 'relationship-at-risk')).find((action) => action.title === 'Draft a termination letter (record unchanged)');
    assert.ok(fix);
    const { queries } = await api();
    const client = queries.client(uri)!;
    const context = documentContext(client, queries.today(), queries.ledgerOf(uri)!.config.thresholds);
    const expected = draftContents({ kind: 'termination' }, client, context, await loadMarkdownWriter())!;
    const targets = expected.files.map((file) => clientUri(...file.segments));
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      const written = await Promise.all(targets.map(async (target) => new TextDecoder().decode(await vscode.workspace.fs.readFile(target))));
      assert.deepEqual(written, expected.files.map((file) => file.text));
    } finally {
      for (const target of targets) await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('opens drafts beside the record, the second in the same group as the first', async () => {
    await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const first = clientUri('nova-startups', '2026-11-21-a.md');
    const second = clientUri('nova-startups', '2026-11-21-b.md');
    await vscode.workspace.fs.writeFile(first, new TextEncoder().encode('# a\n'));
    await vscode.workspace.fs.writeFile(second, new TextEncoder().encode('# b\n'));
    try {
      await vscode.window.showTextDocument(clientUri('nova-startups.md'), { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('clientLedger.afterDraft', first);
      assert.equal(vscode.window.tabGroups.all.length, 2);
      await vscode.window.showTextDocument(clientUri('nova-startups.md'), { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('clientLedger.afterDraft', second);
      assert.equal(vscode.window.tabGroups.all.length, 2, 'no third column');
      const group = vscode.window.tabGroups.all[1];
      assert.deepEqual(group.tabs.map((tab) => (tab.input as vscode.TabInputText).uri.path.split('/').pop()), ['2026-11-21-a.md', '2026-11-21-b.md']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(first);
      await vscode.workspace.fs.delete(second);
    }
  });

  it('drafts a payment reminder from invoice-overdue with the amount and the days', async () => {
    const uri = clientUri('harbor-realty.md');
    const fixes = await draftActions(uri, 'invoice-overdue');
    const draft = fixes.find((action) => action.title === 'Draft a payment reminder for HR-012');
    assert.ok(draft, fixes.map((action) => action.title).join(', '));
    const reminder = clientUri('harbor-realty', '2026-11-20-payment-reminder-HR-012.md');
    try {
      assert.ok(await vscode.workspace.applyEdit(draft.edit!));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(reminder));
      assert.match(text, /invoice HR-012, issued 2026-11-01 and due on 2026-11-15, is now 5 days overdue\. The amount open is \$600\.00\./);
    } finally {
      await vscode.workspace.fs.delete(reminder);
    }
  });
});

describe('workspace templates in a real VS Code', () => {
  it('drafts from .client-ledger/templates/<kind>.md when there is one', async () => {
    const template = vscode.Uri.joinPath(clientUri('..'), '.client-ledger', 'templates', 'salvage-plan.md');
    await vscode.workspace.fs.writeFile(template, new TextEncoder().encode('OUR LETTERHEAD for {{client}}\n\n{{open_invoices}}\n'));
    const plan = clientUri('brightside-dental', '2026-11-20-salvage-plan.md');
    try {
      const draft = (await draftActions(clientUri('brightside-dental.md'), 'slow-payer')).find((action) => action.title === 'Create a salvage plan (record unchanged)')!;
      assert.ok(await vscode.workspace.applyEdit(draft.edit!));
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(plan));
      assert.match(text, /^---\ndocument: salvage-plan\nclient: brightside-dental\ncreated: 2026-11-20\n---\n\nOUR LETTERHEAD for Brightside Dental\n\n- BD-023 \(issued 2026-09-01\): \$1,250\.00 unpaid/);
    } finally {
      await vscode.workspace.fs.delete(template);
      await vscode.workspace.fs.delete(plan).then(undefined, () => undefined);
    }
  });
});

describe('completion in the log in a real VS Code', () => {
  it('offers the open invoices after payment', async () => {
    const uri = clientUri('harbor-realty.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const end = new vscode.Position(document.lineCount - 1, 0);
    await editor.edit((builder) => builder.insert(end, '- 2026-11-20 payment '));
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(end.line, '- 2026-11-20 payment '.length));
      const invoice = list.items.find((item) => item.label === 'HR-012');
      assert.ok(invoice, list.items.map((item) => String(item.label)).slice(0, 20).join(', '));
      assert.equal(invoice.insertText, 'HR-012 $600.00');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});

describe('hostile ids in a real VS Code', () => {
  it('drafts for a record named to escape the folder stay inside clients/<id>/', async () => {
    const hostile = clientUri('..\\..\\escape.md');
    await vscode.workspace.fs.writeFile(hostile, new TextEncoder().encode('---\nclient: "../../Escape"\n---\n\n## Log\n\n- 2026-09-01 invoice E-1 $5 due 2026-09-02\n- 2026-10-01 email to Escape\n'));
    try {
      const drafts = await draftActions(hostile, 'invoice-overdue');
      assert.ok(drafts.length >= 2, drafts.map((action) => action.title).join(', '));
      const clients = clientUri().path;
      for (const action of drafts) {
        // The draft's target travels with the command that opens it after the edit.
        const created = [action.command!.arguments![0] as vscode.Uri];
        for (const uri of created) {
          assert.ok(uri.path.startsWith(`${clients}/`), `${uri.path} is outside ${clients}`);
          assert.ok(!uri.path.slice(clients.length).split('/').includes('..'), uri.path);
        }
      }
    } finally {
      const remove = new vscode.WorkspaceEdit();
      remove.deleteFile(hostile);
      await vscode.workspace.applyEdit(remove);
      const { queries } = await api();
      await waitFor('the hostile record to leave the ledger', () => (queries.client(hostile) ? undefined : true));
    }
  });
});

describe('every record quick fix in a real VS Code', () => {
  const cases: [string, string, string, RegExp][] = [
    ['orchard-events.md', 'no-deposit-policy', 'Add a deposit policy (deposit:)', /\nnotice_givn: 2026-10-01\ndeposit: none\n---\n/],
    ['orchard-events.md', 'no-deposit-policy', 'Add a retainer (retainer:)', /\nretainer: none\n---\n/],
    ['harbor-realty.md', 'no-backup-contact', 'Add a backup contact (contact.backup:)', /\n {2}phone: "\+1 555 0142"\n {2}backup: name, phone or email\nrate:/],
    ['lakeside-bakery.md', 'hold-expired', 'Extend the hold to 2026-12-04', /\nhold_until: 2026-12-04\n/],
    ['peak-consulting.md', 'notice-period-over', 'Mark as former (status: former)', /\nstatus: former\n/],
  ];
  for (const [file, rule, title, expected] of cases) {
    it(`${rule}: "${title}" applies and one undo restores`, async () => {
      const uri = clientUri(file);
      const fix = (await quickFixes(uri, rule)).find((action) => action.title === title);
      assert.ok(fix, `no "${title}"`);
      await applyAndUndo(uri, fix, (after) => assert.match(after, expected));
    });
  }
});
