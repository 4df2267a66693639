/**
 * Random frontmatter for the differential test of the YAML fast path: lines a record could hold,
 * salted with what YAML reads in its own way (keywords of YAML 1.1 and 1.2, Unicode spaces, tabs,
 * quotes and escapes, flow collections, colons, comments, numbers and dates). Each frontmatter
 * draws how salty it is, so that many stay within the fast path and the rest sit at its edges.
 */
export type Random = () => number;

/** YAML's blanks, Unicode spaces that YAML takes as text, and a few control characters. */
const SPACES = [' ', '  ', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\u2003', '\ufeff', '\u200b', '\u0085', '\u000b', '\u000c', '\u0000', '\ud800', ''];
const KEYWORDS = ['true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'Yes', 'no', 'NO', 'on', 'On', 'off', 'OFF', 'y', 'n', 'null', 'Null', 'NULL', 'nULL', '~'];
const NUMBERS = ['0', '7', '-5', '+3', '1.5', '.5', '-.5', '1e3', '1_000', '0x1F', '0o17', '017', '.inf', '-.inf', '.NaN', '12:30', '1:20:30', '45/h', '$1,200.50', '1,200', '3.', '-0', '1.0e+3', '0b101'];
const DATES = ['2026-11-20', '2026-02-30', '2026-1-5', '2026-11-20T10:00:00Z', '2026-11-20 10:00', '20261120'];
const WORDS = ['active', 'Acme Co.', 'inbox', 'calendar', 'Jane Doe', 'jane@x.example', 'net 14', 'Mon-Fri 09:00-17:00', 'https://x.example/a#b', 'a#b', 'Müller', '😀', 'a - b', 'x!', 'x&y', 'x|y', 'x}', 'x]', 'x{', 'x[', 'x,y', 'x, y', 'a ? b', "it's", 'say "hi"'];
const ODD_WORDS = ['-x', '?x', '%x', '@x', '`x', '!x', '&x', '*x', '|', '>', '- item', '-', '?', ':', '#x', '[', ']', '{', '}', ',x'];
const COLONS = ['a:b', 'a: b', 'a:\tb', 'a:', '::', 'a :b', 'http://x', 'a:\u00a0b', ':a', 'a::b', 'a:,b'];
const COMMENTS = [' # note', '\t# note', '#tight', ' #', '  # a: b', '\u00a0# x', ' # [x]', ' # "'];
const ESCAPES = ['\\"', '\\n', '\\t', '\\u00e9', '\\x41', '\\\\', '\\ ', '\\', '\\q', '\\0'];
const KEYS = ['status', 'since', 'rate', 'terms', 'deposit', 'services', 'contact', 'owner', 'notes', 'a', 'b', 'x_y', 'no-contact', 'Key'];
const ODD_KEYS = ['Key With Space', '"quoted"', "'single'", '? k', '-k', '1k', '_k', 'k-', 'ké', '<<', 'k#x', 'k ', '[k]', '{k}', '', 'k'.repeat(1023), 'k'.repeat(1024), 'k'.repeat(1025)];

class Drawer {
  private readonly salt: number;

  constructor(private readonly random: Random) {
    this.salt = this.pick([0, 0.01, 0.03, 0.1, 0.3]);
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  /** Usually `usual`, sometimes (as salty as this frontmatter is) one of `odd`. */
  salted(usual: string, odd: readonly string[]): string {
    return this.chance(this.salt) ? this.pick(odd) : usual;
  }

  quoted(): string {
    const double = this.chance(0.5);
    const pieces = Array.from({ length: Math.floor(this.random() * 4) }, () => {
      const roll = this.random();
      if (roll < 0.5) return this.pick(WORDS);
      if (roll < 0.6) return ' ';
      if (!this.chance(this.salt)) return this.pick([...NUMBERS, ...KEYWORDS]);
      if (roll < 0.7) return this.pick(SPACES);
      if (roll < 0.85) return double ? this.pick(ESCAPES) : this.pick(["''", "'", '\\', '"']);
      return this.pick([...COLONS, '#', ' #', ',', '[', ']']);
    });
    const quote = double ? '"' : "'";
    return `${quote}${pieces.join('')}${this.salted(quote, [''])}`;
  }

  scalar(): string {
    const roll = this.random();
    if (roll < 0.3) return this.pick(WORDS);
    if (roll < 0.45) return this.pick(KEYWORDS);
    if (roll < 0.6) return this.pick(NUMBERS);
    if (roll < 0.7) return this.pick(DATES);
    if (roll < 0.8) return this.salted(this.pick(WORDS), [...COLONS, ...ODD_WORDS]);
    if (roll < 0.95) return this.quoted();
    return `${this.pick(WORDS)}${this.salted(' ', SPACES)}${this.pick(WORDS)}`;
  }

  flowItem(): string {
    const item = this.chance(this.salt / 2) ? this.pick(['', `[${this.scalar()}]`, `{${this.scalar()}: ${this.scalar()}}`, `${this.scalar()}: ${this.scalar()}`]) : this.scalar();
    return `${this.salted('', SPACES)}${item}${this.salted('', SPACES)}`;
  }

  flow(): string {
    const items = Array.from({ length: Math.floor(this.random() * 4) }, () => this.flowItem());
    const body = items.reduce((text, item, index) => (index === 0 ? item : `${text}${this.salted(', ', [',', ' ,', ',\t', ',\u00a0', ' , ', ',,'])}${item}`), '');
    const [open, close] = this.chance(0.85) ? ['[', ']'] : ['{', '}'];
    return `${open}${body}${this.salted('', [','])}${this.salted(close, [''])}`;
  }

  /** A value after `key:` or `- `; one under a key is seldom empty or a flow collection, as in records. */
  value(nested = false): string {
    const roll = nested && !this.chance(this.salt) ? 1 : this.random();
    const text = roll < 0.05 ? '' : roll < 0.2 ? this.flow() : this.scalar();
    return `${text}${this.salted('', SPACES)}${this.chance(0.15) ? this.pick(COMMENTS) : ''}`;
  }

  key(): string {
    if (this.chance(0.02 + this.salt / 3)) return this.pick(KEYWORDS);
    return this.salted(`${this.pick(KEYS)}${this.pick(['', '', '_2', '-3', 'x', 'Y'])}`, ODD_KEYS);
  }

  pairLine(indent: string, nested = false): string {
    return `${indent}${this.key()}${this.salted(':', [' :', '::', ''])}${this.salted(' ', SPACES)}${this.value(nested)}`;
  }

  block(): string[] {
    const head = `${this.key()}:${this.chance(0.2) ? this.pick(COMMENTS) : this.salted('', SPACES)}`;
    const indent = this.salted('  ', [' ', '   ', '    ', '\t', ' \t', '\u00a0 ']);
    const list = this.chance(0.5);
    const items = Array.from({ length: 1 + Math.floor(this.random() * 3) }, () =>
      list ? `${indent}-${this.salted(' ', SPACES)}${this.value(true)}` : this.pairLine(indent, true),
    );
    return [head, ...items];
  }

  frontmatter(): string {
    const lines: string[] = [];
    const count = 1 + Math.floor(this.random() * 8);
    for (let index = 0; index < count; index++) {
      const roll = this.random();
      if (roll < 0.6) lines.push(this.pairLine(this.salted('', SPACES)));
      else if (roll < 0.85) lines.push(...this.block());
      else if (roll < 0.93) lines.push(this.salted(this.pick(['# a comment', '#', '  # indented']), ['\t# tab', '\u00a0# x', '#\u2028']));
      else lines.push(this.salted('', SPACES));
    }
    return lines.join('\n');
  }
}

/** One frontmatter's YAML text: 1 to 8 lines of pairs, nested blocks, comments and blank lines. */
export function randomFrontmatter(random: Random): string {
  return new Drawer(random).frontmatter();
}
