import { readProblemRule } from './read-problems';

export const fileUnreadable = readProblemRule(
  'file-unreadable',
  'error',
  'A file in the ledger that could not be read as UTF-8 text (binary, another encoding, or an I/O error).',
);
