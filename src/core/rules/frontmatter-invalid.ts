import { readProblemRule } from './read-problems';

export const frontmatterInvalid = readProblemRule(
  'frontmatter-invalid',
  'error',
  'The frontmatter does not parse as YAML, or a value has the wrong form.',
);
