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

/** The facts a compact record keeps; the rest is parsed again when asked. */
type Facts = Omit<ClientRecord, 'places' | 'entries' | 'problems' | 'layout'>;

/** The class declares its facts through this interface: the constructor copies them from the parse as they are. */
export interface CompactClient extends Facts {}

/**
 * A client record that keeps its facts and its text, and parses its log again when asked (the
 * editor at agency scale: a parsed record holds about 44 KB, its text a fifth of that). Reading
 * the same text again gives the same record, so what asks sees no difference.
 */
export class CompactClient implements ClientRecord {
  /**
   * Where the text is: read again from its file, or kept as UTF-8 bytes (outside the JavaScript
   * heap, which grows to twice what it holds), or as it is when it is not well formed.
   */
  private readonly source: Uint8Array | string | (() => string | undefined);

  constructor(parse: ClientRecord, text: string | (() => string | undefined), private readonly reparse: (text: string) => ClientRecord | undefined, private readonly recent: RecentParses) {
    const { places: _places, entries: _entries, problems: _problems, layout: _layout, ...facts } = parse;
    Object.assign(this, facts);
    this.source = typeof text === 'function' || LONE_SURROGATE.test(text) ? text : new TextEncoder().encode(text);
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
