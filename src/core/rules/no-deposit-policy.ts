import { finding, keyRange, type Rule } from './rule';
import { keyAction } from '../edits/record-actions';
import { setKey } from '../edits/frontmatter-edits';

export const noDepositPolicy: Rule = {
  id: 'no-deposit-policy',
  severity: 'info',
  scope: 'relationship',
  summary: 'Neither a deposit nor a retainer is set.',
  fixes: (_finding, client, text) => [
    keyAction('Add a deposit policy (deposit:)', setKey(client, text, 'deposit', 'none'), true),
    keyAction('Add a retainer (retainer:)', setKey(client, text, 'retainer', 'none')),
  ],
  check(client) {
    if (client.deposit !== undefined || client.retainer !== undefined) return [];
    const message = 'No deposit or retainer policy: set deposit or retainer (an amount, or none if you decided against one)';
    return [finding(this, keyRange(client, 'client'), message)];
  },
};
