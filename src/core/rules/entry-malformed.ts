import { readProblemRule } from './read-problems';

export const entryMalformed = readProblemRule(
  'entry-malformed',
  'warning',
  'A log item without a date, with an unknown kind, or with a bad date, time, amount or duration.',
);
