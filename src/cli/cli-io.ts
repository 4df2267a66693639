/** What a command may touch of the process: its directory, the time, and its two streams. */
export interface CliIo {
  readonly cwd: string;
  readonly now: Date;
  out(text: string): void;
  err(text: string): void;
  /** Whether standard error is a terminal (a progress line is shown only there). */
  readonly errIsTerminal?: boolean;
}

/** The command could not run (no such folder, a file in the way): one line, exit 2. */
export class UsageError extends Error {}

/** The arguments were wrong (an unknown flag, a missing argument): one line and the usage, exit 2. */
export class ArgumentError extends UsageError {}
