import assert from 'node:assert/strict';
import { Throttler, type Clock } from '../../src/extension/throttler';

/** Time that moves only when the test says so. */
class FakeClock implements Clock {
  private time = 0;
  private timers: { at: number; run: () => void }[] = [];
  now(): number {
    return this.time;
  }
  setTimeout(run: () => void, ms: number): unknown {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return timer;
  }
  clearTimeout(timer: unknown): void {
    this.timers = this.timers.filter((candidate) => candidate !== timer);
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((timer) => timer !== next);
      this.time = next.at;
      next.run();
    }
    this.time = until;
  }
}

describe('redrawing the views while files arrive', () => {
  it('runs the latest work a short delay after the first call, then at most once an interval, and once after the last call', () => {
    const clock = new FakeClock();
    const throttler = new Throttler(150, 500, clock);
    const runs: [number, number][] = [];
    let batch = 0;
    const call = () => throttler.run(((seen) => () => runs.push([clock.now(), seen]))(++batch));
    call();
    clock.advance(100);
    call();
    clock.advance(100);
    assert.deepEqual(runs, [[150, 2]], 'the first run comes after the delay, with the latest work');
    for (let step = 0; step < 10; step++) {
      call();
      clock.advance(100);
    }
    call();
    clock.advance(1000);
    assert.deepEqual(runs.map(([at]) => at), [150, 650, 1150, 1650], 'at most once every 500 ms while calls keep coming');
    assert.deepEqual(runs.at(-1), [1650, 13], 'the last call is run, with its own work');
    call();
    clock.advance(150);
    assert.deepEqual(runs.at(-1), [2350, 14], 'after a quiet spell, the short delay again');
  });

  it('runs nothing once disposed', () => {
    const clock = new FakeClock();
    const throttler = new Throttler(150, 500, clock);
    let ran = false;
    throttler.run(() => (ran = true));
    throttler.dispose();
    clock.advance(1000);
    assert.equal(ran, false);
  });
});
