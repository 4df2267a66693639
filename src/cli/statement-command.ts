import { documentContext } from '../core/documents/document-facts';
import { loadMarkdownWriter } from '../core/documents/markdown-writer';
import { statement } from '../core/documents/statement';
import { statementHtml } from '../core/documents/statement-html';
import type { Day } from '../core/values/calendar-day';
import type { CliIo } from './cli-io';
import { choiceOption, currencyOption, parseCommandArguments, positionalArguments, todayOption } from './arguments';
import type { CliCommand } from './cli-command';
import { findClient, readCliLedger } from './cli-ledger';

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
  const { ledger } = await readCliLedger(io, options.folder, { currency: options.currency });
  const client = findClient(ledger, options.client, options.folder, io.cwd);
  const context = documentContext(client, options.today, {});
  io.out(options.format === 'html' ? statementHtml(client, context) : (await loadMarkdownWriter())(statement(client, context)));
  return 0;
}

function parseStatementArguments(args: readonly string[], io: CliIo): StatementArguments {
  const { values, positionals } = parseCommandArguments(args, { today: { type: 'string' }, format: { type: 'string', default: 'md' }, currency: { type: 'string' } });
  const [client, folder] = positionalArguments('statement', positionals, ['CLIENT', 'FOLDER']);
  const format = choiceOption('--format', values.format!, ['md', 'html'] as const);
  return { client, folder, today: todayOption(values.today, io.now), format, currency: currencyOption(values.currency) };
}
