import assert from 'node:assert/strict';
import type { DocumentRecord } from '../../src/core/model';
import { documentFolds, recordFolds } from '../../src/core/navigation/folding';
import { splitLines } from '../../src/core/parse/source-text';
import { lineOf, parseClient, parseFile, recordText } from '../helpers/ledger-text';

const FRONT = ['client: Acme', 'contact:', '  name: Jane', '  email: jane@example.com', 'services:', '  - inbox', '  - calendar', 'terms: net 14'];
const LOG = [
  '2026-09-01 invoice A-1 $100',
  '2026-10-01 invoice A-2 $100\n  - sent with the October report',
  '2026-10-02 email to Jane',
  '2026-10-20 call with Jane: went through the report\n  - she wants it monthly\n    - on the first Monday',
  '2026-11-01 invoice A-3 $100\n  - the last one before the new rate',
  '2026-11-02 note: that is all',
];
const text = recordText(FRONT, LOG);

/** `start-end` of each fold, by the first words of its lines. */
function folds(words: [string, string][]): string[] {
  return words.map(([start, end]) => `${lineOf(text, start)}-${lineOf(text, end)}`);
}

describe('folding a client record', () => {
  const found = recordFolds(parseClient(text)).map((fold) => `${fold.start}-${fold.end}`);

  it('folds the frontmatter and each key whose value is a block', () => {
    assert.deepEqual(found.slice(0, 3), [`1-${FRONT.length + 2}`, ...folds([['contact:', 'email:'], ['services:', '- calendar']])]);
  });

  it('folds each month of the log from its first entry, and each entry with nested notes', () => {
    assert.deepEqual(found.slice(3), folds([
      ['invoice A-2', 'on the first Monday'],
      ['invoice A-3', 'that is all'],
      ['call with Jane', 'on the first Monday'],
    ]));
  });

  it('a month of one line does not fold; its first entry folds with it, once', () => {
    assert.ok(!found.includes(`${lineOf(text, 'invoice A-1')}-${lineOf(text, 'invoice A-1')}`));
    assert.ok(!found.includes(folds([['invoice A-2', 'sent with the October']])[0]), 'the month starting on that line folds instead');
    assert.equal(new Set(found.map((fold) => fold.split('-')[0])).size, found.length, 'one fold per first line');
  });

  it('folds a drafted document\'s frontmatter', () => {
    const document = ['---', 'document: termination', 'client: acme', '---', '', '# Ending', '', '- [ ] call'].join('\n');
    const file = parseFile(document, 'clients/acme/2026-11-20-termination.md') as DocumentRecord;
    assert.deepEqual(documentFolds(splitLines(document), file.places), [{ start: 1, end: 4 }]);
    assert.deepEqual(documentFolds(['no frontmatter'], new Map()), []);
  });
});
