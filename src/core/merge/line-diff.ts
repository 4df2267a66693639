/** Above this many cells the LCS table is not built: the unmatched middle is taken as one change. */
const MAX_TABLE_CELLS = 25_000_000;

/**
 * A longest common subsequence of two sequences, as a map: for each index of `a`, the index of
 * the element of `b` it is matched with, or -1. Common prefix and suffix are matched first, so
 * the table only covers the changed middle.
 */
export function matchSequences(a: readonly string[], b: readonly string[]): Int32Array {
  const match = new Int32Array(a.length).fill(-1);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) match[head] = head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) match[--tailA] = --tailB;
  matchMiddle(a, b, { startA: head, endA: tailA, startB: head, endB: tailB }, match);
  return match;
}

interface Window {
  readonly startA: number;
  readonly endA: number;
  readonly startB: number;
  readonly endB: number;
}

function matchMiddle(a: readonly string[], b: readonly string[], window: Window, match: Int32Array): void {
  const rows = window.endA - window.startA;
  const columns = window.endB - window.startB;
  if (rows === 0 || columns === 0 || (rows + 1) * (columns + 1) > MAX_TABLE_CELLS) return;
  const lengths = suffixLengths(a, b, window);
  const width = columns + 1;
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (a[window.startA + i] === b[window.startB + j]) {
      match[window.startA + i] = window.startB + j;
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) i++;
    else j++;
  }
}

/** lengths[i][j]: LCS length of a[startA+i..endA) and b[startB+j..endB). */
function suffixLengths(a: readonly string[], b: readonly string[], window: Window): Uint32Array {
  const rows = window.endA - window.startA;
  const columns = window.endB - window.startB;
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      lengths[i * width + j] = a[window.startA + i] === b[window.startB + j]
        ? lengths[(i + 1) * width + j + 1] + 1
        : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  return lengths;
}

/** One change of a two-way diff: base[baseStart, baseEnd) became side[sideStart, sideEnd). */
export interface Change {
  readonly baseStart: number;
  readonly baseEnd: number;
  readonly sideStart: number;
  readonly sideEnd: number;
}

/** The changes that turn `base` into `side`, in order. */
export function changesBetween(base: readonly string[], side: readonly string[]): Change[] {
  const match = matchSequences(base, side);
  const changes: Change[] = [];
  let baseStart = 0;
  let sideStart = 0;
  for (let index = 0; index <= base.length; index++) {
    const sideIndex = index === base.length ? side.length : match[index];
    if (sideIndex === -1) continue;
    if (index > baseStart || sideIndex > sideStart) changes.push({ baseStart, baseEnd: index, sideStart, sideEnd: sideIndex });
    baseStart = index + 1;
    sideStart = sideIndex + 1;
  }
  return changes;
}
