import type { CliIo } from './cli-io';

/** One `client-ledger COMMAND`: what `help` prints of it, and how it runs. */
export interface CliCommand {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** `Usage: client-ledger NAME ...` and its flags. */
  readonly usage: string;
  /** What each exit status means. */
  readonly exit: string;
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}

/** What `help COMMAND` and `COMMAND --help` print. */
export function commandHelp(command: CliCommand): string {
  return `client-ledger ${command.name}: ${command.summary}\n\n${command.usage}\n\nExit status: ${command.exit}\n`;
}
