import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { documentContext } from '../../src/core/documents/document-facts';
import { loadMarkdownWriter, type MarkdownWriter } from '../../src/core/documents/markdown-writer';
import { paymentReminder } from '../../src/core/documents/payment-reminder';
import type { ClientRecord } from '../../src/core/model';
import { agingOf, addAging } from '../../src/core/report/aging';
import { clientReport } from '../../src/core/report/portfolio-report';
import { clientDetailHtml } from '../../src/core/report/report-html';
import { standingOf } from '../../src/core/summary/client-standing';
import { invoiceAtLine, invoiceSummaryLines } from '../../src/core/summary/invoice-summary';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const ROOT = resolve(__dirname, '../../..');
const BRIGHTSIDE_TEXT = readFileSync(resolve(ROOT, 'examples/ledger/clients/brightside-dental.md'), 'utf8');
const brightside = parseClient(BRIGHTSIDE_TEXT, 'clients/brightside-dental.md');

/**
 * The sample's Brightside Dental, 1.5% monthly after 30 days, max 10%, on 2026-11-20: BD-023
 * ($1,250.00 due 09-15) from 10-16 and 11-16, 2 × $18.75 = $37.50, $18.75 charged; BD-024 ($750.00
 * open since the $500 of 10-30, due 10-15) from 11-15, 1.5% of $750.00 = $11.25; BD-025 (due
 * 11-16) not before 12-17. $48.75 in all.
 */
describe('late fees in the views', () => {
  it('the invoice hover gives the fee the agreement allows and what is charged so far', () => {
    const lines = invoiceSummaryLines(invoiceAtLine(brightside, lineOf(BRIGHTSIDE_TEXT, 'invoice BD-023'), day(TODAY))!);
    assert.equal(lines[lines.length - 1], 'Late fee under the agreement: $37.50 (1.5% a month after 30 days, max $125.00); charged so far: $18.75');
    const bd024 = invoiceSummaryLines(invoiceAtLine(brightside, lineOf(BRIGHTSIDE_TEXT, 'invoice BD-024'), day(TODAY))!);
    assert.equal(bd024[bd024.length - 1], 'Late fee under the agreement: $11.25 (1.5% a month after 30 days, max $125.00); none charged yet');
    const bd025 = invoiceSummaryLines(invoiceAtLine(brightside, lineOf(BRIGHTSIDE_TEXT, 'invoice BD-025'), day(TODAY))!);
    assert.equal(bd025[bd025.length - 1], 'Late fee under the agreement: from 2026-12-17 (1.5% a month after 30 days, max $125.00)');
  });

  it('the hover says nothing of fees without a policy', () => {
    const text = recordText([], ['2026-09-01 invoice INV-1 $1,250.00 due 2026-09-15']);
    const lines = invoiceSummaryLines(invoiceAtLine(parseClient(text), lineOf(text, 'invoice INV-1'), day(TODAY))!);
    assert.ok(lines.every((line) => !line.includes('Late fee')), lines.join('\n'));
  });

  it('the standing gives each open invoice its late fee, for the tree', () => {
    const open = standingOf(brightside, [], day(TODAY)).openInvoices;
    assert.deepEqual(open.map((item) => [item.invoice.entry.id, item.lateFee?.minor]), [['BD-023', 3750], ['BD-024', 1125], ['BD-025', undefined]]);
  });

  it('the aging has the late fees in a column of their own, never in the buckets or the total', () => {
    const [row] = agingOf(brightside, day(TODAY));
    assert.deepEqual(row, { currency: 'USD', buckets: { current: 0, '1-30': 125000, '31-60': 75000, '61-90': 125000, 'over-90': 0 }, total: 325000, lateFees: 4875 });
    assert.deepEqual(addAging([row, row]).map((sum) => [sum.total, sum.lateFees]), [[650000, 9750]]);
  });

  it('the report shows the late fees per client and as the aging table\'s last column', () => {
    const html = clientDetailHtml(clientReport(brightside, [], day(TODAY)));
    assert.match(html, /<th>Late fees accrued on open invoices<\/th><td>\$48\.75<\/td>/);
    assert.match(html, /<th class="money">Total<\/th><th class="money">Late fees<\/th>/);
    assert.match(html, /data-bucket="total" data-value="325000"><strong>\$3,250\.00<\/strong><\/td><td class="money" data-metric="late-fees" data-value="4875">\$48\.75<\/td>/);
  });

  describe('the payment reminder', () => {
    let write: MarkdownWriter;
    before(async () => {
      write = await loadMarkdownWriter();
    });
    const reminder = (client: ClientRecord, id: string, today = TODAY) => write(paymentReminder(client, id, documentContext(client, day(today)))!);

    it('states the fee once the grace period is over, with how it is computed, and how to log it', () => {
      const text = reminder(brightside, 'BD-023');
      assert.match(text, /A late fee of \$37\.50 applies under our agreement \(1\.5% of the open amount for each month from 2026-10-16, at most \$125\.00\)\./);
      assert.match(text, /If you charge the late fee: log it as `late-fee BD-023 \$18\.75`/);
    });

    it('before the grace period is over, says from when a fee applies', () => {
      assert.match(reminder(brightside, 'BD-025'), /Under our agreement, a late fee of 1\.5% of the open amount a month applies if the invoice is still unpaid on 2026-12-17 \(at most \$125\.00\)\./);
    });

    it('a flat fee charged once', () => {
      const client = parseClient(recordText(['late_fee: $25 after 14 days'], ['2026-10-01 invoice INV-1 $400 due 2026-10-15']));
      assert.match(reminder(client, 'INV-1'), /A late fee of \$25\.00 applies under our agreement \(\$25\.00, once, from 2026-10-30\)\./);
    });

    it('never mentions a fee when the record has no policy, or late_fee: none', () => {
      for (const front of [[], ['late_fee: none']]) {
        const client = parseClient(recordText(front, ['2026-09-01 invoice INV-1 $1,250.00 due 2026-09-15']));
        assert.doesNotMatch(reminder(client, 'INV-1'), /late fee/i);
      }
    });
  });
});
