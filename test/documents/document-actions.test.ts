import assert from 'node:assert/strict';
import { documentsAt } from '../helpers/actions-at';
import { documentRequestsForClient, documentTitle, draftRecordUpdate } from '../../src/core/documents/document-actions';
import { applyEdits } from '../../src/core/edits/text-edit';
import { day, lineOf, parseClient, recordText } from '../helpers/ledger-text';

describe('document actions', () => {
  const text = recordText(['status: active   # since spring', 'notice: 1 month'], ['2026-09-01 invoice A-1 $100 due 2026-09-15']);
  const client = parseClient(text);

  it('offers the documents the issue names for each finding', () => {
    const titles = (rule: string, line = 0) => documentsAt(rule, line, client, day('2026-11-20')).map(documentTitle);
    assert.deepEqual(titles('invoice-overdue', lineOf(text, 'invoice A-1')), ['Draft a payment reminder for A-1', 'Create a salvage plan', 'Draft a termination letter']);
    assert.deepEqual(titles('awaiting-reply'), ['Create a salvage plan']);
    assert.deepEqual(titles('scope-creep'), ['Draft a termination letter']);
    assert.deepEqual(titles('relationship-at-risk'), ['Create a salvage plan', 'Draft a termination letter']);
    assert.deepEqual(titles('no-agreement'), []);
    assert.deepEqual(titles('reply-owed'), ['Create a salvage plan']);
    assert.deepEqual(titles('notice-period-over'), ['Draft a look back (lessons learned)']);
  });

  it('offers no plan or letter to a client who is not in a relationship any more', () => {
    for (const status of ['terminating', 'former', 'on-hold', 'prospect']) {
      const otherText = recordText([`status: ${status}`], ['2026-09-01 invoice A-1 $100 due 2026-09-15']);
      assert.deepEqual(documentsAt('invoice-overdue', lineOf(otherText, 'invoice A-1'), parseClient(otherText), day('2026-11-20')).map(documentTitle), ['Draft a payment reminder for A-1'], status);
    }
    const former = parseClient(recordText(['status: former'], ['2026-09-01 invoice A-1 $100 due 2026-09-15']));
    assert.deepEqual(documentRequestsForClient(former, day('2026-11-20')).map(documentTitle), ['Draft a look back (lessons learned)', 'Draft a payment reminder for A-1']);
  });

  it('offers reminders only for overdue invoices in the tree', () => {
    assert.deepEqual(documentRequestsForClient(client, day('2026-11-20')).map(documentTitle), ['Create a salvage plan', 'Draft a termination letter', 'Draft a payment reminder for A-1']);
    assert.deepEqual(documentRequestsForClient(client, day('2026-09-10')).map(documentTitle), ['Create a salvage plan', 'Draft a termination letter']);
  });

  it('updates the record after a termination letter: status in place, notice_given and end added', () => {
    const update = draftRecordUpdate({ kind: 'termination' }, client, text, day('2026-01-31'));
    assert.ok(update);
    assert.equal(update.keys, 'status: terminating, notice_given: 2026-01-31, end: 2026-02-28');
    const after = applyEdits(text, update.edit.edits);
    assert.equal(after, text.replace('status: active   # since spring\nnotice: 1 month\n---', 'status: terminating   # since spring\nnotice: 1 month\nnotice_given: 2026-01-31\nend: 2026-02-28\n---'));
    const record = parseClient(after);
    assert.equal(record.status, 'terminating');
    assert.equal(record.problems.length, 0);
  });

  it('sets salvage after a salvage plan, and offers nothing when the record already says so', () => {
    const after = applyEdits(text, draftRecordUpdate({ kind: 'salvage-plan' }, client, text, day('2026-11-20'))!.edit.edits);
    assert.equal(parseClient(after).status, 'salvage');
    assert.equal(draftRecordUpdate({ kind: 'salvage-plan' }, parseClient(after), after, day('2026-11-20')), undefined);
    assert.equal(draftRecordUpdate({ kind: 'payment-reminder', invoiceId: 'A-1' }, client, text, day('2026-11-20')), undefined);
    assert.equal(draftRecordUpdate({ kind: 'lessons-learned' }, client, text, day('2026-11-20')), undefined);
    const terminated = applyEdits(text, draftRecordUpdate({ kind: 'termination' }, client, text, day('2026-11-20'))!.edit.edits);
    assert.equal(draftRecordUpdate({ kind: 'termination' }, parseClient(terminated), terminated, day('2026-11-20')), undefined);
  });
});
