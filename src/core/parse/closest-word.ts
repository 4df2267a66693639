/**
 * The known word a typo most likely meant: same letters ignoring case and `-`/`_`, or at most
 * two edits away (one for short words). Undefined when nothing is that close.
 */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  const wanted = normalise(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(wanted, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = wanted.length <= 4 ? 1 : 2;
  return bestDistance <= allowed && best !== word ? best : undefined;
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/[-_ ]/g, '');
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}
