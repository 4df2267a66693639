import assert from 'node:assert/strict';
import { documentInvoiceAt, rangeHolds, writtenPathCandidates } from '../../src/core/navigation/navigation-targets';
import { parseClient, recordText } from '../helpers/ledger-text';

describe('what navigation finds under the cursor', () => {
  const range = { start: { line: 2, column: 5 }, end: { line: 3, column: 2 } };

  it('a range holds the positions between its ends, the ends included', () => {
    assert.deepEqual([[2, 5], [2, 99], [3, 1], [3, 2]].map(([line, column]) => rangeHolds(range, { line, column })), [true, true, true, true]);
    assert.deepEqual([[2, 4], [1, 9], [3, 3], [4, 1]].map(([line, column]) => rangeHolds(range, { line, column })), [false, false, false, false]);
  });

  it('an invoice ID in the body of a document about the client, not in its frontmatter', () => {
    const record = parseClient(recordText([], ['2026-10-01 invoice A-1 $450']));
    const text = '---\ndocument: statement\nclient: acme\nnote: A-1\n---\n\nOpen: A-1, (a-1).\n';
    assert.equal(documentInvoiceAt(text, record, { line: 4, column: 8 }), undefined);
    const found = documentInvoiceAt(text, record, { line: 7, column: 14 });
    assert.equal(found?.names.id, 'A-1');
    assert.deepEqual(found?.range, { start: { line: 7, column: 13 }, end: { line: 7, column: 16 } });
    assert.equal(documentInvoiceAt(text, record, { line: 7, column: 2 }), undefined);
    assert.equal(documentInvoiceAt(text, record, { line: 99, column: 1 }), undefined);
  });

  it('a written path from the file\'s folder, then from the workspace folder, never out of it', () => {
    assert.deepEqual(writtenPathCandidates('/work', '/work/clients/acme.md', 'agreements/acme.pdf'), [['clients', 'agreements', 'acme.pdf'], ['agreements', 'acme.pdf']]);
    assert.deepEqual(writtenPathCandidates('/work/', '/work/clients/acme.md', '../../x.pdf'), []);
    assert.deepEqual(writtenPathCandidates('/work', '/elsewhere/acme.md', 'x.pdf'), []);
  });
});
