import assert from 'node:assert/strict';
import { lineOf, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, relatedLines, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'slow-payer';

const INVOICES = [
  '2026-08-01 invoice INV-1 $100 due 2026-08-15',
  '2026-09-01 invoice INV-2 $100 due 2026-09-15',
  '2026-10-01 invoice INV-3 $100 due 2026-10-15',
];
/** INV-1 10 days late, INV-2 4 days late, INV-3 on time. */
const TWO_LATE = [...INVOICES, '2026-08-25 payment INV-1 $100', '2026-09-19 payment INV-2 $100', '2026-10-10 payment INV-3 $100'];

function payments(inv2: string, frontmatter: readonly string[] = []): string {
  return recordText(frontmatter, [...INVOICES, '2026-08-25 payment INV-1 $100', inv2, '2026-10-10 payment INV-3 $100']);
}

describe('rule slow-payer', () => {
  it('fires at the client key with the count, the average days late and the next step; relates the late invoices', () => {
    const text = recordText([], TWO_LATE);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, at(text, 'client: Acme', 1));
    assertMessage(finding, '2 of the last 3 paid invoices were paid late', 'on average 7 days late', 'deposit or retainer', 'payment plan');
    assert.deepEqual(relatedLines(finding), [lineOf(text, 'invoice INV-1'), lineOf(text, 'invoice INV-2')]);
    const related = finding.related!.map((place) => place.message).sort();
    assert.match(related[0], /INV-1 paid 2026-08-25, 10 days after it was due/);
    assert.match(related[1], /INV-2 paid 2026-09-19, 4 days after it was due/);
  });

  it('does not fire when every invoice was paid on time', () => {
    const text = recordText([], [...INVOICES, '2026-08-15 payment INV-1 $100', '2026-09-10 payment INV-2 $100', '2026-10-10 payment INV-3 $100']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('fires at 2 late of 3 (INV-2 paid 1 day after its due date)', () => {
    assertMessage(only(ruleFindings(RULE, payments('2026-09-16 payment INV-2 $100'))), '2 of the last 3 paid invoices');
  });

  it('does not fire at 1 late of 3 (INV-2 paid on its due date is on time)', () => {
    assert.deepEqual(ruleFindings(RULE, payments('2026-09-15 payment INV-2 $100')), []);
  });

  it('looks only at the last 3 paid invoices', () => {
    const text = recordText([], [...TWO_LATE, '2026-10-15 invoice INV-4 $100 due 2026-10-29', '2026-10-29 payment INV-4 $100']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('does not count unpaid invoices', () => {
    const text = recordText([], [...INVOICES, '2026-08-25 payment INV-1 $100']);
    assert.deepEqual(ruleFindings(RULE, text), []);
  });

  it('takes the day the last part payment made the whole as the day paid', () => {
    const late = payments('2026-09-10 payment INV-2 $50\n- 2026-09-19 payment INV-2 $50');
    assertMessage(only(ruleFindings(RULE, late)), 'on average 7 days late');
    assert.deepEqual(ruleFindings(RULE, payments('2026-09-10 payment INV-2 $50\n- 2026-09-15 payment INV-2 $50')), []);
  });

  it('applies a payment without an ID to the oldest open invoice', () => {
    assertMessage(only(ruleFindings(RULE, payments('2026-09-19 payment $100'))), '2 of the last 3', 'on average 7 days late');
  });

  it('does not count a payment dated after today', () => {
    const text = payments('2026-11-25 payment INV-2 $100');
    assert.deepEqual(ruleFindings(RULE, text), []);
    assertMessage(only(ruleFindings(RULE, text, '2026-11-25')), '2 of the last 3');
  });

  describe('thresholds', () => {
    const oneLate = (frontmatter: readonly string[]) => payments('2026-09-10 payment INV-2 $100', frontmatter);
    it('fires at 1 late of 3 with the client threshold slow-payer: 1', () => {
      assertMessage(only(ruleFindings(RULE, oneLate(['thresholds:', '  slow-payer: 1']))), '1 of the last 3 paid invoices');
    });
    it('does not fire at 1 of the last 2 with the client threshold slow-payer: 2 of 2', () => {
      assert.deepEqual(ruleFindings(RULE, recordText(['thresholds:', '  slow-payer: 2 of 2'], TWO_LATE)), []);
    });
    it('fires at 2 of the last 4 with the client threshold slow-payer: 2 of 4', () => {
      const text = recordText(['thresholds:', '  slow-payer: 2 of 4'], [...TWO_LATE, '2026-10-15 invoice INV-4 $100 due 2026-10-29', '2026-10-29 payment INV-4 $100']);
      assertMessage(only(ruleFindings(RULE, text)), '2 of the last 4 paid invoices');
    });
    it('does not fire at 2 late of 3 with the setting slow-payer: 3', () => {
      assert.deepEqual(ruleFindings(RULE, recordText([], TWO_LATE), undefined, { thresholds: { 'slow-payer': 3 } }), []);
    });
    it('fires at 1 late of 3 with the setting slow-payer: 1', () => {
      assert.equal(ruleFindings(RULE, oneLate([]), undefined, { thresholds: { 'slow-payer': 1 } }).length, 1);
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, [], TWO_LATE);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', [], TWO_LATE);
  });
});
