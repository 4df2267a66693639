import type { ClientRecord, KeyPlace, LogEntry, ReadProblem, RecordLayout } from '../model';

/** UTF-8 cannot hold a lone surrogate: such a text is kept as it is. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The full parses of the records read last, so the rules of one check parse a log once. */
export class RecentParses {
  private readonly parses = new Map<CompactClient, ClientRecord>();

  constructor(readonly size: number) {}

  get(record: CompactClient): ClientRecord | undefined {
    const parse = this.parses.get(record);
    if (parse) {
      this.parses.delete(record);
      this.parses.set(record, parse);
    }
    return parse;
  }

  set(record: CompactClient, parse: ClientRecord): void {
    this.parses.set(record, parse);
    if (this.parses.size > this.size) this.parses.delete(this.parses.keys().next().value!);
  }
}

/**
 * A client record that keeps its facts and its text, and parses its log again when asked (the
 * editor at agency scale: a parsed record holds about 44 KB, its text a fifth of that). Reading
 * the same text again gives the same record, so what asks sees no difference.
 */
export class CompactClient implements ClientRecord {
  readonly type = 'client';
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly status: ClientRecord['status'];
  readonly since: ClientRecord['since'];
  readonly contact: ClientRecord['contact'];
  readonly currency: string;
  readonly rate: ClientRecord['rate'];
  readonly termsDays: number;
  readonly notice: ClientRecord['notice'];
  readonly deposit: ClientRecord['deposit'];
  readonly retainer: ClientRecord['retainer'];
  readonly minimumHours: ClientRecord['minimumHours'];
  readonly services: ClientRecord['services'];
  readonly agreement: ClientRecord['agreement'];
  readonly hours: ClientRecord['hours'];
  readonly holdUntil: ClientRecord['holdUntil'];
  readonly noticeGiven: ClientRecord['noticeGiven'];
  readonly end: ClientRecord['end'];
  readonly thresholds: ClientRecord['thresholds'];
  readonly owner: ClientRecord['owner'];
  readonly snooze: ClientRecord['snooze'];

  /**
   * Where the text is: read again from its file, or kept as UTF-8 bytes (outside the JavaScript
   * heap, which grows to twice what it holds), or as it is when it is not well formed.
   */
  private readonly source: Uint8Array | string | (() => string | undefined);

  constructor(parse: ClientRecord, text: string | (() => string | undefined), private readonly reparse: (text: string) => ClientRecord | undefined, private readonly recent: RecentParses) {
    this.source = typeof text === 'function' || LONE_SURROGATE.test(text) ? text : new TextEncoder().encode(text);
    this.file = parse.file;
    this.id = parse.id;
    this.name = parse.name;
    this.status = parse.status;
    this.since = parse.since;
    this.contact = parse.contact;
    this.currency = parse.currency;
    this.rate = parse.rate;
    this.termsDays = parse.termsDays;
    this.notice = parse.notice;
    this.deposit = parse.deposit;
    this.retainer = parse.retainer;
    this.minimumHours = parse.minimumHours;
    this.services = parse.services;
    this.agreement = parse.agreement;
    this.hours = parse.hours;
    this.holdUntil = parse.holdUntil;
    this.noticeGiven = parse.noticeGiven;
    this.end = parse.end;
    this.thresholds = parse.thresholds;
    this.owner = parse.owner;
    this.snooze = parse.snooze;
    recent.set(this, parse);
  }

  get places(): ReadonlyMap<string, KeyPlace> {
    return this.parse().places;
  }

  get entries(): readonly LogEntry[] {
    return this.parse().entries;
  }

  get problems(): readonly ReadProblem[] {
    return this.parse().problems;
  }

  get layout(): RecordLayout {
    return this.parse().layout;
  }

  private parse(): ClientRecord {
    let parse = this.recent.get(this);
    if (!parse) {
      const text = this.text();
      this.recent.set(this, (parse = (text === undefined ? undefined : this.reparse(text)) ?? this.withoutLog()));
    }
    return parse;
  }

  private text(): string | undefined {
    if (typeof this.source === 'function') return this.source();
    return typeof this.source === 'string' ? this.source : new TextDecoder().decode(this.source);
  }

  /**
   * Its text reads as the same record, unless the file changed after it was read (its change is
   * on its way) or is gone: were it then not a client, its facts stand with an empty log.
   */
  private withoutLog(): ClientRecord {
    return { ...this, source: undefined, places: new Map(), entries: [], problems: [], layout: { frontmatterEnd: 1, items: [], lineCount: 1 } };
  }
}
