export const OURS_MARKER = '<<<<<<< ours';
export const SEPARATOR_MARKER = '=======';
export const THEIRS_MARKER = '>>>>>>> theirs';

/** Git-style conflict lines around the two versions of one region. */
export function conflictLines(ours: readonly string[], theirs: readonly string[]): string[] {
  return [OURS_MARKER, ...ours, SEPARATOR_MARKER, ...theirs, THEIRS_MARKER];
}

export interface MergedLines {
  readonly lines: string[];
  readonly conflicts: number;
}
