import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HANG_GUARD_MS } from '../helpers/budget';

// The bench's ledgers (bench/generate-ledger.mjs) are fixed: the realistic profile's bytes are
// those of every earlier bench run since issue 5, the heavy profile's those since issue 13
// (RECORDED_SHA256, which bench/run.mjs checks). Nothing here is timed.

const ROOT = resolve(__dirname, '../../..');

interface Generated {
  readonly files: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly profile: string;
}

interface Generator {
  readonly DEFAULT_SEED: number;
  readonly PROFILES: readonly string[];
  readonly RECORDED_SHA256: Record<string, Record<number, string>>;
  generateLedger(dir: string, count: number, seed?: number, options?: { profile?: string }): Generated;
  clientRecord(seed: number, index: number, profile?: string): { id: string; folder: string; text: string };
}

const REALISTIC_1000 = '5e273479ad0a02a7082c613f244d8bee7f83ae3febad8e96ef4ded6cbe76e691';
const HEAVY_1000 = '60c42248362b9a11b3c42f72d3928cf0a6373a3f3d68f08dbc8bdcf596140f31';

describe('bench ledger generator', function () {
  this.timeout(HANG_GUARD_MS);
  let generator: Generator;
  let work: string;

  before(async () => {
    generator = (await import(pathToFileURL(join(ROOT, 'bench/generate-ledger.mjs')).href)) as Generator;
    work = mkdtempSync(join(tmpdir(), 'client-ledger-generator-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes the realistic ledger of 1,000 records byte for byte as before (also the default profile)', () => {
    const realistic = generator.generateLedger(join(work, 'realistic'), 1_000, generator.DEFAULT_SEED, { profile: 'realistic' });
    assert.equal(realistic.sha256, REALISTIC_1000);
    for (let index = 0; index < 200; index++) {
      assert.equal(generator.clientRecord(generator.DEFAULT_SEED, index).text, generator.clientRecord(generator.DEFAULT_SEED, index, 'realistic').text, `record ${index}`);
    }
  });

  it('writes the heavy ledger deterministically: the same bytes as recorded; another seed, other bytes', () => {
    const heavy = generator.generateLedger(join(work, 'heavy'), 1_000, generator.DEFAULT_SEED, { profile: 'heavy' });
    assert.equal(heavy.profile, 'heavy');
    assert.equal(heavy.sha256, HEAVY_1000);
    const small = generator.generateLedger(join(work, 'heavy-small'), 100, generator.DEFAULT_SEED, { profile: 'heavy' });
    assert.equal(generator.generateLedger(join(work, 'heavy-again'), 100, generator.DEFAULT_SEED, { profile: 'heavy' }).sha256, small.sha256);
    assert.notEqual(generator.generateLedger(join(work, 'heavy-other'), 100, generator.DEFAULT_SEED + 1, { profile: 'heavy' }).sha256, small.sha256);
  });

  it('records both in RECORDED_SHA256, which bench/run.mjs checks', () => {
    assert.equal(generator.RECORDED_SHA256.realistic[1000], REALISTIC_1000);
    assert.equal(generator.RECORDED_SHA256.heavy[1000], HEAVY_1000);
  });

  it('draws the heavy records from their own stream, and refuses an unknown profile', () => {
    assert.deepEqual(generator.PROFILES, ['realistic', 'heavy']);
    for (let index = 0; index < 50; index++) {
      assert.notEqual(generator.clientRecord(generator.DEFAULT_SEED, index, 'heavy').text, generator.clientRecord(generator.DEFAULT_SEED, index).text, `record ${index}`);
    }
    assert.throws(() => generator.clientRecord(generator.DEFAULT_SEED, 0, 'Heavy'), /unknown profile/);
    assert.throws(() => generator.generateLedger(join(work, 'none'), 1, generator.DEFAULT_SEED, { profile: 'light' }), /unknown profile/);
  });
});
