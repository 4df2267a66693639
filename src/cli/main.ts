import { agendaCommand } from './agenda-command';
import { checkCommand } from './check-command';
import { draftCommand } from './draft-command';
import { commandHelp, type CliCommand } from './cli-command';
import { ArgumentError, UsageError, type CliIo } from './cli-io';
import { lspCommand } from './lsp-command';
import { installMergeDriverCommand, mergeCommand } from './merge-command';
import { newCommand } from './new-command';
import { statementCommand } from './statement-command';

/** Every command, in the order `help` lists them. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, agendaCommand, draftCommand, newCommand, statementCommand, mergeCommand, installMergeDriverCommand, lspCommand];

const HELP_FLAGS = new Set(['--help', '-h']);

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `client-ledger: a folder of client records (markdown with YAML frontmatter and a dated log), from the command line

Usage: client-ledger COMMAND [ARGUMENTS]

Commands:
${lines.join('\n')}

client-ledger help COMMAND (or COMMAND --help) tells more of each.
`;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  let command: CliCommand | undefined;
  try {
    if (name === undefined || HELP_FLAGS.has(name) || name === 'help') return help(name, rest, io);
    command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((known) => known.name).join(', ')}; try client-ledger help)`);
    if (rest.some((arg) => HELP_FLAGS.has(arg))) {
      io.out(commandHelp(command));
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`client-ledger: ${error.message}\n`);
      if (error instanceof ArgumentError && command) io.err(`\n${command.usage}\n`);
      return 2;
    }
    io.err(`client-ledger: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}

/** `help [COMMAND]`, `--help`; no command at all prints the list and exits 2. */
function help(name: string | undefined, rest: readonly string[], io: CliIo): number {
  if (name === undefined) {
    io.err(overview());
    return 2;
  }
  if (name !== 'help' || rest.length === 0) {
    io.out(overview());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === rest[0]);
  if (!command) throw new UsageError(`no command "${rest[0]}" (commands: ${COMMANDS.map((known) => known.name).join(', ')})`);
  io.out(commandHelp(command));
  return 0;
}

if (require.main === module) {
  const io: CliIo = {
    cwd: process.cwd(),
    now: new Date(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
