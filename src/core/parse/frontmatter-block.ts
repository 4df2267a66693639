import type { ReadProblem } from '../model';
import { lineRange } from './source-text';

/** Where the YAML frontmatter sits: lines [start, end) hold the YAML; `end` is the closing `---` line. */
export interface FrontmatterBlock {
  readonly start: number;
  readonly end: number;
}

export type FrontmatterSplit =
  | { kind: 'none' }
  | { kind: 'yaml'; block: FrontmatterBlock }
  | { kind: 'invalid'; problem: ReadProblem };

const OPENING = /^---([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSING = /^---[ \t]*$/;

/**
 * Finds the frontmatter: a first line `---` or `---yaml`, up to the next `---` line. Any other
 * language (`---js`...) is refused without being read: a ledger file never runs code.
 */
export function splitFrontmatter(lines: readonly string[]): FrontmatterSplit {
  const opening = OPENING.exec(lines[0] ?? '');
  if (!opening) return { kind: 'none' };
  const language = opening[1]?.toLowerCase();
  if (language !== undefined && language !== 'yaml') {
    return invalid(
      lines[0].length,
      `Frontmatter in "${opening[1]}" is not read: only YAML frontmatter (---) is allowed, and a ledger file never runs code`,
    );
  }
  for (let line = 1; line < lines.length; line++) {
    if (CLOSING.test(lines[line])) return { kind: 'yaml', block: { start: 1, end: line } };
  }
  return invalid(lines[0].length, 'Frontmatter opened on line 1 is never closed: add a line with only --- after it');
}

function invalid(width: number, message: string): FrontmatterSplit {
  return { kind: 'invalid', problem: { rule: 'frontmatter-invalid', range: lineRange(0, 0, width), message } };
}

const CLIENT_LINE = /^client[ \t]*:(?:[ \t]|$)/;
const DOCUMENT_LINE = /^document[ \t]*:(?:[ \t]|$)/;

/**
 * Whether frontmatter that cannot be read looks like a client record's: a top-level `client:`
 * line and no `document:` line, up to the closing `---` (or the end of a block never closed).
 */
export function looksLikeClientRecord(lines: readonly string[]): boolean {
  let client = false;
  for (let line = 1; line < lines.length && !CLOSING.test(lines[line]); line++) {
    if (DOCUMENT_LINE.test(lines[line])) return false;
    client ||= CLIENT_LINE.test(lines[line]);
  }
  return client;
}
