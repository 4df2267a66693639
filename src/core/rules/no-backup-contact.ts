import { finding, keyRange, type Rule } from './rule';

export const noBackupContact: Rule = {
  id: 'no-backup-contact',
  severity: 'hint',
  scope: 'relationship',
  summary: '`contact.backup` is missing.',
  check(client) {
    if (client.contact?.backup) return [];
    const message = 'No backup contact: add contact.backup, a second way to reach the client when the first goes silent';
    return [finding(this, keyRange(client, 'contact', 'client'), message)];
  },
};
