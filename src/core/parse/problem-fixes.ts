import type { ProblemFix, SourceRange } from '../model';

/** `Replace "emial" with "email"`: the one suggestion a typo's message names. */
export function replaceFix(range: SourceRange, written: string, suggestion: string): ProblemFix {
  return { title: `Replace "${written}" with "${suggestion}"`, edits: [{ range, newText: suggestion }], preferred: true };
}

/** `Rename hold-until to hold_until`: a key renamed to the known key it looks like. */
export function renameKeyFix(range: SourceRange, key: string, suggestion: string, prefix = ''): ProblemFix {
  return { title: `Rename ${prefix}${key} to ${prefix}${suggestion}`, edits: [{ range, newText: suggestion }], preferred: true };
}
