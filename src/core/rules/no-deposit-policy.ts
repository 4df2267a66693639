import { finding, keyRange, type Rule } from './rule';

export const noDepositPolicy: Rule = {
  id: 'no-deposit-policy',
  severity: 'info',
  scope: 'relationship',
  summary: 'Neither a deposit nor a retainer is set.',
  check(client) {
    if (client.deposit !== undefined || client.retainer !== undefined) return [];
    const message = 'No deposit or retainer policy: set deposit or retainer (an amount, or none if you decided against one)';
    return [finding(this, keyRange(client, 'client'), message)];
  },
};
