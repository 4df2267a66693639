import type { SourceRange } from '../model';
import { lineRange, splitLines } from '../parse/source-text';

/**
 * Where a relative path written in a ledger file may lead (an `agreement:` value, a document's
 * path in a note), as path segments from the workspace folder: first from the folder holding the
 * file, as a markdown link there would be read (`agreements/acme.pdf` in `clients/acme.md` is
 * `clients/agreements/acme.pdf`), then from the workspace folder (`agreements/acme.pdf` beside
 * `clients/`). A candidate that would leave the workspace folder (`../../x`) is dropped; an
 * absolute path, a link with a scheme (`https:`, `file:`) or a drive, or a path with a NUL gives
 * none. `fileFolder` is the file's folder as segments from the workspace folder.
 */
export function pathCandidates(written: string, fileFolder: readonly string[]): string[][] {
  const path = written.trim();
  if (path === '' || path.includes('\0') || /^[\\/]/.test(path) || /^[A-Za-z][\w+.-]*:/.test(path)) return [];
  const parts = path.split(/[\\/]/);
  const candidates: string[][] = [];
  for (const base of [fileFolder, []]) {
    const resolved = resolve(base, parts);
    if (resolved && resolved.length > 0 && !candidates.some((other) => other.join('/') === resolved.join('/'))) candidates.push(resolved);
  }
  return candidates;
}

/** A path named in text: its 1-based range and the path as written. */
export interface WrittenPath {
  readonly range: SourceRange;
  readonly path: string;
}

/**
 * The relative paths of markdown files a text names as words: `peak-consulting/2026-10-14-termination.md`,
 * `clients/acme/2026-11-20-salvage-plan.md`, `./notes.md`, anywhere on any line (a log entry's
 * note, prose, a document's checklist). Words in a markdown link's target (`[letter](x.md)`) are
 * left out: the editor's markdown support links those already. A path ends at a space, a quote,
 * a bracket or a backtick, and a final `.`, `,`, `;` or `:` is not part of it.
 */
export function markdownPathsIn(text: string): WrittenPath[] {
  const found: WrittenPath[] = [];
  splitLines(text).forEach((line, index) => {
    if (!/\.md/i.test(line)) return;
    for (const match of line.matchAll(PATH_WORD)) {
      const start = match.index;
      if (line.slice(Math.max(0, start - 2), start) === '](' || line[start - 1] === '<') continue;
      found.push({ range: lineRange(index, start, start + match[0].length), path: match[0] });
    }
  });
  return found;
}

/** A word of path characters ending in `.md` (any case), not inside a longer word. */
const PATH_WORD = /(?<![^\s([{"'`*_>|])[^\s()[\]{}<>"'`*|]*\.md(?=$|[\s)\]}"'`*_|]|[.,;:!?](?:$|\s))/giu;

/** `parts` from `base`, `.` and `..` resolved; undefined when it climbs above the workspace folder. */
function resolve(base: readonly string[], parts: readonly string[]): string[] | undefined {
  const segments = [...base];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(part);
  }
  return segments;
}
