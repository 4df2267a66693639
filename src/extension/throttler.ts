/**
 * Runs the latest `work` `delay` ms after a quiet spell's first call, then at most once per
 * `interval` ms while calls keep coming, and once after the last: views follow a long load
 * batch by batch without redrawing on every batch.
 */
export class Throttler {
  private timer: unknown;
  private work: (() => void) | undefined;
  private last = -Infinity;

  constructor(private readonly delay: number, private readonly interval: number, private readonly clock: Clock = SYSTEM_CLOCK) {}

  run(work: () => void): void {
    this.work = work;
    if (this.timer !== undefined) return;
    const wait = Math.max(this.delay, this.last + this.interval - this.clock.now());
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.last = this.clock.now();
      this.work?.();
    }, wait);
  }

  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** What the throttler needs of time; tests give it their own. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};
