import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HANG_GUARD_MS, PROPERTY_RUNS, seed } from '../helpers/budget';
import { forEachIdWord, idOccurrences, idWordAt, idWordSet } from '../../src/core/navigation/id-words';

/** The IDs of `ids` a text names, as `ID@offset` (the ID as the set knows it). */
function named(text: string, ids: readonly string[]): string[] {
  const set = idWordSet(ids.map((id) => [id, id] as const));
  const found: string[] = [];
  forEachIdWord(text, 0, text.length, set, (start, end, id) => found.push(`${id}@${start}-${end}`));
  return found;
}

describe('the word rule for invoice IDs', () => {
  it('finds an ID with nothing of a word touching it, in any case', () => {
    assert.deepEqual(named('reminder for BD-023', ['BD-023']), ['BD-023@13-19']);
    assert.deepEqual(named('(bd-023), #Bd-023; BD-023.', ['BD-023']), ['BD-023@1-7', 'BD-023@11-17', 'BD-023@19-25']);
    assert.deepEqual(named('re:BD-023/BD-023', ['BD-023']), ['BD-023@3-9', 'BD-023@10-16']);
  });

  it('does not find it inside a longer word: a letter, digit, _ or - touching it', () => {
    assert.deepEqual(named('BD-0231 XBD-023 BD-023-2 BD-023_x _BD-023', ['BD-023']), []);
  });

  it('a dot ends a word unless the ID has one', () => {
    assert.deepEqual(named('A.1. A.1.2 xA.1', ['A.1']), ['A.1@0-3', 'A.1@5-8']);
    assert.deepEqual(named('A.1', ['A']), ['A@0-1'], 'A.1 names A, as the agenda always read it');
    assert.deepEqual(named('v1.2.3', ['1.2', '2.3']), ['2.3@3-6'], 'the v touches the 1 of 1.2; 2.3 stands after a dot');
  });

  it('finds every ID of the set in one pass, each where it stands', () => {
    assert.deepEqual(named('paid INV-1 and inv-2, not INV-3x', ['INV-1', 'INV-2', 'INV-3']), ['INV-1@5-10', 'INV-2@15-20']);
  });

  it('an empty set finds nothing, and IDs equal but for case are one', () => {
    assert.deepEqual(named('INV-1', []), []);
    const set = idWordSet([['INV-1', 'first'], ['inv-1', 'second']] as const);
    assert.equal(set.byKey.size, 1);
    assert.equal(set.byKey.get('inv-1'), 'first');
  });

  it('reads only between from and to', () => {
    const set = idWordSet([['INV-1', true]] as const);
    const found: number[] = [];
    forEachIdWord('INV-1 INV-1 INV-1', 6, 11, set, (start) => found.push(start));
    assert.deepEqual(found, [6]);
  });

  it('idWordAt: the ID word holding an offset, its ends included', () => {
    const set = idWordSet([['BD-023', 'bd']] as const);
    const line = 'email to Priya: about BD-023.';
    assert.deepEqual(idWordAt(line, 22, set), { start: 22, end: 28, value: 'bd' });
    assert.deepEqual(idWordAt(line, 28, set), { start: 22, end: 28, value: 'bd' });
    assert.equal(idWordAt(line, 10, set), undefined);
    assert.equal(idWordAt(line, 29, set), undefined);
  });

  it('idOccurrences: 1-based ranges on every line of a text, LF, CRLF or CR, a BOM no column', () => {
    const text = '\ufeffINV-1 first\r\nthen inv-1\rand\n(INV-1)';
    assert.deepEqual(idOccurrences(text, 'INV-1').map((range) => `${range.start.line}:${range.start.column}-${range.end.column}`), ['1:1-6', '2:6-11', '4:2-7']);
    assert.deepEqual(idOccurrences(text, 'INV-1', 3).map((range) => range.start.line), [4], 'from a line on');
  });

  it('finds exactly the places the regular expression of the agenda found, on random text', function () {
    this.timeout(HANG_GUARD_MS);
    const ids = ['INV-1', 'inv-12', 'A.1', 'A.1.2', 'x_9', 'B.', '1'];
    const text = fc.array(fc.constantFrom('INV', 'inv', '-', '1', '2', 'A', 'a', '.', '_', 'x', '9', 'B', ' ', '#', '(', ')', ':', 'é', '\u212a', 'İ'), { maxLength: 24 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, fc.subarray(ids, { minLength: 1 }), (sample, chosen) => {
      const expected: string[] = [];
      for (const id of chosen) {
        const pattern = new RegExp(`(?<![\\w-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`, 'iy');
        for (let index = 0; index < sample.length; index++) {
          pattern.lastIndex = index;
          if (pattern.test(sample)) expected.push(`${id}@${index}-${index + id.length}`);
        }
      }
      assert.deepEqual(named(sample, chosen).sort(), expected.sort(), JSON.stringify(sample));
    }), { numRuns: PROPERTY_RUNS, seed: seed(20_261_116) });
  });
});
