import { finding, keyRange, type Rule } from './rule';

export const noAgreement: Rule = {
  id: 'no-agreement',
  severity: 'hint',
  scope: 'relationship',
  summary: '`agreement` is missing.',
  check(client) {
    if (client.agreement) return [];
    return [finding(this, keyRange(client, 'client'), 'No written agreement: add agreement, a path or a link to the signed terms')];
  },
};
