import assert from 'node:assert/strict';
import { weeklyHoursOf } from '../../src/core/report/weekly-hours';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

// Today 2026-11-20 is a Friday: the current week starts Monday 2026-11-16, the complete weeks
// before it on 2026-11-09, 2026-11-02, 2026-10-26 and 2026-10-19.
const LOG = [
  '2026-10-26 work 2h', //     week of 10-26 (Monday)
  '2026-11-01 work 2h30m', //  week of 10-26 (its Sunday): 120 + 150 = 270 minutes
  '2026-11-02 work 1h', //     week of 11-02
  '2026-11-08 work 30m', //    week of 11-02 (Sunday): 60 + 30 = 90 minutes
  '2026-11-09 work 5h', //     week of 11-09: 300 minutes
  '2026-11-16 work 3h', //     the current week: not shown
];

describe('report: hours worked per week', () => {
  it('sums work Monday to Sunday for the last N complete weeks, from since, against minimum_hours', () => {
    // since 2026-10-20: the week of 10-19 starts before it and is left out, as the rule does
    const client = parseClient(recordText(['since: 2026-10-20', 'minimum_hours: 4.5'], LOG));
    assert.deepEqual(weeklyHoursOf(client, day(TODAY), 4), {
      minimumMinutes: 270, // 4.5 x 60
      weeks: [
        { monday: day('2026-10-26'), minutes: 270, belowMinimum: false }, // exactly the minimum
        { monday: day('2026-11-02'), minutes: 90, belowMinimum: true },
        { monday: day('2026-11-09'), minutes: 300, belowMinimum: false },
      ],
    });
  });

  it('shows only the last N weeks', () => {
    const client = parseClient(recordText(['since: 2026-10-20', 'minimum_hours: 4.5'], LOG));
    assert.deepEqual(weeklyHoursOf(client, day(TODAY), 2).weeks.map((week) => week.monday), [day('2026-11-02'), day('2026-11-09')]);
  });

  it('shows no minimum and no week below for minimum_hours: 0', () => {
    const client = parseClient(recordText(['since: 2026-10-20', 'minimum_hours: 0'], LOG));
    const hours = weeklyHoursOf(client, day(TODAY), 4);
    assert.equal(hours.minimumMinutes, undefined);
    assert.ok(hours.weeks.every((week) => !week.belowMinimum));
  });

  it('never marks a week below without minimum_hours', () => {
    const client = parseClient(recordText(['since: 2026-10-01'], LOG));
    assert.deepEqual(weeklyHoursOf(client, day(TODAY), 4), {
      weeks: [
        { monday: day('2026-10-19'), minutes: 0, belowMinimum: false },
        { monday: day('2026-10-26'), minutes: 270, belowMinimum: false },
        { monday: day('2026-11-02'), minutes: 90, belowMinimum: false },
        { monday: day('2026-11-09'), minutes: 300, belowMinimum: false },
      ],
    });
  });
});
