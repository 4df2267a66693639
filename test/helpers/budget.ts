/**
 * How much the randomised tests do, and how long any heavy test may take.
 *
 * `npm test` runs every randomised test (fast-check properties, seeded random samples) with a
 * fixed case count from a fixed seed: the same work on any machine, the same inputs every run.
 * `npm run fuzz` sets CLIENT_LEDGER_FUZZ_RUNS (and may set CLIENT_LEDGER_FUZZ_SEED) for many more.
 * No test is given a time budget: HANG_GUARD_MS only stops a test that hangs.
 */
import assert from 'node:assert/strict';

function envInteger(name: string, minimum: number): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  assert.ok(Number.isSafeInteger(value) && value >= minimum, `${name} must be a whole number of at least ${minimum}, not ${JSON.stringify(raw)}`);
  return value;
}

const FUZZ_RUNS = envInteger('CLIENT_LEDGER_FUZZ_RUNS', 1);
const FUZZ_SEED = envInteger('CLIENT_LEDGER_FUZZ_SEED', -0x80000000);

/** Cases of a randomised test: `normal` in `npm test`, CLIENT_LEDGER_FUZZ_RUNS when set. */
export function cases(normal: number): number {
  return FUZZ_RUNS ?? normal;
}

/** The seed of a randomised test: its own fixed one, or CLIENT_LEDGER_FUZZ_SEED when set. */
export function seed(fixed: number): number {
  return FUZZ_SEED ?? fixed;
}

/** Cases per fast-check property in `npm test`: the property tests together take a few seconds. */
export const PROPERTY_RUNS = cases(1_000);

/**
 * Mocha's timeout for heavy tests (properties, real git, spawned processes, big inputs): far
 * above what they take on a loaded machine, so it only ends a hang.
 */
export const HANG_GUARD_MS = 5 * 60_000;
