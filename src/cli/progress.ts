import type { CliIo } from './cli-io';

/** What the progress line needs of time: the current time in milliseconds, and a repeating tick (it returns how to stop it). */
export interface ProgressClock {
  now(): number;
  every(ms: number, tick: () => void): () => void;
}

/** The process's clock; the tick does not keep the process alive. */
export const SYSTEM_CLOCK: ProgressClock = {
  now: () => performance.now(),
  every: (ms, tick) => {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** Reports how far the reading of a ledger is: `update` as files are read, `end` when done. */
export interface Progress {
  /** `read` files of `total` are read (total undefined: still listing the folder). */
  update(read: number, total?: number): void;
  /** Erases the line, if it was shown, and stops. */
  end(): void;
}

/** Shows nothing: not a terminal, or a format a program reads. */
export const NO_PROGRESS: Progress = { update: () => {}, end: () => {} };

/** Nothing for the first second; a quick read shows no line at all. */
export const PROGRESS_DELAY_MS = 1000;
/** The line is redrawn at most this often. */
export const PROGRESS_INTERVAL_MS = 250;

const CLEAR_LINE = '\r\x1b[K';
const COUNT = new Intl.NumberFormat('en-US');

/**
 * One line on standard error, `client-ledger: reading the ledger… 1,234 of 10,000 files`,
 * rewritten in place, shown only once the reading has taken `delayMs`. It is drawn both on
 * updates (the check's main thread reads synchronously, so no timer fires meanwhile) and on a
 * tick (while the folder is listed nothing updates), each time only when `intervalMs` has passed.
 */
export class ProgressLine implements Progress {
  private readonly started: number;
  private readonly stopTicking: () => void;
  private read = 0;
  private total: number | undefined;
  private shown: string | undefined;
  private drawnAt = -Infinity;
  private ended = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly clock: ProgressClock = SYSTEM_CLOCK,
    private readonly delayMs = PROGRESS_DELAY_MS,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {
    this.started = clock.now();
    this.stopTicking = clock.every(intervalMs, () => this.draw());
  }

  update(read: number, total?: number): void {
    this.read = read;
    if (total !== undefined) this.total = total;
    this.draw();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.stopTicking();
    if (this.shown !== undefined) this.write(CLEAR_LINE);
  }

  private draw(): void {
    const now = this.clock.now();
    if (this.ended || now - this.started < this.delayMs || now - this.drawnAt < this.intervalMs) return;
    const counts = this.total === undefined ? '' : ` ${COUNT.format(this.read)} of ${COUNT.format(this.total)} files`;
    const text = `client-ledger: reading the ledger…${counts}`;
    if (text === this.shown) return;
    this.write(`\r${text}\x1b[K`);
    this.shown = text;
    this.drawnAt = now;
  }
}

/**
 * The progress line of a command that reads a ledger: only when standard error is a terminal
 * and the output is for people (`forPeople` false for JSON, SARIF, a calendar).
 * CLIENT_LEDGER_PROGRESS_DELAY_MS sets the delay (the tests show it at once).
 */
export function startProgress(io: CliIo, forPeople = true): Progress {
  if (!forPeople || io.errIsTerminal !== true) return NO_PROGRESS;
  return new ProgressLine((text) => io.err(text), SYSTEM_CLOCK, delayFromEnvironment());
}

function delayFromEnvironment(): number {
  const given = process.env.CLIENT_LEDGER_PROGRESS_DELAY_MS;
  return given !== undefined && /^\d+$/.test(given) ? Number(given) : PROGRESS_DELAY_MS;
}
