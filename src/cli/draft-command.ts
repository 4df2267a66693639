import { lstat, mkdir, readFile, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { accountOf } from '../core/derive/account';
import { draftRecordUpdate } from '../core/documents/document-actions';
import { documentContext, openInvoiceFact, openInvoices } from '../core/documents/document-facts';
import { decodeTemplate, TEMPLATE_FOLDER, type TemplateRead } from '../core/documents/document-template';
import { draftContents } from '../core/documents/draft-contents';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import type { DocumentRequest } from '../core/documents/render-document';
import type { ClientRecord } from '../core/model';
import type { ThresholdOverrides } from '../core/thresholds';
import { formatDay, type Day } from '../core/values/calendar-day';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { choiceOption, currencyOption, parseCommandArguments, positionalArguments, thresholdOptions, todayOption } from './arguments';
import type { CliCommand } from './cli-command';
import { findClient, readCliLedger } from './cli-ledger';
import { fileProblem } from './file-problem';
import { displayPath } from './render-findings';

/** The documents the command line drafts (the extension's lightbulb and commands draft the same). */
const DRAFT_KINDS = ['salvage-plan', 'termination', 'payment-reminder', 'statement'] as const;
type DraftKind = (typeof DRAFT_KINDS)[number];

const DRAFT_USAGE = `Usage: client-ledger draft salvage-plan|termination|payment-reminder|statement CLIENT FOLDER
                            [--invoice ID] [--today YYYY-MM-DD] [--currency CODE]
                            [--threshold RULE=VALUE ...]

  draft            writes the document the extension drafts, at the same path beside the
                   client's record: <id>/<YYYY-MM-DD>-<kind>.md (a termination also writes its
                   decision record), and prints each path; never over an existing file, and
                   the record itself is never changed (what the extension would set is said
                   on stderr); CLIENT is the record's id (its file name, any case) or its
                   client: name
  --invoice ID     the open invoice a payment reminder is for; without it, the client's one
                   overdue invoice
  --threshold      as for check: the thresholds a document's wording follows (how firm a
                   reminder is, what a salvage plan covers)

A workspace template, .client-ledger/templates/<kind>.md in FOLDER or else in FOLDER's parent
(the workspace folder holding clients/), fills the main document, as in the extension.`;

interface DraftArguments {
  readonly kind: DraftKind;
  readonly client: string;
  readonly folder: string;
  readonly invoice?: string;
  readonly today: Day;
  readonly currency?: string;
  readonly thresholds: ThresholdOverrides;
}

export const draftCommand: CliCommand = {
  name: 'draft',
  summary: "write a document beside a client's record, as the extension drafts it",
  usage: DRAFT_USAGE,
  exit: `0 written, 2 nothing was written: bad arguments, no such folder, client or open
invoice, or a file already there.`,
  run: (args, io) => runDraft(args, io),
};

async function runDraft(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseDraftArguments(args, io);
  const { folder, ledger } = await readCliLedger(io, options.folder, { currency: options.currency });
  const client = findClient(ledger, options.client, options.folder, io.cwd);
  const request = requestFor(options, client);
  const context = documentContext(client, options.today, options.thresholds);
  const template = await findTemplate(folder, request.kind, io.cwd);
  const drafted = draftContents(request, client, context, await loadMarkdownWriter(), template?.read);
  if (!drafted) throw new UsageError(`the client id "${client.id}" cannot name a folder, so nothing was drafted; rename ${displayPath(io.cwd, client.file)}`);
  const targets = drafted.files.map((file) => join(dirname(client.file), ...file.segments));
  await writeNew(targets, drafted.files.map((file) => file.text), io.cwd);
  for (const target of targets) io.out(`${displayPath(io.cwd, target)}\n`);
  if (template && 'text' in template.read) io.err(`client-ledger: the main document is from the template ${template.shown}\n`);
  for (const warning of drafted.warnings) io.err(`client-ledger: ${warning}\n`);
  const update = draftRecordUpdate(request, client, await readFile(client.file, 'utf8'), options.today);
  if (update) io.err(`client-ledger: ${displayPath(io.cwd, client.file)} is unchanged; when you act on the draft, set ${update.keys} in it\n`);
  return 0;
}

function parseDraftArguments(args: readonly string[], io: CliIo): DraftArguments {
  const { values, positionals } = parseCommandArguments(args, {
    invoice: { type: 'string' },
    today: { type: 'string' },
    currency: { type: 'string' },
    threshold: { type: 'string', multiple: true, default: [] },
  });
  const [kind, client, folder] = positionalArguments('draft', positionals, ['KIND', 'CLIENT', 'FOLDER']);
  const draftKind = choiceOption('the kind', kind, DRAFT_KINDS);
  if (values.invoice !== undefined && draftKind !== 'payment-reminder') throw new ArgumentError('--invoice goes with payment-reminder');
  return {
    kind: draftKind,
    client,
    folder,
    invoice: values.invoice,
    today: todayOption(values.today, io.now),
    currency: currencyOption(values.currency),
    thresholds: thresholdOptions(values.threshold ?? []),
  };
}

function requestFor(options: DraftArguments, client: ClientRecord): DocumentRequest {
  if (options.kind !== 'payment-reminder') return { kind: options.kind };
  return { kind: 'payment-reminder', invoiceId: reminderInvoice(client, options.invoice, options.today) };
}

/** The invoice id as the log writes it: the open one given, else the one overdue; a usage error listing the open ones otherwise. */
function reminderInvoice(client: ClientRecord, given: string | undefined, today: Day): string {
  const open = openInvoices(client, today);
  const listed = open.length === 0 ? `${client.id} has no open invoice` : `open: ${open.map(openInvoiceFact).join('; ')}`;
  if (given !== undefined) {
    const key = given.trim().toLowerCase();
    const found = open.find((invoice) => invoice.entry.id.toLowerCase() === key);
    if (found) return found.entry.id;
    const paid = accountOf(client, today).invoices.find((invoice) => invoice.entry.id.toLowerCase() === key);
    if (paid) throw new UsageError(`invoice ${paid.entry.id} of ${client.id} is paid, so there is nothing to remind of (${listed})`);
    throw new UsageError(`no invoice "${given}" in the log of ${client.id} up to ${formatDay(today)} (${listed})`);
  }
  const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
  if (overdue.length === 1) return overdue[0].entry.id;
  if (open.length === 0) throw new UsageError(`${listed}, so there is nothing to remind of`);
  const why = overdue.length === 0 ? 'none is overdue' : `${overdue.length} are overdue`;
  throw new UsageError(`which invoice? ${why}: give --invoice ID (${listed})`);
}

/** The workspace's template for the kind: in FOLDER, else in its parent; the first that exists, read (or why it could not be). */
async function findTemplate(folder: string, kind: string, cwd: string): Promise<{ read: TemplateRead; shown: string } | undefined> {
  for (const base of new Set([folder, dirname(folder)])) {
    const path = join(base, ...TEMPLATE_FOLDER, `${kind}.md`);
    const shown = displayPath(cwd, path);
    try {
      return { read: decodeTemplate(await readFile(path)), shown };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      return { read: { problem: `${shown}: ${fileProblem(error)}` }, shown };
    }
  }
  return undefined;
}

/**
 * Writes the files only when none of them is there yet, creating the client's folder if need be.
 * `wx` keeps a file that appears meanwhile from being written over; the files this run wrote
 * before it are then taken back, so it is all or nothing.
 */
async function writeNew(targets: readonly string[], texts: readonly string[], cwd: string): Promise<void> {
  for (const target of targets) {
    const there = await lstat(target).then(() => true, () => false);
    if (there) throw new UsageError(`${displayPath(cwd, target)} is already there (drafted today?), so nothing was written`);
  }
  const folder = dirname(targets[0]);
  let created: string | undefined;
  try {
    created = await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`cannot create the folder ${displayPath(cwd, folder)}: ${fileProblem(error)}; nothing was written`);
  }
  const written: string[] = [];
  try {
    for (const [index, target] of targets.entries()) {
      await writeFile(target, texts[index], { encoding: 'utf8', flag: 'wx' });
      written.push(target);
    }
  } catch (error) {
    await Promise.all(written.map((path) => unlink(path).catch(() => undefined)));
    if (created !== undefined) await rmdir(folder).catch(() => undefined);
    const target = displayPath(cwd, targets[written.length]);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${target} appeared while drafting, so nothing was written`);
    throw new UsageError(`cannot write ${target}: ${fileProblem(error)}; nothing was written`);
  }
}
