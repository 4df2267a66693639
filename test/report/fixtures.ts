import { Ledger } from '../../src/core/ledger';
import { parseFile, recordText } from '../helpers/ledger-text';

// Small ledgers for the report tests; today is 2026-11-20 (TODAY).

/** A healthy record: no finding at all on TODAY. */
export const HEALTHY = recordText(['client: Bea', 'deposit: none', 'agreement: a.pdf', 'contact:', '  backup: Bo'], [
  '2026-10-01 invoice B-1 $300 due 2026-10-15',
  '2026-10-10 payment B-1 $300',
  '2026-11-16 email to Bea',
  '2026-11-19 email from Bea',
]);

/** Former, owes euros: listed, aged, not counted in the health totals. */
export const FORMER = recordText(['client: amy', 'status: former', 'currency: EUR'], ['2026-10-01 invoice E-1 250 due 2026-10-15']);

/** An invoice 110 days overdue: red. */
export const OVERDUE = recordText(['client: Zed'], ['2026-08-01 invoice Z-1 $5 due 2026-08-02']);

export function sampleLedger(): Ledger {
  return new Ledger([
    parseFile(OVERDUE, 'clients/zed.md'),
    parseFile(HEALTHY, 'clients/bea.md'),
    parseFile(FORMER, 'clients/archive/amy.md'),
    parseFile('---\ndocument: note\nclient: bea\n---\n', 'clients/bea/2026-11-01-note.md'),
    parseFile('# just notes\n', 'clients/README.md'),
  ]);
}

/** A name and a file name that would be markup if they were not escaped. */
export const HOSTILE_NAME = `<script>alert('pwned')</script> & "Sons" | Co`;
export const HOSTILE_FILE = `clients/a"b<i>&'c.md`;

/**
 * H-1: dated Sep 1, due Sep 15, paid Sep 25: 24 days to pay, 10 days late.
 * H-2: $400 due Oct 15, open: 36 days overdue on Nov 20 (31-60).
 * DSO: 400 open; invoiced Aug 23 - Nov 20: 1,250 + 400 = 1,650; 400 x 90 / 1,650 = 21.8 days.
 * Email Sep 2, call from Sam Sep 4: 2 days. Work 3h in the week of Nov 9, minimum 2h.
 */
export const HOSTILE = recordText([`client: "${HOSTILE_NAME.replace(/"/g, '\\"')}"`, 'since: 2026-09-01', 'minimum_hours: 2'], [
  '2026-09-01 invoice H-1 $1,250 due 2026-09-15',
  '2026-09-02 email to Sam',
  '2026-09-04 call from Sam',
  '2026-09-25 payment H-1 $1,250',
  '2026-10-01 invoice H-2 $400 due 2026-10-15',
  '2026-11-10 work 3h',
]);

export function hostileLedger(): Ledger {
  return new Ledger([parseFile(HOSTILE, HOSTILE_FILE), parseFile(FORMER, 'clients/archive/amy.md')]);
}
