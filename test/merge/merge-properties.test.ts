import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeRecord } from '../../src/core/merge/merge-record';
import { HANG_GUARD_MS, PROPERTY_RUNS, seed } from '../helpers/budget';

const SEED = seed(20_261_123);

interface Shape {
  readonly day: number;
  readonly minute: number | null;
  readonly notes: number;
}
type Op = 'keep' | 'delete' | 'edit';
interface SideEdits {
  readonly ops: Op[];
  readonly additions: { shape: Shape; position: number }[];
}

const shape: fc.Arbitrary<Shape> = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  minute: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 })),
  notes: fc.integer({ min: 0, max: 2 }),
});

function sideEdits(length: number): fc.Arbitrary<SideEdits> {
  return fc.record({
    ops: fc.array(fc.constantFrom<Op>('keep', 'keep', 'delete', 'edit'), { minLength: length, maxLength: length }),
    additions: fc.array(fc.record({ shape, position: fc.nat() }), { maxLength: 3 }),
  });
}

const scenario = fc.array(shape, { maxLength: 8 }).chain((base) => fc.record({ base: fc.constant(base), ours: sideEdits(base.length), theirs: sideEdits(base.length) }));

function entry(entryShape: Shape, label: string): string {
  const time = entryShape.minute === null ? '' : ` ${String(Math.floor(entryShape.minute / 60)).padStart(2, '0')}:${String(entryShape.minute % 60).padStart(2, '0')}`;
  const notes = Array.from({ length: entryShape.notes }, (_, note) => `  - ${label} note ${note}`);
  return [`- 2026-11-${String(entryShape.day).padStart(2, '0')}${time} note: ${label}`, ...notes].join('\n');
}

function sideEntries(base: readonly Shape[], edits: SideEdits, side: string): string[] {
  const entries = base.flatMap((baseShape, index) => {
    if (edits.ops[index] === 'delete') return [];
    return [entry(baseShape, edits.ops[index] === 'edit' ? `${side} edit of ${index}` : `base ${index}`)];
  });
  edits.additions.forEach((addition, index) => entries.splice(addition.position % (entries.length + 1), 0, entry(addition.shape, `${side} addition ${index}`)));
  return entries;
}

function recordText(entries: readonly string[]): string {
  return ['---', 'client: Fuzz Client', 'rate: 40/h', '---', '', '## Log', '', ...entries, ''].join('\n');
}

function contains(text: string, entryText: string): boolean {
  return `\n${text}\n`.includes(`\n${entryText}\n`);
}

/** The entries of one side that must survive: all but base entries the other side deleted or edited. */
function mustSurvive(base: readonly Shape[], mine: SideEdits, other: SideEdits, side: string): string[] {
  return sideEntries(base, mine, side).filter((text) => {
    const baseIndex = /note: base (\d+)$/m.exec(text.split('\n')[0]);
    return baseIndex === null || other.ops[Number(baseIndex[1])] === 'keep';
  });
}

function datesInOrder(text: string): boolean {
  const dates = text.split('\n').flatMap((line) => /^- (\d{4}-\d{2}-\d{2})/.exec(line)?.[1] ?? []);
  return dates.every((date, index) => index === 0 || dates[index - 1] <= date);
}

describe('mergeRecord: properties of the log merge', function () {
  this.timeout(HANG_GUARD_MS);
  it('never loses an entry kept on one side and not deleted by the other; disjoint edits never conflict', () => {
    fc.assert(
      fc.property(scenario, ({ base, ours, theirs }) => {
        const baseEntries = base.map((baseShape, index) => entry(baseShape, `base ${index}`));
        const texts = [recordText(baseEntries), recordText(sideEntries(base, ours, 'ours')), recordText(sideEntries(base, theirs, 'theirs'))];
        const result = mergeRecord(texts[0], texts[1], texts[2]);
        for (const text of [...mustSurvive(base, ours, theirs, 'ours'), ...mustSurvive(base, theirs, ours, 'theirs')]) {
          assert.ok(contains(result.text, text), `lost ${JSON.stringify(text)} in\n${result.text}`);
        }
        const touchedByBoth = ours.ops.some((op, index) => op !== 'keep' && theirs.ops[index] !== 'keep');
        if (!touchedByBoth) {
          assert.equal(result.conflicts, 0, result.text);
          assert.ok(!result.text.includes('<<<<<<<'), result.text);
          // When only one side changed, git (and mergeRecord) take that side as it is.
          if (texts[0] !== texts[1] && texts[0] !== texts[2] && texts[1] !== texts[2]) assert.ok(datesInOrder(result.text), `not sorted:\n${result.text}`);
        }
      }),
      { numRuns: PROPERTY_RUNS, seed: SEED },
    );
  });
});
