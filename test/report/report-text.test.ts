import assert from 'node:assert/strict';
import { daysText, formatDays } from '../../src/core/report/report-text';

describe('report: figures as text', () => {
  it('writes days with at most one decimal', () => {
    assert.equal(formatDays(17), '17');
    assert.equal(formatDays(44 / 3), '14.7');
    assert.equal(formatDays(-2.25), '-2.2');
    assert.equal(formatDays(-0.04), '0');
    assert.equal(formatDays(undefined), 'n/a');
    assert.equal(daysText(1), '1 day');
    assert.equal(daysText(0), '0 days');
    assert.equal(daysText(2 / 3), '0.7 days');
  });
});
