import assert from 'node:assert/strict';
import { responseTimesOf } from '../../src/core/report/response-times';
import { day, parseClient, recordText, TODAY } from '../helpers/ledger-text';

describe('report: response times', () => {
  const log = [
    '2026-11-02 email to Jo', //                   A1, answered by C1: Nov 2 -> 5 = 3 days
    '2026-11-04 10:15 call to Jo #no-answer', //   A2, an attempt too, answered by C1: 1 day
    '2026-11-05 email from Jo', //                 C1
    '2026-11-09 09:00 message from Jo', //         C2, before A3 on the same day
    '2026-11-09 14:00 email to Jo', //             A3, after C2; answered by C3: Nov 9 -> 12 = 3 days
    '2026-11-12 request from Jo', //               C3: a request is contact
    '2026-11-13 email to Jo', //                   A4, answered the same day by C4: 0 days
    '2026-11-13 email from Jo', //                 C4 (no times: not before A4)
    '2026-11-14 note: called the printer',
    '2026-11-15 feedback to Jo', //                not contact from the client
    '2026-11-16 email to Jo', //                   A5, answered by C5: Nov 16 -> 18 = 2 days
    '2026-11-17 call from Jo #no-answer', //       not contact
    '2026-11-18 feedback from Jo', //              C5
    '2026-11-19 email to Jo', //                   A6, no reply yet
    '2026-11-25 email from Jo', //                 after today: not counted
  ];

  it('gives the days from each of your messages to the client\'s next contact, in date order', () => {
    const result = responseTimesOf(parseClient(recordText([], log)), day(TODAY));
    assert.deepEqual(
      result.times.map((time) => [time.kind, time.sent, time.replied, time.days]),
      [
        ['email', day('2026-11-02'), day('2026-11-05'), 3],
        ['call', day('2026-11-04'), day('2026-11-05'), 1],
        ['email', day('2026-11-09'), day('2026-11-12'), 3],
        ['email', day('2026-11-13'), day('2026-11-13'), 0],
        ['email', day('2026-11-16'), day('2026-11-18'), 2],
      ],
    );
    assert.equal(result.averageDays, (3 + 1 + 3 + 0 + 2) / 5);
    assert.equal(result.waiting, 1);
  });

  it('has no average without replies', () => {
    assert.deepEqual(responseTimesOf(parseClient(recordText([], ['2026-11-10 email to Jo'])), day(TODAY)), { times: [], waiting: 1 });
    assert.deepEqual(responseTimesOf(parseClient(recordText([], ['2026-11-10 email from Jo'])), day(TODAY)), { times: [], waiting: 0 });
  });

  it('pairs messages logged out of order by their dates', () => {
    const text = recordText([], ['2026-11-10 meeting with Jo', '2026-11-03 letter to Jo']);
    // letter Nov 3, meeting Nov 10: 7 days
    assert.deepEqual(responseTimesOf(parseClient(text), day(TODAY)), {
      times: [{ sent: day('2026-11-03'), kind: 'letter', replied: day('2026-11-10'), days: 7 }],
      averageDays: 7,
      waiting: 0,
    });
  });
});
