import assert from 'node:assert/strict';
import { CheckThreads } from '../../src/cli/parallel-check';
import { NO_PROGRESS, ProgressLine, startProgress, type ProgressClock } from '../../src/cli/progress';
import type { CliIo } from '../../src/cli/cli-io';
import { loadLedger } from '../../src/core/load-ledger';
import { MemoryStore } from '../../src/core/store';
import { day, recordText, TODAY } from '../helpers/ledger-text';

/** A clock that moves only when told to, running the ticks that fall due on the way. */
class FakeClock implements ProgressClock {
  time = 0;
  private readonly timers: { ms: number; tick: () => void; due: number; stopped: boolean }[] = [];

  now(): number {
    return this.time;
  }

  every(ms: number, tick: () => void): () => void {
    const timer = { ms, tick, due: this.time + ms, stopped: false };
    this.timers.push(timer);
    return () => (timer.stopped = true);
  }

  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.timers.filter((timer) => !timer.stopped && timer.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.time = next.due;
      next.due += next.ms;
      next.tick();
    }
    this.time = end;
  }

  get ticking(): number {
    return this.timers.filter((timer) => !timer.stopped).length;
  }
}

const line = (text: string) => `\r${text}\x1b[K`;
const CLEAR = '\r\x1b[K';

describe('the progress line', () => {
  let clock: FakeClock;
  let written: string[];
  let progress: ProgressLine;
  beforeEach(() => {
    clock = new FakeClock();
    written = [];
    progress = new ProgressLine((text) => written.push(text), clock);
  });

  it('shows nothing during the first second, and nothing at all for a quick read', () => {
    progress.update(0, 10_000);
    clock.advance(500);
    progress.update(5_000, 10_000);
    clock.advance(499);
    progress.update(9_999, 10_000);
    assert.deepEqual(written, []);
    progress.update(10_000, 10_000);
    progress.end();
    assert.deepEqual(written, []);
    assert.equal(clock.ticking, 0);
  });

  it('after a second, shows the counts, with thousands separators', () => {
    progress.update(0, 10_000);
    clock.advance(900);
    progress.update(1_234, 10_000);
    clock.advance(100);
    assert.deepEqual(written, [line('client-ledger: reading the ledger… 1,234 of 10,000 files')]);
  });

  it('while the folder is still listed, says only that it is reading', () => {
    clock.advance(1_000);
    assert.deepEqual(written, [line('client-ledger: reading the ledger…')]);
  });

  it('redraws at most four times a second, and only what changed', () => {
    progress.update(0, 300);
    clock.advance(1_000);
    for (let read = 1; read <= 100; read++) progress.update(read, 300);
    clock.advance(249);
    assert.equal(written.length, 1);
    clock.advance(1);
    assert.deepEqual(written.slice(1), [line('client-ledger: reading the ledger… 100 of 300 files')]);
    clock.advance(2_000);
    assert.equal(written.length, 2, 'the same text is not written again');
    progress.update(101, 300);
    assert.deepEqual(written.slice(2), [line('client-ledger: reading the ledger… 101 of 300 files')], 'an update draws at once when the interval has passed');
  });

  it('draws on updates even when no tick can run (the main thread checking)', () => {
    const silent = new FakeClock();
    const lines: string[] = [];
    silent.every = () => () => {};
    const busy = new ProgressLine((text) => lines.push(text), silent);
    busy.update(0, 64);
    silent.time = 1_200;
    busy.update(32, 64);
    assert.deepEqual(lines, [line('client-ledger: reading the ledger… 32 of 64 files')]);
  });

  it('erases the line when the reading ends, then writes nothing more', () => {
    progress.update(10, 20);
    clock.advance(1_000);
    progress.end();
    assert.deepEqual(written, [line('client-ledger: reading the ledger… 10 of 20 files'), CLEAR]);
    progress.update(20, 20);
    clock.advance(5_000);
    progress.end();
    assert.equal(written.length, 2);
    assert.equal(clock.ticking, 0);
  });

  it('takes another delay', () => {
    const quick = new ProgressLine((text) => written.push(text), clock, 0);
    quick.update(1, 2);
    assert.deepEqual(written, [line('client-ledger: reading the ledger… 1 of 2 files')]);
    quick.end();
  });
});

describe('startProgress', () => {
  const saved = process.env.CLIENT_LEDGER_PROGRESS_DELAY_MS;
  before(() => (process.env.CLIENT_LEDGER_PROGRESS_DELAY_MS = '0'));
  after(() => {
    if (saved === undefined) delete process.env.CLIENT_LEDGER_PROGRESS_DELAY_MS;
    else process.env.CLIENT_LEDGER_PROGRESS_DELAY_MS = saved;
  });

  function io(errIsTerminal: boolean | undefined, err: string[]): CliIo {
    return { cwd: '/', now: new Date(), out: () => assert.fail('nothing on stdout'), err: (text) => err.push(text), errIsTerminal };
  }

  it('shows the line on a terminal, for people', () => {
    const err: string[] = [];
    const progress = startProgress(io(true, err));
    progress.update(3, 9);
    progress.end();
    assert.deepEqual(err, [line('client-ledger: reading the ledger… 3 of 9 files'), CLEAR]);
  });

  it('shows nothing when standard error is not a terminal, or the output is for a program', () => {
    for (const [terminal, forPeople] of [[false, true], [undefined, true], [true, false]] as const) {
      const err: string[] = [];
      const progress = startProgress(io(terminal, err), forPeople);
      assert.equal(progress, NO_PROGRESS);
      progress.update(3, 9);
      progress.end();
      assert.deepEqual(err, []);
    }
  });
});

describe('what the progress line counts', () => {
  it('loadLedger: the files once listed, then each one read', async () => {
    const store = new MemoryStore({ 'a.md': recordText([]), 'b.md': recordText([]), 'c.md': 'not a record', 'notes.txt': 'x' });
    const calls: [number, number][] = [];
    await loadLedger(store, { onRead: (read, total) => calls.push([read, total]) });
    assert.deepEqual(calls, [[0, 3], [1, 3], [2, 3], [3, 3]]);
  });

  it('the threads of a check: every file, after each chunk', async () => {
    const saved = process.env.CLIENT_LEDGER_WORKERS;
    process.env.CLIENT_LEDGER_WORKERS = '0';
    try {
      const paths = Array.from({ length: 70 }, (_, index) => `/nowhere/client-${index}.md`);
      const checked: number[] = [];
      const outcomes = await new CheckThreads().check({ paths, today: day(TODAY), settings: {}, cwd: '/', sharedIds: [] }, (files) => checked.push(files));
      assert.equal(outcomes.length, 70);
      assert.ok(checked.length > 1, 'more than one chunk');
      assert.ok(checked.every((files, index) => index === 0 || files > checked[index - 1]), `growing: ${checked}`);
      assert.equal(checked.at(-1), 70);
    } finally {
      if (saved === undefined) delete process.env.CLIENT_LEDGER_WORKERS;
      else process.env.CLIENT_LEDGER_WORKERS = saved;
    }
  });
});
