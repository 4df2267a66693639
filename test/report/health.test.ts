import assert from 'node:assert/strict';
import type { Finding, Severity } from '../../src/core/model';
import { clientHealth, healthOf } from '../../src/core/report/health';
import type { RuleId } from '../../src/core/rules/rule-id';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

function finding(rule: RuleId, severity: Severity, line: number): Finding {
  const position = { line, column: 1 };
  return { rule, severity, message: `${rule} says so`, range: { start: position, end: position } };
}

describe('report: health signal', () => {
  it('is green with no findings, or only infos and hints', () => {
    assert.deepEqual(healthOf([]), { signal: 'green', reasons: [] });
    assert.deepEqual(healthOf([finding('no-agreement', 'hint', 2), finding('no-deposit-policy', 'info', 2)]), { signal: 'green', reasons: [] });
  });

  it('is amber with a warning, which is its reason', () => {
    assert.deepEqual(healthOf([finding('no-agreement', 'hint', 2), finding('no-contact', 'warning', 2)]), {
      signal: 'amber',
      reasons: [{ rule: 'no-contact', severity: 'warning', message: 'no-contact says so', line: 2 }],
    });
  });

  it('is red with an error, the red reasons first', () => {
    const health = healthOf([finding('scope-creep', 'warning', 20), finding('invoice-overdue', 'error', 30), finding('invoice-overdue', 'info', 31)]);
    assert.equal(health.signal, 'red');
    assert.deepEqual(health.reasons.map((reason) => [reason.rule, reason.severity, reason.line]), [['invoice-overdue', 'error', 30], ['scope-creep', 'warning', 20]]);
  });

  it('is red when relationship-at-risk fires, though it is a warning', () => {
    const health = healthOf([finding('after-hours', 'warning', 9), finding('relationship-at-risk', 'warning', 3)]);
    assert.equal(health.signal, 'red');
    assert.deepEqual(health.reasons.map((reason) => reason.rule), ['relationship-at-risk', 'after-hours']);
  });

  it('comes from the record\'s findings', () => {
    const text = recordText(['status: former'], ['2026-08-01 invoice Z-1 $5 due 2026-08-02']);
    const health = clientHealth(parseClient(text), day(TODAY));
    assert.equal(health.signal, 'red');
    assert.deepEqual(health.reasons.map((reason) => [reason.rule, reason.line]), [['invoice-overdue', 10]]);
    assert.match(health.reasons[0].message, /^Invoice Z-1 \(\$5\.00 unpaid\) is 110 days overdue/);
  });
});
