import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { documentContext } from '../core/documents/document-facts';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import { statement } from '../core/documents/statement';
import { statementHtml } from '../core/documents/statement-html';
import type { Ledger } from '../core/ledger';
import { loadLedger } from '../core/load-ledger';
import type { ClientRecord } from '../core/model';
import { closestWord } from '../core/parse/closest-word';
import type { Day } from '../core/values/calendar-day';
import { UsageError, type CliIo } from './cli-io';
import { choiceOption, currencyOption, parseCommandArguments, positionalArguments, todayOption } from './arguments';
import type { CliCommand } from './cli-command';
import { NodeStore } from './node-store';
import { displayPath } from './render-findings';

const STATEMENT_USAGE = `Usage: client-ledger statement CLIENT FOLDER [--today YYYY-MM-DD] [--format md|html]
                                [--currency CODE]

  statement        prints the statement of account of one client of FOLDER: every invoice,
                   late fee, payment and deposit up to today with the running balance, the open
                   invoices with their ages, the unpaid late fees and the total due, per
                   currency; CLIENT is the record's id (its file name, any case) or its
                   client: name
  --format html    a standalone printable HTML page instead of markdown`;

interface StatementArguments {
  readonly client: string;
  readonly folder: string;
  readonly today: Day;
  readonly format: 'md' | 'html';
  readonly currency?: string;
}

export const statementCommand: CliCommand = {
  name: 'statement',
  summary: "print one client's statement of account",
  usage: STATEMENT_USAGE,
  exit: `0 printed, 2 the command could not run (bad arguments, no such folder or client,
or a client record that cannot be read).`,
  run: (args, io) => runStatement(args, io),
};

/** `statement CLIENT FOLDER ...`: 0 printed, 2 when it cannot run (bad arguments, no such folder or client, a record that cannot be read). */
async function runStatement(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseStatementArguments(args, io);
  const folder = resolve(io.cwd, options.folder);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${options.folder}`);
  const ledger = await loadLedger(new NodeStore(folder), { currency: options.currency });
  const client = findClient(ledger, options, io.cwd);
  const context = documentContext(client, options.today, {});
  io.out(options.format === 'html' ? statementHtml(client, context) : (await loadMarkdownWriter())(statement(client, context)));
  return 0;
}

/** The record with the id (any case), else the one record with that name; a usage error naming what is wrong otherwise. */
function findClient(ledger: Ledger, options: StatementArguments, cwd: string): ClientRecord {
  const wanted = options.client.trim();
  const byId = ledger.client(wanted);
  if (byId) return byId;
  const unreadable = ledger.unreadableClients.find((file) => file.clientId!.toLowerCase() === wanted.toLowerCase());
  if (unreadable) {
    const problem = unreadable.problems[0];
    const why = problem ? `: line ${problem.range.start.line}: ${problem.message}` : '';
    throw new UsageError(`the client record ${displayPath(cwd, unreadable.file)} cannot be read${why}; fix it, then run this again`);
  }
  const byName = ledger.clients.filter((client) => client.name.trim().toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) throw new UsageError(`"${wanted}" is the name of ${byName.length} clients (${byName.map((client) => client.id).join(', ')}): give the id`);
  const known = [...ledger.clients.map((client) => client.id), ...ledger.unreadableClients.map((file) => file.clientId!)];
  const guess = closestWord(wanted, known) ?? closestWord(wanted, ledger.clients.map((client) => client.name));
  throw new UsageError(`no client "${wanted}" in ${options.folder}${guess === undefined ? '' : ` (did you mean ${guess}?)`}`);
}

function parseStatementArguments(args: readonly string[], io: CliIo): StatementArguments {
  const { values, positionals } = parseCommandArguments(args, { today: { type: 'string' }, format: { type: 'string', default: 'md' }, currency: { type: 'string' } });
  const [client, folder] = positionalArguments('statement', positionals, ['CLIENT', 'FOLDER']);
  const format = choiceOption('--format', values.format!, ['md', 'html'] as const);
  return { client, folder, today: todayOption(values.today, io.now), format, currency: currencyOption(values.currency) };
}
