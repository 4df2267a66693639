import assert from 'node:assert/strict';
import { runCli } from '../helpers/run-cli';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NodeStore } from '../../src/cli/node-store';
import { documentContext } from '../../src/core/documents/document-facts';
import { draftContents } from '../../src/core/documents/draft-contents';
import type { TemplateRead } from '../../src/core/documents/document-template';
import { loadMarkdownWriter } from '../../src/core/documents/markdown-writer';
import type { DocumentRequest } from '../../src/core/documents/render-document';
import { loadLedger } from '../../src/core/load-ledger';
import { HANG_GUARD_MS } from '../helpers/budget';
import { day, recordText } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const TODAY = ['--today', '2026-11-20'];

const run = runCli;

/** Every file below the folder with its bytes, to show that nothing was written or changed. */
function snapshot(folder: string): Map<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'latin1')]));
}

describe('client-ledger draft (the bundled CLI, on a copy of the sample ledger)', function () {
  this.timeout(HANG_GUARD_MS);
  let workspace: string;
  let clients: string;

  beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'ledger-draft-'));
    cpSync(join(ROOT, 'examples/ledger'), workspace, { recursive: true });
    clients = join(workspace, 'clients');
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  /** The files the core drafts for the request, read from the ledger as it is now: what the extension writes. */
  async function coreDraft(id: string, request: DocumentRequest, template?: TemplateRead) {
    const ledger = await loadLedger(new NodeStore(clients));
    const client = ledger.client(id)!;
    return draftContents(request, client, documentContext(client, day('2026-11-20')), await loadMarkdownWriter(), template)!;
  }

  const cases: [string, string, DocumentRequest, string[]][] = [
    ['salvage-plan', 'nova-startups', { kind: 'salvage-plan' }, ['clients/nova-startups/2026-11-20-salvage-plan.md']],
    ['termination', 'nova-startups', { kind: 'termination' }, ['clients/nova-startups/2026-11-20-termination.md', 'clients/nova-startups/2026-11-20-decision-record.md']],
    ['payment-reminder', 'harbor-realty', { kind: 'payment-reminder', invoiceId: 'HR-012' }, ['clients/harbor-realty/2026-11-20-payment-reminder-HR-012.md']],
    ['statement', 'brightside-dental', { kind: 'statement' }, ['clients/brightside-dental/2026-11-20-statement.md']],
  ];
  for (const [kind, id, request, paths] of cases) {
    it(`${kind}: writes the core's text at the extension's path, prints the path, and refuses a second time`, async () => {
      const expected = await coreDraft(id, request);
      const result = run(['draft', kind, id, 'clients', ...TODAY], workspace);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, paths.map((path) => `${path}\n`).join(''));
      assert.deepEqual(paths.map((path) => readFileSync(join(workspace, path), 'utf8')), expected.files.map((file) => file.text));

      const edited = join(workspace, paths[0]);
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nMy own words.\n`);
      const before = snapshot(workspace);
      const again = run(['draft', kind, id, 'clients', ...TODAY], workspace);
      assert.equal(again.code, 2);
      assert.equal(again.stdout, '');
      assert.equal(again.stderr, `client-ledger: ${paths[0]} is already there (drafted today?), so nothing was written\n`);
      assert.deepEqual(snapshot(workspace), before, 'nothing written or changed');
    });
  }

  it('drafts documents that check reads back as documents of their client', () => {
    for (const [kind, id] of cases) assert.equal(run(['draft', kind, id, 'clients', ...TODAY], workspace).code, 0, kind);
    const result = run(['check', 'clients', ...TODAY, '--format', 'json'], workspace);
    const drafted = (JSON.parse(result.stdout) as { file: string; rule: string }[]).filter((finding) => /\/2026-11-20-/.test(finding.file));
    assert.deepEqual(drafted, [], 'no finding on a drafted document (document-client-unknown among them)');
    assert.equal(result.code, run(['check', join(ROOT, 'examples/ledger/clients'), ...TODAY], workspace).code, 'the same exit as the sample before');
  });

  it('writes nothing of a termination when its decision record is already there', () => {
    mkdirSync(join(clients, 'nova-startups'));
    writeFileSync(join(clients, 'nova-startups', '2026-11-20-decision-record.md'), 'mine\n');
    const before = snapshot(workspace);
    const result = run(['draft', 'termination', 'nova-startups', 'clients', ...TODAY], workspace);
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'client-ledger: clients/nova-startups/2026-11-20-decision-record.md is already there (drafted today?), so nothing was written\n');
    assert.deepEqual(snapshot(workspace), before);
  });

  it('leaves the record as it is and says what the extension would set in it', () => {
    const record = readFileSync(join(clients, 'nova-startups.md'));
    const result = run(['draft', 'termination', 'nova-startups', 'clients', ...TODAY], workspace);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, 'client-ledger: clients/nova-startups.md is unchanged; when you act on the draft, set status: terminating, notice_given: 2026-11-20, end: 2026-12-04 in it\n');
    assert.deepEqual(readFileSync(join(clients, 'nova-startups.md')), record);
    assert.equal(run(['draft', 'statement', 'nova-startups', 'clients', ...TODAY], workspace).stderr, '', 'a statement implies nothing');
  });

  it('fills the main document from .client-ledger/templates/<kind>.md in the folder, else in its parent', async () => {
    const templates = (base: string) => join(base, '.client-ledger', 'templates');
    mkdirSync(templates(workspace), { recursive: true });
    const parentTemplate = 'WORKSPACE LETTERHEAD for {{client}}\n\n{{document}}\n';
    writeFileSync(join(templates(workspace), 'termination.md'), parentTemplate);
    const fromParent = run(['draft', 'termination', 'nova-startups', 'clients', ...TODAY], workspace);
    assert.equal(fromParent.code, 0, fromParent.stderr);
    assert.match(fromParent.stderr, /^client-ledger: the main document is from the template \.client-ledger\/templates\/termination\.md\n/);
    const expected = await coreDraft('nova-startups', { kind: 'termination' }, { text: parentTemplate });
    assert.equal(readFileSync(join(clients, 'nova-startups/2026-11-20-termination.md'), 'utf8'), expected.files[0].text);
    assert.match(expected.files[0].text, /\n\nWORKSPACE LETTERHEAD for Nova Startups\n/);
    assert.equal(readFileSync(join(clients, 'nova-startups/2026-11-20-decision-record.md'), 'utf8'), expected.files[1].text);

    mkdirSync(templates(clients), { recursive: true });
    writeFileSync(join(templates(clients), 'salvage-plan.md'), 'LEDGER FOLDER {{client}} {{unknown_one}}\n');
    writeFileSync(join(templates(workspace), 'salvage-plan.md'), 'NOT THIS ONE\n');
    const fromFolder = run(['draft', 'salvage-plan', 'nova-startups', 'clients', ...TODAY], workspace);
    assert.equal(fromFolder.code, 0, fromFolder.stderr);
    assert.match(fromFolder.stderr, /^client-ledger: the main document is from the template clients\/\.client-ledger\/templates\/salvage-plan\.md\nclient-ledger: Template salvage-plan\.md: Unknown placeholders left as written: \{\{unknown_one\}\}\n/);
    assert.match(readFileSync(join(clients, 'nova-startups/2026-11-20-salvage-plan.md'), 'utf8'), /\n\nLEDGER FOLDER Nova Startups \{\{unknown_one\}\}\n$/);
  });

  it('uses the built-in document when the template is not text, and says so', async () => {
    mkdirSync(join(workspace, '.client-ledger', 'templates'), { recursive: true });
    writeFileSync(join(workspace, '.client-ledger', 'templates', 'statement.md'), Buffer.from([0x48, 0xe9, 0x6c]));
    const result = run(['draft', 'statement', 'brightside-dental', 'clients', ...TODAY], workspace);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /^client-ledger: Template statement\.md not used \(not UTF-8 text[^)]*\); the built-in one was\.\n$/);
    const expected = await coreDraft('brightside-dental', { kind: 'statement' });
    assert.equal(readFileSync(join(clients, 'brightside-dental/2026-11-20-statement.md'), 'utf8'), expected.files[0].text);
  });

  it('a payment reminder is for the invoice given (any case), else the one overdue', () => {
    const given = run(['draft', 'payment-reminder', 'brightside-dental', 'clients', '--invoice', 'bd-024', ...TODAY], workspace);
    assert.equal(given.code, 0, given.stderr);
    assert.equal(given.stdout, 'clients/brightside-dental/2026-11-20-payment-reminder-BD-024.md\n', 'named as the log writes the id');
    assert.match(readFileSync(join(clients, 'brightside-dental/2026-11-20-payment-reminder-BD-024.md'), 'utf8'), /BD-024/);
    const several = run(['draft', 'payment-reminder', 'brightside-dental', 'clients', ...TODAY], workspace);
    assert.equal(several.code, 2);
    assert.match(several.stderr, /^client-ledger: which invoice\? 3 are overdue: give --invoice ID \(open: BD-023 \(issued 2026-09-01\): \$1,250\.00 unpaid, due 2026-09-15, 66 days overdue; BD-024 .*; BD-025 .*\)\n$/);
  });

  it('refuses a reminder for a paid or unknown invoice, or a client with none open, writing nothing', () => {
    const before = snapshot(workspace);
    const cases: [string[], RegExp][] = [
      [['brightside-dental', '--invoice', 'BD-022'], /^client-ledger: invoice BD-022 of brightside-dental is paid, so there is nothing to remind of \(open: BD-023 /],
      [['brightside-dental', '--invoice', 'BD-999'], /^client-ledger: no invoice "BD-999" in the log of brightside-dental up to 2026-11-20 \(open: BD-023 /],
      [['nova-startups'], /^client-ledger: nova-startups has no open invoice, so there is nothing to remind of\n$/],
    ];
    for (const [args, message] of cases) {
      const result = run(['draft', 'payment-reminder', args[0], 'clients', ...args.slice(1), ...TODAY], workspace);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.split('\n').length, 2, 'one line');
    }
    assert.deepEqual(snapshot(workspace), before);
  });

  it('refuses bad arguments and unknown clients with exit 2, writing nothing', () => {
    const before = snapshot(workspace);
    const cases: [string[], RegExp][] = [
      [['draft', 'letter', 'nova-startups', 'clients'], /^client-ledger: the kind must be salvage-plan, termination, payment-reminder or statement, not "letter"\n\nUsage: client-ledger draft /],
      [['draft', 'termination', 'nova-startups'], /^client-ledger: draft needs a KIND, a CLIENT and a FOLDER\n\nUsage: /],
      [['draft', 'statement', 'nova-startups', 'clients', '--invoice', 'X-1'], /^client-ledger: --invoice goes with payment-reminder\n/],
      [['draft', 'statement', 'nova-startups', 'clients', '--today', '2026-02-30'], /--today must be a date YYYY-MM-DD/],
      [['draft', 'statement', 'nova-startups', 'clients', '--threshold', 'bogus=3'], /--threshold takes RULE=VALUE/],
      [['draft', 'statement', 'nova-startups', 'clients', '--force'], /Unknown option '--force'/],
      [['draft', 'statement', 'nova-startup', 'clients', ...TODAY], /^client-ledger: no client "nova-startup" in clients \(did you mean nova-startups\?\)\n$/],
      [['draft', 'statement', 'nova-startups', 'no-such', ...TODAY], /^client-ledger: no such folder: no-such\n$/],
    ];
    for (const [args, message] of cases) {
      const result = run(args, workspace);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
    }
    assert.deepEqual(snapshot(workspace), before);
  });

  it('takes the thresholds a document follows: a reminder firm from --threshold invoice-overdue days', () => {
    const friendly = run(['draft', 'payment-reminder', 'harbor-realty', 'clients', ...TODAY], workspace);
    const path = join(clients, 'harbor-realty/2026-11-20-payment-reminder-HR-012.md');
    assert.match(readFileSync(path, 'utf8'), /A friendly reminder/, friendly.stderr);
    rmSync(path);
    const firm = run(['draft', 'payment-reminder', 'harbor-realty', 'clients', '--threshold', 'invoice-overdue=3', ...TODAY], workspace);
    assert.equal(firm.code, 0, firm.stderr);
    assert.doesNotMatch(readFileSync(path, 'utf8'), /A friendly reminder/);
  });

  it('says so when the id cannot name a folder, or a file is in the way of the folder', () => {
    writeFileSync(join(clients, '-.md'), recordText(['client: Dash']));
    const dash = run(['draft', 'salvage-plan', 'Dash', 'clients', ...TODAY], workspace);
    assert.equal(dash.code, 2);
    assert.equal(dash.stderr, 'client-ledger: the client id "-" cannot name a folder, so nothing was drafted; rename clients/-.md\n');

    writeFileSync(join(clients, 'harbor-realty'), 'a file where the folder would go\n');
    const blocked = run(['draft', 'statement', 'harbor-realty', 'clients', ...TODAY], workspace);
    assert.equal(blocked.code, 2);
    assert.equal(blocked.stderr, 'client-ledger: cannot create the folder clients/harbor-realty: a file is in the way; nothing was written\n');
    assert.equal(existsSync(join(clients, 'harbor-realty', '2026-11-20-statement.md')), false);
  });

  it('prints what the README shows for the sample ledger', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const shown = /\n\$ client-ledger (draft termination [^\n]*)\n([\s\S]*?)```\n/.exec(readme);
    assert.ok(shown, 'README shows client-ledger draft termination');
    const result = run(shown[1].split(' '), workspace);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(`${result.stdout}${result.stderr}`, shown[2]);
  });

  it('is in the help text', () => {
    assert.match(run(['--help'], workspace).stdout, /^  draft +write a document beside a client's record, as the extension drafts it$/m);
    const help = run(['help', 'draft'], workspace);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: client-ledger draft salvage-plan\|termination\|payment-reminder\|statement CLIENT FOLDER$/m);
  });
});
