import assert from 'node:assert/strict';
import { applyEdits } from '../../src/core/edits/text-edit';
import { nameRefusal, renameInDocument, renameInvoice, type RenameResult } from '../../src/core/navigation/invoice-rename';
import { lineOf, parseClient, recordText } from '../helpers/ledger-text';

function renamed(text: string, id: string, newName: string): string {
  const result = renameInvoice(parseClient(text), id, newName);
  assert.ok('edit' in result, 'refused' in result ? result.refused : '');
  return applyEdits(text, result.edit.edits);
}

function refusal(result: RenameResult): string {
  assert.ok('refused' in result, 'expected a refusal');
  return result.refused;
}

describe('renaming an invoice ID (renameInvoice)', () => {
  const log = [
    '2026-10-01 invoice INV-1 $450 due 2026-10-15  ',
    '2026-10-02 invoice INV-2 $100',
    '2026-10-16 email to Jane: reminder for inv-1 (not INV-10)',
    '2026-10-20 payment INV-1 $200',
    '2026-10-21 late-fee inv-1 $10: on INV-1.',
    '2026-10-24 invoice INV-1 $50: a slip',
  ];
  const text = recordText(['deposit: none   # a comment'], log);

  it('replaces the ID word in every entry that names it, every other character kept', () => {
    assert.equal(renamed(text, 'INV-1', 'BD-001'), recordText(['deposit: none   # a comment'], [
      '2026-10-01 invoice BD-001 $450 due 2026-10-15  ',
      '2026-10-02 invoice INV-2 $100',
      '2026-10-16 email to Jane: reminder for BD-001 (not INV-10)',
      '2026-10-20 payment BD-001 $200',
      '2026-10-21 late-fee BD-001 $10: on BD-001.',
      '2026-10-24 invoice BD-001 $50: a slip',
    ]));
  });

  it('from any of its spellings, and to itself in another case', () => {
    assert.equal(renamed(text, 'inv-1', 'Inv-1'), renamed(text, 'INV-1', 'Inv-1'));
    assert.match(renamed(text, 'INV-1', 'inv-1'), /invoice inv-1 \$450/);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const crlf = `\ufeff${text.replace(/\n/g, '\r\n')}`;
    assert.equal(renamed(crlf, 'INV-1', 'X.1'), `\ufeff${renamed(text, 'INV-1', 'X.1').replace(/\n/g, '\r\n')}`);
  });

  it('refuses a name that is no invoice ID', () => {
    for (const name of ['', 'INV 1', '-1', '.x', 'INV#1', 'INV:1', 'ÉCU-1']) {
      assert.match(refusal(renameInvoice(parseClient(text), 'INV-1', name)), /is not an invoice ID: use letters, digits/, name);
    }
    assert.equal(nameRefusal('A_b.1-2'), undefined);
  });

  it('refuses the ID of another invoice of the record, in any case', () => {
    assert.equal(refusal(renameInvoice(parseClient(text), 'INV-1', 'inv-2')),
      `Invoice INV-2 on line ${lineOf(text, 'invoice INV-2')} already has the ID inv-2: invoice IDs are unique in a record, ignoring case`);
  });

  it('refuses what is not an invoice of the record', () => {
    assert.equal(refusal(renameInvoice(parseClient(text), 'INV-10', 'X')), 'INV-10 is not an invoice ID of this record');
  });

  it('refuses a name that would change what an entry says', () => {
    const payment = recordText([], ['2026-10-01 invoice INV-1 450', '2026-10-02 payment INV-1 450']);
    assert.equal(refusal(renameInvoice(parseClient(payment), 'INV-1', 'EUR')),
      `Renaming INV-1 to EUR would change what line ${lineOf(payment, 'payment INV-1')} says ("2026-10-02 payment EUR 450"): choose another name`);
    const tagged = recordText([], ['2026-10-01 invoice INV-1 450', '2026-10-02 email to Jane #INV-1']);
    assert.match(refusal(renameInvoice(parseClient(tagged), 'INV-1', 'A.1')), new RegExp(`would change what line ${lineOf(tagged, '#INV-1')} says`), 'the tag would stop being one');
    assert.match(renamed(tagged, 'INV-1', 'A-1'), /email to Jane #A-1\n/);
  });

  it('refuses a record with merge conflict markers', () => {
    const conflicted = recordText([], ['2026-10-01 invoice INV-1 450', '2026-10-02 payment INV-1 450']).replace('## Log', '<<<<<<< ours\nrate: 1\n=======\nrate: 2\n>>>>>>> theirs\n\n## Log');
    assert.match(refusal(renameInvoice(parseClient(conflicted), 'INV-1', 'X')), /merge conflict markers/);
  });
});

describe('renaming an invoice ID in a document (renameInDocument)', () => {
  it('replaces the ID where the body names it, not in the frontmatter', () => {
    const text = ['---', 'document: payment-reminder', 'client: inv-1', '---', '', 'Invoice INV-1 (inv-1) is open; INV-10 is not.', ''].join('\r\n');
    assert.equal(applyEdits(text, renameInDocument(text, 'INV-1', 'B-7')), text.replace('INV-1 (inv-1)', 'B-7 (B-7)'));
  });
});
