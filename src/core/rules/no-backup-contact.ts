import { finding, keyRange, type Rule } from './rule';
import { keyAction } from '../edits/record-actions';
import { addBackupContact } from '../edits/frontmatter-edits';

export const noBackupContact: Rule = {
  id: 'no-backup-contact',
  severity: 'hint',
  scope: 'relationship',
  summary: '`contact.backup` is missing.',
  fixes: (_finding, client, text) => [keyAction('Add a backup contact (contact.backup:)', addBackupContact(client, text, 'name, phone or email'), true)],
  check(client) {
    if (client.contact?.backup) return [];
    const message = 'No backup contact: add contact.backup, a second way to reach the client when the first goes silent';
    return [finding(this, keyRange(client, 'contact', 'client'), message)];
  },
};
