import assert from 'node:assert/strict';
import { retainerHoverAt, retainerSummary } from '../../src/core/summary/retainer-summary';
import { standingOf } from '../../src/core/summary/client-standing';
import { day, lineOf, parseClient, recordText, TODAY } from '../helpers/ledger-text';

const summary = (frontmatter: string[], log: string[]) => retainerSummary(parseClient(recordText(frontmatter, log)), day(TODAY));

describe('the retainer\'s use in the lens, the hover and the tree', () => {
  it('says the hours used of the hours bought this period, and what is left or over', () => {
    assert.equal(summary(['retainer_hours: 10/month'], ['2026-11-02 work 7h']), '7h of 10h used this month · 3h left');
    assert.equal(summary(['retainer_hours: 10/month'], ['2026-11-02 work 12h30m']), '12h 30m of 10h used this month · 2h 30m over');
    assert.equal(summary(['retainer_hours: 10/month'], ['2026-11-02 work 10h']), '10h of 10h used this month · nothing left');
    assert.equal(summary(['retainer_hours: 7.5/week'], ['2026-11-13 work 2h', '2026-11-16 work 1h']), '1h of 7h 30m used this week · 6h 30m left');
    assert.equal(summary([], ['2026-11-02 work 7h']), undefined);
  });

  it('is the hover of the retainer_hours key and of the work entries of the period, and of no other line', () => {
    const text = recordText(['retainer_hours: 10/month'], ['2026-10-30 work 2h', '2026-11-02 work 7h', '2026-11-03 email to Jo', '2026-11-23 work 1h']);
    const client = parseClient(text);
    const hover = (needle: string) => retainerHoverAt(client, lineOf(text, needle), day(TODAY));
    assert.equal(hover('retainer_hours:'), '7h of 10h used this month · 3h left');
    assert.equal(hover('2026-11-02 work'), '7h of 10h used this month · 3h left');
    for (const other of ['2026-10-30 work', '2026-11-03 email', '2026-11-23 work', 'client: Acme']) assert.equal(hover(other), undefined, other);
  });

  it('is part of the client\'s standing in the tree', () => {
    const client = parseClient(recordText(['retainer_hours: 10/month', 'deposit: none', 'agreement: a.pdf'], ['2026-11-19 work 7h30m', '2026-11-19 email from Jo']));
    assert.equal(standingOf(client, [], day(TODAY)).description, 'all good · 7h 30m of 10h this month');
  });
});
