const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * The whitespace-separated words of source[0..end), with `#tags` taken out (lower-cased, without
 * the `#`). Splits like `split(/\s+/)` but without the regular expression, since every log entry
 * of the ledger goes through here. `starts`, when given, receives each word's offset in source,
 * and `tagStarts` each tag's.
 */
export function headWords(source: string, end: number, starts?: number[], tagStarts?: number[]): { words: string[]; tags: readonly string[] } {
  const words: string[] = [];
  let tags: string[] | undefined;
  let index = 0;
  while (index < end) {
    while (index < end && isSpace(source.charCodeAt(index))) index++;
    if (index === end) break;
    const start = index;
    while (index < end && !isSpace(source.charCodeAt(index))) index++;
    const word = source.slice(start, index);
    if (isTagWord(source, start, index)) {
      (tags ??= []).push(word.slice(1).toLowerCase());
      tagStarts?.push(start);
    } else {
      words.push(word);
      starts?.push(start);
    }
  }
  return { words, tags: tags ?? NO_TAGS };
}

/** Whether a word is a `#tag` (read lower-cased). */
export function isTag(word: string): boolean {
  return isTagWord(word, 0, word.length);
}

/** Whether source[start..end) is a `#tag`: `#` then one or more ASCII letters, digits, `_` or `-`. */
export function isTagWord(source: string, start: number, end: number): boolean {
  if (end - start < 2 || source.charCodeAt(start) !== 0x23) return false;
  for (let index = start + 1; index < end; index++) {
    const code = source.charCodeAt(index);
    const word = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x2d;
    if (!word) return false;
  }
  return true;
}

/** The characters of `\s` in a JavaScript regular expression. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
