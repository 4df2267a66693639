import { afterHours } from './after-hours';
import { awaitingReply } from './awaiting-reply';
import { clientIdDuplicate } from './client-id-duplicate';
import { depositNotReceived } from './deposit-not-received';
import { documentClientUnknown } from './document-client-unknown';
import { entryInFuture } from './entry-in-future';
import { entryMalformed } from './entry-malformed';
import { fileUnreadable } from './file-unreadable';
import { firstLatePayment } from './first-late-payment';
import { frontmatterInvalid } from './frontmatter-invalid';
import { holdExpired } from './hold-expired';
import { invoiceDuplicate } from './invoice-duplicate';
import { invoiceOverdue } from './invoice-overdue';
import { invoiceOverpaid } from './invoice-overpaid';
import { keyUnknown } from './key-unknown';
import { lateFeeNotAllowed } from './late-fee-not-allowed';
import { mergeConflict } from './merge-conflict';
import { logOutOfOrder } from './log-out-of-order';
import { minimumHoursUnbilled } from './minimum-hours-unbilled';
import { noAgreement } from './no-agreement';
import { noBackupContact } from './no-backup-contact';
import { noContact } from './no-contact';
import { noDepositPolicy } from './no-deposit-policy';
import { noticePeriodOver } from './notice-period-over';
import { paymentUnknownInvoice } from './payment-unknown-invoice';
import { relationshipAtRisk } from './relationship-at-risk';
import { replyOwed } from './reply-owed';
import { retainerExceeded } from './retainer-exceeded';
import { retainerNearlyUsed } from './retainer-nearly-used';
import type { Rule } from './rule';
import { scopeCreep } from './scope-creep';
import { slowPayer } from './slow-payer';

/** Rules that look at one client record. */
export const CLIENT_RULES: readonly Rule[] = [
  invoiceOverdue, noContact, awaitingReply, replyOwed, slowPayer, firstLatePayment, noDepositPolicy, depositNotReceived, noBackupContact,
  noAgreement, scopeCreep, afterHours, relationshipAtRisk, holdExpired, noticePeriodOver, minimumHoursUnbilled,
  frontmatterInvalid, entryMalformed, entryInFuture, logOutOfOrder, invoiceDuplicate, paymentUnknownInvoice,
  invoiceOverpaid, keyUnknown, lateFeeNotAllowed, retainerNearlyUsed, retainerExceeded,
];

/** Every rule id with its default severity, including the ones about files and the ledger as a whole. */
export const ALL_RULES: readonly Pick<Rule, 'id' | 'severity' | 'summary'>[] = [
  ...CLIENT_RULES, fileUnreadable, mergeConflict, clientIdDuplicate, documentClientUnknown,
];

export const RULE_IDS: readonly string[] = ALL_RULES.map((rule) => rule.id);

/** A client rule by its id. */
export function clientRule(id: string): Rule | undefined {
  return CLIENT_RULES.find((rule) => rule.id === id);
}

export { RELATIONSHIP_STATUSES } from '../model';

export { fileUnreadable, frontmatterInvalid, keyUnknown, clientIdDuplicate, documentClientUnknown, mergeConflict };
