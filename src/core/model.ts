import type { RuleId } from './rules/rule-id';
import type { Day } from './values/calendar-day';
import type { Duration } from './values/duration';
import type { LateFeePolicy } from './values/late-fee-policy';
import type { Money } from './values/money';
import type { WorkingHours } from './values/working-hours';
import type { RetainerHours } from './values/retainer-hours';
import type { ThresholdOverrides } from './thresholds';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** 1-based line and column (UTF-16 code units, as editors count them). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

export const STATUSES = ['prospect', 'active', 'at-risk', 'salvage', 'on-hold', 'terminating', 'former'] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of a working relationship: the relationship checks, plans and letters are for them. */
export const RELATIONSHIP_STATUSES: ReadonlySet<string> = new Set<Status>(['active', 'at-risk', 'salvage']);

/** Where a frontmatter key sits: the key itself and its whole value. */
export interface KeyPlace {
  readonly key: SourceRange;
  readonly value: SourceRange;
}

export interface Contact {
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly backup?: string;
}

export const COMMUNICATION_KINDS = ['email', 'call', 'message', 'meeting', 'postcard', 'letter'] as const;
export type CommunicationKind = (typeof COMMUNICATION_KINDS)[number];
export const ENTRY_KINDS = [
  ...COMMUNICATION_KINDS,
  'invoice', 'payment', 'deposit', 'work', 'request', 'issue', 'feedback', 'hold', 'resume', 'notice', 'note', 'late-fee',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

interface EntryBase {
  /** The item's first line: `line` 1-based, `start` at the date, `end` at the end of the line. */
  readonly range: SourceRange;
  readonly date: Day;
  /** Minutes since midnight, when the entry has a time. */
  readonly time?: number;
  readonly tags: readonly string[];
  /** Everything after the first `: `. */
  readonly text: string;
  /** The item's first line as written, from the date on. */
  readonly source: string;
}

export interface CommunicationEntry extends EntryBase {
  readonly kind: CommunicationKind;
  readonly direction: 'to' | 'from' | 'with';
  readonly who?: string;
}
export interface InvoiceEntry extends EntryBase {
  readonly kind: 'invoice';
  readonly id: string;
  readonly amount: Money;
  readonly due?: Day;
}
export interface PaymentEntry extends EntryBase {
  readonly kind: 'payment';
  readonly invoiceId?: string;
  readonly amount: Money;
}
/** A late fee actually charged on an invoice. */
export interface LateFeeEntry extends EntryBase {
  readonly kind: 'late-fee';
  readonly invoiceId: string;
  readonly amount: Money;
}
export interface DepositEntry extends EntryBase {
  readonly kind: 'deposit';
  readonly amount: Money;
}
export interface WorkEntry extends EntryBase {
  readonly kind: 'work';
  readonly minutes: number;
}
export interface RequestEntry extends EntryBase {
  readonly kind: 'request';
  readonly who?: string;
}
export interface FeedbackEntry extends EntryBase {
  readonly kind: 'feedback';
  readonly direction: 'to' | 'from';
  readonly who?: string;
}
export interface HoldEntry extends EntryBase {
  readonly kind: 'hold';
  readonly until?: Day;
}
export interface NoticeEntry extends EntryBase {
  readonly kind: 'notice';
  readonly who?: string;
  readonly end?: Day;
}
export interface PlainEntry extends EntryBase {
  readonly kind: 'issue' | 'resume' | 'note';
}

export type LogEntry =
  | CommunicationEntry | InvoiceEntry | PaymentEntry | DepositEntry | WorkEntry
  | RequestEntry | FeedbackEntry | HoldEntry | NoticeEntry | PlainEntry | LateFeeEntry;

/** A problem found while reading a file; the rule modules turn these into findings. */
export interface ReadProblem {
  readonly rule: Extract<RuleId, 'frontmatter-invalid' | 'entry-malformed' | 'key-unknown' | 'file-unreadable' | 'merge-conflict'>;
  readonly range: SourceRange;
  readonly message: string;
  /** Other lines the problem is about (a conflict's separator and end markers). */
  readonly related?: readonly RelatedPlace[];
  /** The repairs the reader can name ("did you mean email?"), offered as quick fixes. */
  readonly fixes?: readonly ProblemFix[];
}

/** A repair of a read problem: replacements of 1-based ranges (end exclusive) of the text that was read. */
export interface ProblemFix {
  readonly title: string;
  readonly edits: readonly { readonly range: SourceRange; readonly newText: string }[];
  /** The obvious repair (a typo's one suggestion), as opposed to one of several choices. */
  readonly preferred?: boolean;
}

export interface ClientRecord {
  readonly type: 'client';
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly status: Status;
  readonly since?: Day;
  readonly contact?: Contact;
  readonly currency: string;
  readonly rate?: string;
  readonly termsDays: number;
  readonly notice: Duration;
  readonly deposit?: Money | 'none';
  readonly retainer?: Money | 'none';
  /** The late fee the agreement allows (`late_fee`). */
  readonly lateFee?: LateFeePolicy | 'none';
  readonly minimumHours?: number;
  /** What the retainer buys: hours a week or a month (`retainer_hours`). */
  readonly retainerHours?: RetainerHours;
  readonly services: readonly string[];
  readonly agreement?: string;
  readonly hours?: WorkingHours;
  readonly holdUntil?: Day;
  readonly noticeGiven?: Day;
  readonly end?: Day;
  readonly thresholds: ThresholdOverrides;
  readonly owner?: string;
  /** Rule id to the last day (inclusive) it stays silent. */
  readonly snooze: ReadonlyMap<string, Day>;
  /** Places of the top-level keys, and of nested ones as `contact.backup`. */
  readonly places: ReadonlyMap<string, KeyPlace>;
  /** The log entries in file order. */
  readonly entries: readonly LogEntry[];
  readonly problems: readonly ReadProblem[];
  /** Where the frontmatter and the log sit, for edits. */
  readonly layout: RecordLayout;
}

export interface RecordLayout {
  /** 1-based line of the closing `---` of the frontmatter. */
  readonly frontmatterEnd: number;
  /** 1-based line of the first `Log` heading. */
  readonly headingLine?: number;
  /** The log's items in file order: 1-based first line and last line (nested notes included). */
  readonly items: readonly { readonly line: number; readonly endLine: number }[];
  readonly lineCount: number;
}

export interface DocumentRecord {
  readonly type: 'document';
  readonly file: string;
  readonly kind: string;
  readonly clientId: string;
  readonly created?: Day;
  /** The document's checkboxes (`- [ ] ...`), in file order. */
  readonly steps: readonly DocumentStep[];
  readonly places: ReadonlyMap<string, KeyPlace>;
  readonly problems: readonly ReadProblem[];
}

/** One checkbox of a drafted document: `- [ ] 2026-11-22: call ...` or `- [x] Access revoked`. */
export interface DocumentStep {
  /** 1-based line of the item. */
  readonly line: number;
  readonly done: boolean;
  /** The text after the checkbox, without a leading `YYYY-MM-DD:`. */
  readonly text: string;
  /** The day a step that starts with `YYYY-MM-DD:` is due. */
  readonly due?: Day;
}

/** A file that could not be read as a record, or whose frontmatter is unusable. */
export interface BrokenFile {
  readonly type: 'broken';
  readonly file: string;
  readonly problems: readonly ReadProblem[];
  /**
   * The id, when the unreadable frontmatter looks like a client record's (a top-level `client:`
   * line, no `document:`): the record is still listed, as unreadable, under its file name.
   */
  readonly clientId?: string;
}

export interface IgnoredFile {
  readonly type: 'ignored';
  readonly file: string;
}

export type LedgerFile = ClientRecord | DocumentRecord | BrokenFile | IgnoredFile;

export interface RelatedPlace {
  readonly range: SourceRange;
  readonly message: string;
}

/** What a finding is about, beyond its place: what its fixes act on. */
export type FindingSubject = { readonly invoiceId: string };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly range: SourceRange;
  /** Other lines the finding rests on (earlier attempts, late invoices, evidence). */
  readonly related?: readonly RelatedPlace[];
  readonly subject?: FindingSubject;
}

/** What ledger-wide rules need of a client record. */
export interface ClientRef {
  readonly id: string;
  readonly file: string;
  readonly keyRange: SourceRange;
}

/** What ledger-wide rules need of a document. */
export interface DocumentRef {
  readonly file: string;
  readonly clientId: string;
  readonly clientRange?: SourceRange;
}

export interface FileFindings {
  readonly file: string;
  readonly findings: readonly Finding[];
}
