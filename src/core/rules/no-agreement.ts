import { finding, keyRange, type Rule } from './rule';
import { keyAction } from '../edits/record-actions';
import { setKey } from '../edits/frontmatter-edits';

export const noAgreement: Rule = {
  id: 'no-agreement',
  severity: 'hint',
  scope: 'relationship',
  summary: '`agreement` is missing.',
  fixes: (_finding, client, text) => [keyAction('Add the written agreement (agreement:)', setKey(client, text, 'agreement', `agreements/${client.id}.pdf`), true)],
  check(client) {
    if (client.agreement) return [];
    return [finding(this, keyRange(client, 'client'), 'No written agreement: add agreement, a path or a link to the signed terms')];
  },
};
