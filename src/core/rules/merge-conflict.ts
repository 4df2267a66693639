import { readProblemRule } from './read-problems';

export const mergeConflict = readProblemRule(
  'merge-conflict',
  'error',
  'Unresolved merge conflict markers (<<<<<<<, =======, >>>>>>>) left in a record or document.',
);
