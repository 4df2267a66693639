import { CHECK_USAGE, runCheck, UsageError, type CliIo } from './check-command';
import { MERGE_USAGE, runInstallMergeDriver, runMerge } from './merge-command';
import { runStatement, STATEMENT_USAGE } from './statement-command';

const USAGE = `client-ledger: checks a folder of client records (markdown with YAML frontmatter and a dated log)

${CHECK_USAGE}

Exit status: 0 no error findings, 1 at least one error finding, 2 the command could not run
(bad arguments, no such folder, or no client record in it: nothing was checked).

${STATEMENT_USAGE}

Exit status: 0 printed, 2 the command could not run (bad arguments, no such folder or client,
or a client record that cannot be read).

${MERGE_USAGE}`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'statement') return await runStatement(rest, io);
    if (command === 'merge') return runMerge(rest, io);
    if (command === 'install-merge-driver') return runInstallMergeDriver(rest, io);
    throw new UsageError(`unknown command "${command}" (try: client-ledger check FOLDER, statement CLIENT FOLDER, merge, install-merge-driver)`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`client-ledger: ${error.message}\n`);
      return 2;
    }
    io.err(`client-ledger: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  const io: CliIo = {
    cwd: process.cwd(),
    now: new Date(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
