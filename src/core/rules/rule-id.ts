/**
 * Every rule's id, as a diagnostic, `snooze`, the docs and the settings name it: a typo in a
 * comparison or a step is a type error. Each id has a file of its own in this folder.
 */
export const RULE_ID_LIST = [
  'invoice-overdue', 'no-contact', 'awaiting-reply', 'reply-owed', 'slow-payer', 'first-late-payment', 'no-deposit-policy', 'deposit-not-received',
  'no-backup-contact', 'no-agreement', 'scope-creep', 'after-hours', 'relationship-at-risk', 'hold-expired', 'notice-period-over',
  'minimum-hours-unbilled', 'frontmatter-invalid', 'entry-malformed', 'entry-in-future', 'log-out-of-order', 'invoice-duplicate',
  'payment-unknown-invoice', 'invoice-overpaid', 'key-unknown', 'file-unreadable', 'merge-conflict', 'client-id-duplicate',
  'document-client-unknown', 'late-fee-not-allowed', 'retainer-nearly-used', 'retainer-exceeded',
] as const;

export type RuleId = (typeof RULE_ID_LIST)[number];
