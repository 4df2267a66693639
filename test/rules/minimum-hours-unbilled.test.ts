import assert from 'node:assert/strict';
import { check, parseClient, recordText, ruleFindings } from '../helpers/ledger-text';
import { assertMessage, at, only, snoozeCases, statusCases } from '../helpers/rule-cases';

const RULE = 'minimum-hours-unbilled';
// Today 2026-11-20 is a Friday; the last complete week is Monday 2026-11-09 to Sunday 2026-11-15.
const ONE_WEEK = ['minimum_hours: 5', 'since: 2026-11-09'];

describe('rule minimum-hours-unbilled', () => {
  it('fires at the minimum_hours key (info) naming the short week and what was logged', () => {
    const text = recordText(ONE_WEEK, ['2026-11-10 work 4h59m: inbox']);
    const finding = only(ruleFindings(RULE, text));
    assert.equal(finding.severity, 'info');
    assert.deepEqual(finding.range.start, at(text, 'minimum_hours:', 1));
    assertMessage(finding, '1 of the last 4 weeks', 'below the 5h weekly minimum', 'week of 2026-11-09 (4h 59m logged)', 'bill the minimum');
  });

  it('does not fire when the week reaches the minimum exactly (work adds up)', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(ONE_WEEK, ['2026-11-10 work 3h', '2026-11-15 work 2h'])), []);
  });

  it('does not fire when the week is above the minimum', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(ONE_WEEK, ['2026-11-11 work 7.5h'])), []);
  });

  it('counts work on the Sunday in the week', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(ONE_WEEK, ['2026-11-15 work 5h'])), []);
  });

  it('does not count work of the current week for the past one', () => {
    const finding = only(ruleFindings(RULE, recordText(ONE_WEEK, ['2026-11-16 work 5h'])));
    assertMessage(finding, 'week of 2026-11-09 (0m logged)');
  });

  it('does not check the current, incomplete week', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['minimum_hours: 5', 'since: 2026-11-16'])), []);
  });

  it('does not check weeks before since', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['minimum_hours: 5', 'since: 2026-11-10'])), []);
  });

  it('does not fire without minimum_hours', () => {
    assert.deepEqual(ruleFindings(RULE, recordText(['since: 2026-10-01'], ['2026-11-10 work 1h'])), []);
  });

  it('reads minimum_hours: 0 as no minimum: no finding, no frontmatter error', () => {
    for (const zero of ['0', '0.0', '0.00']) {
      const findings = check(recordText([`minimum_hours: ${zero}`, 'since: 2026-10-01'], ['2026-11-10 work 1h']));
      assert.deepEqual(findings.filter((finding) => finding.rule === RULE || finding.rule === 'frontmatter-invalid'), [], zero);
    }
    assert.equal(parseClient(recordText(['minimum_hours: 0'])).minimumHours, undefined);
  });

  it('still refuses values that are not hours a week', () => {
    for (const bad of ['-1', '169', '2.555', 'ten']) {
      const [invalid] = check(recordText([`minimum_hours: ${bad}`])).filter((finding) => finding.rule === 'frontmatter-invalid');
      assertMessage(invalid, 'minimum_hours must be a number of hours per week from 0 (no minimum) to 168', `not "${bad}"`);
    }
  });

  it('lists every short week of the last 4', () => {
    const text = recordText(['minimum_hours: 5', 'since: 2026-10-01'], ['2026-10-20 work 6h', '2026-11-03 work 2h', '2026-11-10 work 5h']);
    assertMessage(only(ruleFindings(RULE, text)), '2 of the last 4 weeks', 'week of 2026-10-26 (0m logged)', 'week of 2026-11-02 (2h logged)');
  });

  describe('thresholds (weeks looked back)', () => {
    const lastWeekOnly = ['2026-11-10 work 5h'];
    it('looks back 4 weeks by default', () => {
      assertMessage(only(ruleFindings(RULE, recordText(['minimum_hours: 5', 'since: 2026-10-01'], lastWeekOnly))), '3 of the last 4 weeks');
    });
    it('looks back 1 week with the client threshold minimum-hours-unbilled: 1', () => {
      const text = recordText(['minimum_hours: 5', 'since: 2026-10-01', 'thresholds:', '  minimum-hours-unbilled: 1'], lastWeekOnly);
      assert.deepEqual(ruleFindings(RULE, text), []);
    });
    it('looks back 1 week with the setting minimum-hours-unbilled: 1', () => {
      const text = recordText(['minimum_hours: 5', 'since: 2026-10-01'], lastWeekOnly);
      assert.deepEqual(ruleFindings(RULE, text, undefined, { thresholds: { 'minimum-hours-unbilled': 1 } }), []);
    });
    it('looks back 2 weeks with the setting minimum-hours-unbilled: 2', () => {
      const text = recordText(['minimum_hours: 5', 'since: 2026-10-01'], lastWeekOnly);
      assertMessage(only(ruleFindings(RULE, text, undefined, { thresholds: { 'minimum-hours-unbilled': 2 } })), '1 of the last 2 weeks', 'week of 2026-11-02');
    });
  });

  describe('snooze', () => {
    snoozeCases(RULE, ONE_WEEK, []);
  });

  describe('status', () => {
    statusCases(RULE, 'relationship', ONE_WEEK, []);
  });
});
