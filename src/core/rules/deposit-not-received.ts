import { formatMoney } from '../values/money';
import { upTo } from '../derive/entry-time';
import type { DepositEntry } from '../model';
import { finding, keyRange, type Rule } from './rule';

export const depositNotReceived: Rule = {
  id: 'deposit-not-received',
  severity: 'warning',
  scope: 'relationship',
  summary: '`deposit` is an amount but no deposit entry (or not enough) is logged.',
  check(client, context) {
    const required = client.deposit;
    if (required === undefined || required === 'none') return [];
    const deposits = upTo(client.entries, context.today).filter(
      (entry): entry is DepositEntry => entry.kind === 'deposit' && entry.amount.currency === required.currency,
    );
    const received = deposits.reduce((sum, entry) => sum + entry.amount.minor, 0);
    if (deposits.length > 0 && received >= required.minor) return [];
    const message = deposits.length === 0
      ? `Deposit of ${formatMoney(required)} required but none logged: ask for it before more work, then log "- DATE deposit ${formatMoney(required)}"`
      : `Deposit of ${formatMoney(required)} required but only ${formatMoney({ minor: received, currency: required.currency })} logged: ask for the rest`;
    return [finding(this, keyRange(client, 'deposit'), message)];
  },
};
