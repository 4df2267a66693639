/**
 * One file or folder name that is safe on every platform the ledger may be checked out on, so
 * that a scaffold written under `<record folder>/<id>/` can never land anywhere else.
 */

/** Longest segment, in UTF-8 bytes; leaves room for `<date>-<kind>-` and `.md` under the usual 255. */
export const MAX_SEGMENT_BYTES = 100;

/**
 * Windows device names, reserved with any extension, in any case, and with spaces before the
 * extension, which Windows drops (`con`, `NUL.txt`, `COM1.md`, `CON  .tar.gz`).
 */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$|clock\$) *(?:\.[^]*)?$/i;

/**
 * Path separators, characters Windows forbids in names (`<>:"|?*`, which also stops drive
 * letters and alternate data streams), control characters (NUL included) and the invisible
 * direction overrides that can disguise a name.
 */
const UNSAFE_CHARACTERS = /[/\\<>:"|?*\u0000-\u001f\u007f\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Half of a UTF-16 pair without its other half: no file system stores it as written. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A single path segment for `text` (a client id, an invoice id): unsafe characters become `-`,
 * leading dots, spaces and dashes and trailing dots and spaces go (so `.`, `..`, hidden names and
 * names that read as command-line options are impossible, and Windows cannot silently trim a
 * name into another), Windows device names get a
 * `_` in front, and an over-long name is cut at a character boundary.
 *
 * Returns undefined (refuses) when nothing usable is left, e.g. for `..`, `/`, `...` or `""`.
 */
export function safeSegment(text: string): string | undefined {
  let segment = text.replace(LONE_SURROGATE, '-').normalize('NFC').replace(UNSAFE_CHARACTERS, '-');
  segment = trimEnds(segment);
  if (WINDOWS_RESERVED.test(segment)) segment = `_${segment}`;
  segment = trimEnds(truncateBytes(segment, MAX_SEGMENT_BYTES));
  return segment === '' ? undefined : segment;
}

/** Whether `text` is already a safe segment (nothing would change). */
export function isSafeSegment(text: string): boolean {
  return safeSegment(text) === text;
}

function trimEnds(text: string): string {
  return text.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
}

function truncateBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let result = '';
  let bytes = 0;
  for (const character of text) {
    const size = encoder.encode(character).length;
    if (bytes + size > max) break;
    result += character;
    bytes += size;
  }
  return result;
}
