import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { findOpenInvoice, paymentReminder, paymentReminderPath, reminderTone } from '../../src/core/documents/payment-reminder';
import type { ClientRecord } from '../../src/core/model';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');

function sample(id: string): ClientRecord {
  return parseClient(readFileSync(resolve(ROOT, 'examples/ledger/clients', `${id}.md`), 'utf8'), `clients/${id}.md`);
}

describe('payment reminder', () => {
  let write: MarkdownWriter;
  before(async () => {
    write = await loadMarkdownWriter();
  });
  const brightside = sample('brightside-dental');
  const reminder = (client: ClientRecord, invoiceId: string, today = TODAY) => {
    const tree = paymentReminder(client, invoiceId, documentContext(client, day(today)));
    return tree && write(tree);
  };

  it('is short and polite a few days overdue', () => {
    const text = reminder(brightside, 'BD-025')!;
    assert.match(text, /^# Payment reminder: invoice BD-025\n\n2026-11-20\n\nDear Dr\. Priya Nair,\n/);
    assert.match(text, /A friendly reminder that invoice BD-025, issued 2026-11-02 and due on 2026-11-16, is now 4 days overdue\. The amount open is \$1,250\.00\./);
    assert.match(text, /Could you let me know when I can expect the payment\?/);
    assert.doesNotMatch(text, /Please pay|payment plan|pause/i);
    assert.deepEqual(text.split('\n').filter((line) => line.startsWith('- [ ] ')), [
      '- [ ] Send it and log it as `email to Dr. Priya Nair: payment reminder for BD-025`.',
      '- [ ] When the payment arrives: log it as `payment BD-025 $1250.00`.',
    ]);
  });

  it('is firmer from 30 days overdue, and thanks for a part payment', () => {
    const text = reminder(brightside, 'BD-024')!;
    assert.match(text, /Invoice BD-024, issued 2026-10-01 and due on 2026-10-15, is now 36 days overdue\. The amount open is \$750\.00 \(of \$1,250\.00; thank you for the part already paid\)\./);
    assert.match(text, /Please pay the open \$750\.00 by 2026-11-27, or reply by then to tell me when it will be paid\./);
    assert.doesNotMatch(text, /friendly|instalment/i);
    assert.match(text, /^- \[ \] If there is no answer by 2026-11-23: follow up by phone\.$/m);
  });

  it('offers a payment plan from 60 days overdue', () => {
    const text = reminder(brightside, 'BD-023')!;
    assert.match(text, /is now 66 days overdue\. The amount open is \$1,250\.00\./);
    assert.match(text, /^- 3 monthly instalments: \$416\.68 on 2026-11-27, \$416\.66 on 2026-12-27, \$416\.66 on 2027-01-27$/m);
    assert.match(text, /^- 6 instalments twice a month: \$208\.35 on 2026-11-27, \$208\.33 on 2026-12-12, /m);
    assert.match(text, /^- \[ \] Once a plan is agreed: confirm it in writing, and log each instalment as a payment\.$/m);
  });

  it('finds the invoice whatever the case of its id, and names the file after it', () => {
    assert.match(reminder(brightside, 'bd-023')!, /# Payment reminder: invoice BD-023/);
    assert.equal(findOpenInvoice(brightside, 'Bd-024', day(TODAY))?.entry.id, 'BD-024');
    assert.deepEqual(paymentReminderPath(brightside, 'BD-023', day(TODAY)), ['brightside-dental', '2026-11-20-payment-reminder-BD-023.md']);
  });

  it('has nothing to say about an unknown or paid invoice', () => {
    assert.equal(reminder(brightside, 'BD-999'), undefined);
    assert.equal(reminder(brightside, 'BD-020'), undefined);
    assert.equal(reminder(brightside, 'BD-025', '2026-11-01'), undefined, 'not issued yet on that day');
  });

  it('reminds of a due date still ahead', () => {
    const client = parseClient(recordText(['contact:', '  name: Jo'], ['2026-11-10 invoice A-1 $80 due 2026-11-24']));
    assert.match(reminder(client, 'A-1')!, /A friendly reminder that invoice A-1, issued 2026-11-10, is due on 2026-11-24\. The amount open is \$80\.00\./);
  });

  it('changes tone at the invoice-overdue thresholds, the record\'s own included', () => {
    const client = parseClient(recordText([]));
    const context = documentContext(client, day(TODAY));
    assert.deepEqual([1, 29, 30, 59, 60, 400].map((days) => reminderTone(days, context)), ['friendly', 'friendly', 'firm', 'firm', 'firm-with-plan', 'firm-with-plan']);
    const strict = parseClient(recordText(['thresholds:', '  invoice-overdue: 7', '  invoice-overdue-error: 14'], ['2026-10-30 invoice A-1 $90 due 2026-11-05']));
    const text = reminder(strict, 'A-1')!;
    assert.match(text, /15 days overdue/);
    assert.match(text, /3 monthly instalments: \$30\.00 on 2026-11-27/);
  });
});
