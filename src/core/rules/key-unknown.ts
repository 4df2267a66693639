import { readProblemRule } from './read-problems';

export const keyUnknown = readProblemRule(
  'key-unknown',
  'hint',
  'A frontmatter key, threshold or snoozed rule id that looks like a typo of a known one.',
);
