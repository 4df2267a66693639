import { formatDay } from '../values/calendar-day';
import { formatMoney } from '../values/money';
import { chargedFeeProblems, type ChargedFeeProblem } from '../derive/late-fee';
import { replaceFeeAmount } from '../edits/log-edits';
import { isEditable } from '../edits/record-actions';
import type { LateFeeEntry } from '../model';
import { finding, type Rule } from './rule';

export const lateFeeNotAllowed: Rule = {
  id: 'late-fee-not-allowed',
  severity: 'warning',
  scope: 'every-client',
  summary: 'A late fee is charged that the agreement does not allow, or above what it allows.',
  fixes(found, client, _text, today) {
    const charged = chargedFeeProblems(client, today).find(({ entry }) => entry.range.start.line === found.range.start.line);
    if (!isEditable(client) || charged?.problem.kind !== 'too-high' || charged.problem.remainder.minor === 0) return [];
    const { remainder } = charged.problem;
    const edit = replaceFeeAmount(charged.entry, client.currency, remainder);
    return [edit && { title: `Charge the ${formatMoney(remainder)} the agreement still allows on ${charged.entry.invoiceId}`, preferred: true, edit }];
  },
  check(client, context) {
    return chargedFeeProblems(client, context.today).map(({ entry, problem }) => {
      const subject = problem.kind === 'unknown-invoice' || problem.kind === 'other-currency' ? undefined : { invoiceId: entry.invoiceId };
      return finding(this, entry.range, `${formatMoney(entry.amount)} late fee on ${entry.invoiceId}: ${reason(entry, problem)}`, { subject });
    });
  },
};

function reason(entry: LateFeeEntry, problem: ChargedFeeProblem): string {
  switch (problem.kind) {
    case 'no-policy': return `the agreement has no late fee (${problem.none ? 'late_fee: none' : 'no late_fee in the record'}): remove the fee, or add the late_fee the agreement sets`;
    case 'unknown-invoice': return `no invoice ${entry.invoiceId} is in the log: name the invoice the fee is charged on`;
    case 'other-currency': return `the invoice is in ${problem.currency}: charge the fee in the invoice's currency`;
    case 'policy-currency': return `the agreement's late fee is in another currency than the invoice (${problem.invoice.entry.amount.currency}), so it allows none on it`;
    case 'in-grace': return `dated before the grace period ended: the agreement allows a fee from ${formatDay(problem.fee.from)}`;
    case 'too-high':
      return `the fees charged on it up to ${formatDay(entry.date)} total ${formatMoney(problem.chargedSoFar)}, ` +
        `but the agreement allows ${formatMoney(problem.fee.accrued)} by then: charge ${formatMoney(problem.remainder)} at most`;
  }
}
