/**
 * A hand-written, single-pass line scanner that reports the ROOT-LEVEL headings and the
 * items of ROOT-LEVEL lists of a markdown body, the way CommonMark as implemented by
 * micromark / mdast-util-from-markdown (remark) sees them. test/scan-blocks.test.ts checks
 * it against mdast-util-from-markdown on a corpus and on thousands of random documents.
 *
 * How it works: it runs the CommonMark block-structure algorithm (the spec's appendix, as
 * in commonmark.js: continue the open containers, look for new block starts, then a lazy
 * paragraph continuation or a new paragraph) over the lines, keeping only what the outline
 * needs: a stack of open containers (block quotes and list items, nested to any depth), the
 * kind of the open leaf block (paragraph, fenced code, indented code, HTML block) and a few
 * numbers. Nothing is allocated per line; indentation and markers are read with charCodeAt,
 * no regular expression is used, and the few scans that may run to the end of a line are
 * either done once per line or cached, so a 1 MB line costs linear time even with
 * thousands of nested markers on it.
 *
 * Where micromark differs from the reference algorithm, the scanner follows micromark:
 *  - An ordered item interrupting a paragraph must start with exactly `1` (not `01`).
 *  - The "interrupting" state also holds while indented code is open (also across blank
 *    lines): right after indented code, an empty item or an ordered item not starting at 1
 *    does not start a list. The state also carries into containers opened later on the same
 *    line (`para` then `> 2. x` puts no list in the quote).
 *  - Indented code that starts on a lazy line (open containers not continued, none opened)
 *    ends with that line.
 *  - An empty list item followed by a blank line stays open until the next non-blank line,
 *    which it never takes; that line is then lazy.
 *  - An HTML block of type 7 cannot interrupt a paragraph, but it may start on a lazy line,
 *    and there it stays inside the paragraph's containers (unless it is the last line).
 *  - HTML block type 5 ends on `]]>` only after an even run of `]`.
 *  - A list item ends (OutlineItem.endLine) where mdast ends it: on the last line holding
 *    some of its content. Blank lines kept by an open fenced code or HTML (types 1-5) block,
 *    whitespace-only lines kept by indented code (4+ columns in), and lines holding only a
 *    block quote marker count as content. When such a fenced code or HTML block is still
 *    open and the next line opens a new root container (a sibling item, another list, a
 *    quote), the item ends on that line.
 *  - A byte order mark at the start of the first line is skipped.
 *
 * Approximated corners (kept out of the differential test's random pool):
 *  - Link reference definitions: only single-line ones are recognised (`[label]: dest`
 *    with an optional title on the same line). They matter because a paragraph made only of
 *    definitions cannot become a setext heading (`[a]: /u` then `---` is a thematic break).
 *    Definitions whose label, destination or title go on to another line are taken as
 *    paragraph text.
 *  - A tab only partly consumed as list-item padding (`-\t\tx`, 5+ columns after the
 *    marker) gives a contentStart at that tab, since the content starts inside its columns.
 *  - Heading text is the raw source: character references and backslash escapes are not
 *    decoded and inline markup is kept. A setext heading's lines (after any leading
 *    definitions) are each trimmed and joined with '\n', so a hard break's trailing spaces
 *    or backslash do not show as mdast-util-to-string would.
 */
import type { BlockOutline, OutlineHeading, OutlineItem } from './block-outline';

const C_TAB = 9;
const C_SPACE = 32;
const C_BANG = 33;
const C_DQUOTE = 34;
const C_HASH = 35;
const C_SQUOTE = 39;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_STAR = 42;
const C_PLUS = 43;
const C_DASH = 45;
const C_DOT = 46;
const C_SLASH = 47;
const C_0 = 48;
const C_1 = 49;
const C_9 = 57;
const C_COLON = 58;
const C_LT = 60;
const C_EQ = 61;
const C_GT = 62;
const C_QUESTION = 63;
const C_LBRACKET = 91;
const C_BACKSLASH = 92;
const C_RBRACKET = 93;
const C_UNDERSCORE = 95;
const C_BACKTICK = 96;
const C_TILDE = 126;

/** Container kinds on the stack. */
const QUOTE = 1;
const ITEM = 2;

/** Leaf kinds (at most one open leaf, the innermost block). */
const NONE = 0;
const PARA = 1;
const FENCE = 2;
const ICODE = 3;
const HTML = 4;

/** CommonMark HTML block type 6 tag names (micromark-util-html-tag-name), lower case. */
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center',
  'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu',
  'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
/** Type 1 ("raw") tag names. */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);

function isSpaceOrTab(c: number): boolean {
  return c === C_SPACE || c === C_TAB;
}
function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= C_0 && c <= C_9;
}
function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiAlpha(c);
}

/** Index of the first non space/tab at or after `from`, or `to` when there is none. */
function skipSpaces(s: string, from: number, to: number): number {
  while (from < to && isSpaceOrTab(s.charCodeAt(from))) from++;
  return from;
}
/** Index just after the last non space/tab in [from, to), or `from` when there is none. */
function trimEnd(s: string, from: number, to: number): number {
  while (to > from && isSpaceOrTab(s.charCodeAt(to - 1))) to--;
  return to;
}
/** True when [from, end of line) holds only spaces and tabs. */
function restIsBlank(s: string, from: number): boolean {
  return skipSpaces(s, from, s.length) === s.length;
}

/** Lower-case ASCII name of the chars in [from, to). Only called on short tag names. */
function lowerName(s: string, from: number, to: number): string {
  return s.slice(from, to).toLowerCase();
}

/**
 * Case-insensitive search for `</name>` with name one of the raw names, from `from`.
 * (HTML block type 1 end condition.)
 */
function hasRawEndTag(s: string, from: number): boolean {
  for (;;) {
    const i = s.indexOf('</', from);
    if (i < 0) return false;
    let j = i + 2;
    while (j < s.length && j - i - 2 < 8 && isAsciiAlpha(s.charCodeAt(j))) j++;
    if (j < s.length && s.charCodeAt(j) === C_GT && RAW_NAMES.has(lowerName(s, i + 2, j))) return true;
    from = i + 2;
  }
}

/**
 * HTML block type 5 end: `]]>`. micromark's state machine alternates on a run of `]`, so
 * the run before `>` must have an even length (`]]>` and `]]]]>` end the block, `]]]>`
 * does not).
 */
function hasCdataEnd(s: string, from: number): boolean {
  for (let i = s.indexOf(']>', from); i >= 0; i = s.indexOf(']>', i + 1)) {
    let k = i;
    while (k > from && s.charCodeAt(k - 1) === C_RBRACKET) k--;
    if ((i - k + 1) % 2 === 0) return true;
  }
  return false;
}

/** Does the line, from `from`, satisfy the end condition of an HTML block of `type` (1-5)? */
function htmlEnds(s: string, type: number, from: number): boolean {
  switch (type) {
    case 1:
      return hasRawEndTag(s, from);
    case 2:
      return s.indexOf('-->', from) >= 0;
    case 3:
      return s.indexOf('?>', from) >= 0;
    case 4:
      return s.indexOf('>', from) >= 0;
    case 5:
      return hasCdataEnd(s, from);
    default:
      return false;
  }
}

/**
 * HTML block start at `p` (a `<`): returns the CommonMark block type 1-7, or 0.
 * Types 1-6 are recognised by their opening; type 7 needs a complete open or closing tag
 * followed only by whitespace (ported from micromark's html-flow state machine).
 */
function htmlStartType(s: string, p: number): number {
  const n = s.length;
  let i = p + 1;
  if (i >= n) return 0;
  let c = s.charCodeAt(i);
  if (c === C_BANG) {
    i++;
    c = i < n ? s.charCodeAt(i) : -1;
    if (c === C_DASH) return i + 1 < n && s.charCodeAt(i + 1) === C_DASH ? 2 : 0;
    if (c === C_LBRACKET) return s.startsWith('CDATA[', i + 1) ? 5 : 0;
    return isAsciiAlpha(c) ? 4 : 0;
  }
  if (c === C_QUESTION) return 3;
  let closing = false;
  if (c === C_SLASH) {
    closing = true;
    i++;
    c = i < n ? s.charCodeAt(i) : -1;
  }
  if (!isAsciiAlpha(c)) return 0;
  const nameStart = i;
  i++;
  while (i < n) {
    c = s.charCodeAt(i);
    if (c === C_DASH || isAsciiAlnum(c)) i++;
    else break;
  }
  c = i < n ? s.charCodeAt(i) : -1;
  if (!(c === -1 || c === C_SLASH || c === C_GT || isSpaceOrTab(c))) return 0;
  // Only look the name up when it is short enough to be one of the known names.
  const name = i - nameStart <= 10 ? lowerName(s, nameStart, i) : '';
  if (c !== C_SLASH && !closing && RAW_NAMES.has(name)) return 1;
  if (BLOCK_NAMES.has(name)) {
    if (c === C_SLASH) return i + 1 < n && s.charCodeAt(i + 1) === C_GT ? 6 : 0;
    return 6;
  }
  return completeTag(s, i, closing) ? 7 : 0;
}

/** Rest of a type 7 start: attributes (open tag) or whitespace (closing tag), `>`, then only whitespace. */
function completeTag(s: string, i: number, closing: boolean): boolean {
  const n = s.length;
  const at = (k: number): number => (k < n ? s.charCodeAt(k) : -1);
  if (closing) {
    i = skipSpaces(s, i, n);
  } else {
    // State machine of micromark's completeAttribute* states.
    let state = 0; // 0 name-before, 1 name-after, 2 value-before
    for (;;) {
      const c = at(i);
      if (state === 0) {
        if (c === C_SLASH) {
          i++;
          break; // to completeEnd
        }
        if (c === C_COLON || c === C_UNDERSCORE || isAsciiAlpha(c)) {
          i++;
          while (i < n) {
            const d = s.charCodeAt(i);
            if (d === C_DASH || d === C_DOT || d === C_COLON || d === C_UNDERSCORE || isAsciiAlnum(d)) i++;
            else break;
          }
          state = 1;
          continue;
        }
        if (isSpaceOrTab(c)) {
          i++;
          continue;
        }
        break; // to completeEnd
      } else if (state === 1) {
        if (c === C_EQ) {
          i++;
          state = 2;
          continue;
        }
        if (isSpaceOrTab(c)) {
          i++;
          continue;
        }
        state = 0;
        continue;
      } else {
        if (c === -1 || c === C_LT || c === C_EQ || c === C_GT || c === C_BACKTICK) return false;
        if (c === C_DQUOTE || c === C_SQUOTE) {
          const close = s.indexOf(c === C_DQUOTE ? '"' : "'", i + 1);
          if (close < 0) return false;
          i = close + 1;
          const d = at(i);
          if (!(d === C_SLASH || d === C_GT || isSpaceOrTab(d))) return false;
          state = 0;
          continue;
        }
        if (isSpaceOrTab(c)) {
          i++;
          continue;
        }
        while (i < n) {
          const d = s.charCodeAt(i);
          if (d === C_DQUOTE || d === C_SQUOTE || d === C_SLASH || d === C_LT || d === C_EQ || d === C_GT ||
            d === C_BACKTICK || isSpaceOrTab(d)) break;
          i++;
        }
        state = 1;
        continue;
      }
    }
  }
  if (at(i) !== C_GT) return false;
  return restIsBlank(s, i + 1);
}

/**
 * Is the line, from `i` (a `[`), a complete single-line link reference definition
 * (`[label]: destination "optional title"`)? Ported from micromark's label, destination
 * and title factories, minus the parts that span lines.
 */
function isDefinitionLine(s: string, i: number): boolean {
  const n = s.length;
  // Label: 1-999 chars, no unescaped brackets, not only whitespace.
  let seen = false;
  let size = 0;
  i++;
  for (;;) {
    if (i >= n || size > 999) return false;
    const c = s.charCodeAt(i);
    if (c === C_LBRACKET) return false;
    if (c === C_RBRACKET) {
      if (!seen) return false;
      i++;
      break;
    }
    if (!isSpaceOrTab(c)) seen = true;
    if (c === C_BACKSLASH && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d === C_LBRACKET || d === C_BACKSLASH || d === C_RBRACKET) {
        i++;
        size++;
      }
    }
    i++;
    size++;
  }
  if (i >= n || s.charCodeAt(i) !== C_COLON) return false;
  i = skipSpaces(s, i + 1, n);
  if (i >= n) return false; // destination on a later line: not supported
  // Destination: <enclosed> or raw with balanced parentheses.
  if (s.charCodeAt(i) === C_LT) {
    i++;
    for (;;) {
      if (i >= n) return false;
      const c = s.charCodeAt(i);
      if (c === C_GT) {
        i++;
        break;
      }
      if (c === C_LT) return false;
      if (c === C_BACKSLASH && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d === C_LT || d === C_GT || d === C_BACKSLASH) i++;
      }
      i++;
    }
  } else {
    let balance = 0;
    const from = i;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (balance === 0 && (c === C_RPAREN || c === C_SPACE || c === C_TAB)) break;
      if (c === C_LPAREN) balance++;
      else if (c === C_RPAREN) balance--;
      else if (c < 32 || c === 127 || c === C_SPACE) return false;
      else if (c === C_BACKSLASH && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d === C_LPAREN || d === C_RPAREN || d === C_BACKSLASH) i++;
      }
    }
    if (i === from || balance !== 0) return false;
  }
  // Optional title, after whitespace; then only whitespace.
  const afterDestination = i;
  i = skipSpaces(s, i, n);
  if (i >= n) return true;
  if (i === afterDestination) return false;
  const open = s.charCodeAt(i);
  const close = open === C_LPAREN ? C_RPAREN : open;
  if (open !== C_DQUOTE && open !== C_SQUOTE && open !== C_LPAREN) return false;
  for (i++; ; i++) {
    if (i >= n) return false; // title going on to a later line: not supported
    const c = s.charCodeAt(i);
    if (c === close) break;
    if (c === C_BACKSLASH && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d === close || d === C_BACKSLASH) i++;
    }
  }
  return restIsBlank(s, i + 1);
}

interface MutableItem {
  line: number;
  contentStart: number;
  endLine: number;
}

class Scanner {
  private ln = '';
  private len = 0;
  /** Current position: char index and column (tabs expanded to stops of 4). */
  private offset = 0;
  private column = 0;
  /** Results of findNextNonspace. */
  private nns = 0;
  private nnsCol = 0;
  private indent = 0;
  private blank = false;

  /** Open containers, outermost first. */
  private depth = 0;
  private readonly kind: number[] = [];
  /** For items: columns of indentation their content needs (marker offset + padding). */
  private readonly size: number[] = [];
  /** For items: whether the item has got any child block yet. */
  private readonly hasChild: boolean[] = [];
  /** For items: empty item followed by a blank line, closes at the next non-blank line. */
  private readonly dead: boolean[] = [];
  /** Index in `items` of the root item, valid while kind[0] === ITEM. */
  private rootRec = -1;

  /** The open leaf block, innermost. */
  private leaf = NONE;
  private fenceChar = 0;
  private fenceLen = 0;
  private fenceOffset = 0;
  private htmlType = 0;
  private paraStart = 0;
  /** Paragraph: how many of its first lines are link reference definitions... */
  private paraDefs = 0;
  /** ...and whether all of its lines so far are. */
  private paraAllDefs = false;

  /** Per-line caches: the last whitespace run scanned, the last failed thematic break check. */
  private wsFrom = 0;
  private wsEnd = -1;
  private wsEndCol = 0;
  private tbChar = 0;
  private tbFrom = 0;
  private tbFail = 0;

  /** The scanned range's first and last line (the document's). */
  private firstLine = 0;
  private lastLine = 0;

  /** Per line: how many open containers it continued, and whether it continued the leaf. */
  private matched = 0;
  private leafMatched = false;
  /** Per line: whether the blocks it did not continue have been closed yet. */
  private unmatchedClosed = false;
  /** Per line: whether indented code opened on it ends with it. */
  private lazyCode = false;
  /** Per line: whether a container (list item or block quote) was opened at the root. */
  private rootOpened = false;

  readonly headings: OutlineHeading[] = [];
  readonly items: MutableItem[] = [];

  constructor(private readonly lines: readonly string[]) {}

  private findNextNonspace(): void {
    if (this.offset >= this.wsFrom && this.offset <= this.wsEnd) {
      // Same run of whitespace as the last scan (deeply nested containers on a line with
      // long indentation): its end and that end's column are already known.
      this.blank = this.wsEnd >= this.len;
      this.nns = this.wsEnd;
      this.nnsCol = this.wsEndCol;
      this.indent = this.wsEndCol - this.column;
      return;
    }
    const ln = this.ln;
    const len = this.len;
    let i = this.offset;
    let cols = this.column;
    while (i < len) {
      const c = ln.charCodeAt(i);
      if (c === C_SPACE) {
        i++;
        cols++;
      } else if (c === C_TAB) {
        i++;
        cols += 4 - (cols % 4);
      } else break;
    }
    this.blank = i >= len;
    this.nns = i;
    this.nnsCol = cols;
    this.indent = cols - this.column;
    this.wsFrom = this.offset;
    this.wsEnd = i;
    this.wsEndCol = cols;
  }

  /**
   * Thematic break at p (a `*`, `-` or `_`)? Remembers where the last failed check stopped,
   * so that `- - - - … x` nested many levels deep stays linear.
   */
  private thematicBreak(p: number, c: number): boolean {
    if (c === this.tbChar && p > this.tbFrom && p < this.tbFail) return false;
    const ln = this.ln;
    let count = 0;
    for (let i = p; i < ln.length; i++) {
      const d = ln.charCodeAt(i);
      if (d === c) count++;
      else if (!isSpaceOrTab(d)) {
        this.tbChar = c;
        this.tbFrom = p;
        this.tbFail = i;
        return false;
      }
    }
    return count >= 3;
  }

  private advanceNextNonspace(): void {
    this.offset = this.nns;
    this.column = this.nnsCol;
  }

  /** commonmark.js advanceOffset: `count` chars, or columns when `columns` (tabs may be split). */
  private advanceOffset(count: number, columns: boolean): void {
    const ln = this.ln;
    while (count > 0 && this.offset < this.len) {
      if (ln.charCodeAt(this.offset) === C_TAB) {
        const toTab = 4 - (this.column % 4);
        if (columns) {
          const partial = toTab > count;
          const adv = partial ? count : toTab;
          this.column += adv;
          if (!partial) this.offset++;
          count -= adv;
        } else {
          this.column += toTab;
          this.offset++;
          count--;
        }
      } else {
        this.offset++;
        this.column++;
        count--;
      }
    }
  }

  /** Close the containers (and leaf) that did not match this line. Idempotent per line. */
  private closeUnmatched(): void {
    if (this.unmatchedClosed) return;
    this.unmatchedClosed = true;
    if (this.matched < this.depth) {
      this.depth = this.matched;
      this.leaf = NONE;
    } else if (!this.leafMatched) {
      this.leaf = NONE;
    }
  }

  /** A new block is about to be added at the current depth (closes a matched paragraph). */
  private addingBlock(): void {
    this.closeUnmatched();
    this.leaf = NONE;
    const d = this.depth;
    if (d > 0 && this.kind[d - 1] === ITEM) this.hasChild[d - 1] = true;
  }

  private pushContainer(kind: number, size: number): void {
    const d = this.depth;
    if (d === 0) this.rootOpened = true;
    this.kind[d] = kind;
    this.size[d] = size;
    this.hasChild[d] = false;
    this.dead[d] = false;
    this.depth = d + 1;
  }

  /** Where a line's text starts: after the byte order mark of the first line, as micromark. */
  private textStart(lineNo: number): number {
    return lineNo === this.firstLine && this.lines[lineNo].charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  scan(start: number, end: number): void {
    this.firstLine = start;
    this.lastLine = end - 1;
    for (let l = start; l < end; l++) this.scanLine(l);
  }

  private scanLine(lineNo: number): void {
    const ln = this.lines[lineNo];
    this.ln = ln;
    const len = ln.length;
    this.len = len;
    const from = this.textStart(lineNo);
    this.offset = from;
    this.column = 0;
    this.unmatchedClosed = false;
    this.leafMatched = false;
    this.rootOpened = false;
    this.lazyCode = false;
    this.wsFrom = 1;
    this.wsEnd = 0; // empty cache
    this.tbChar = 0;
    const rawBlank = skipSpaces(ln, from, len) === len;
    // A fenced code or HTML (1-5) block open in the root item: micromark ends it at the start
    // of the next line when that line opens a new container (a sibling item, another list, a
    // quote) rather than being lazy, so the item then ends on that line.
    const pendingRoot = this.depth > 0 && this.kind[0] === ITEM &&
      (this.leaf === FENCE || (this.leaf === HTML && this.htmlType <= 5)) ? this.rootRec : -1;

    // 1. Which open containers does the line continue?
    let matched = 0;
    const depth = this.depth;
    for (; matched < depth; matched++) {
      this.findNextNonspace();
      if (this.kind[matched] === QUOTE) {
        if (this.indent <= 3 && !this.blank && ln.charCodeAt(this.nns) === C_GT) {
          this.advanceNextNonspace();
          this.advanceOffset(1, false);
          if (this.offset < len && isSpaceOrTab(ln.charCodeAt(this.offset))) this.advanceOffset(1, true);
        } else break;
      } else if (this.blank) {
        // A blank line after an empty item ends it. micromark keeps the item open over the
        // blank lines and ends it at the next non-blank line (which matters for laziness).
        if (!this.hasChild[matched]) this.dead[matched] = true;
        // Take at most the item's indentation: what is left may still be indented code's.
        this.advanceOffset(this.indent < this.size[matched] ? this.indent : this.size[matched], true);
      } else if (!this.dead[matched] && this.indent >= this.size[matched]) {
        this.advanceOffset(this.size[matched], true);
      } else break;
    }
    this.matched = matched;
    const allMatched = matched === depth;

    let done = false;
    let keptBlank = false; // a blank line that an open block keeps as content
    if (allMatched && this.leaf !== NONE) {
      this.findNextNonspace();
      switch (this.leaf) {
        case PARA:
          this.leafMatched = !this.blank;
          break;
        case FENCE:
          if (this.indent <= 3 && !this.blank && ln.charCodeAt(this.nns) === this.fenceChar && this.closesFence()) {
            this.leaf = NONE;
            done = true;
          } else {
            let i = this.fenceOffset;
            while (i > 0 && this.offset < len && isSpaceOrTab(ln.charCodeAt(this.offset))) {
              this.advanceOffset(1, true);
              i--;
            }
            this.leafMatched = true;
          }
          break;
        case ICODE:
          if (this.indent >= 4) {
            // micromark keeps a whitespace-only line indented 4+ columns in the code block.
            if (this.blank) keptBlank = true;
            this.advanceOffset(4, true);
            this.leafMatched = true;
          } else if (this.blank) {
            this.advanceNextNonspace();
            this.leafMatched = true;
          }
          break;
        case HTML:
          this.leafMatched = !(this.blank && this.htmlType >= 6);
          break;
      }
    }

    if (!done) done = this.blockStarts(lineNo, allMatched);

    if (!done) {
      const allClosed = allMatched && (this.leaf === NONE || this.leafMatched);
      if (!allClosed && !this.blank && this.leaf === PARA) {
        // Lazy continuation line: the paragraph goes on, unmatched containers stay open.
        if (this.paraAllDefs) this.continueDefinitions();
      } else {
        this.closeUnmatched();
        const leaf = this.leaf;
        if (leaf === HTML) {
          if (this.htmlType <= 5 && htmlEnds(ln, this.htmlType, this.offset)) this.leaf = NONE;
        } else if (leaf === NONE && !this.blank) {
          this.addingBlock();
          this.leaf = PARA;
          this.paraStart = lineNo;
          this.paraAllDefs = ln.charCodeAt(this.offset) === C_LBRACKET && isDefinitionLine(ln, this.offset);
          this.paraDefs = this.paraAllDefs ? 1 : 0;
        } else if (leaf === PARA && this.paraAllDefs) {
          this.continueDefinitions();
        }
      }
    }

    if (this.lazyCode) this.leaf = NONE;
    if (pendingRoot >= 0 && this.rootOpened) this.items[pendingRoot].endLine = lineNo;
    // Extend the open root item over this line when the line holds some of its content.
    if (this.depth > 0 && this.kind[0] === ITEM) {
      if (!rawBlank || keptBlank || this.leaf === FENCE || (this.leaf === HTML && this.htmlType <= 5)) {
        this.items[this.rootRec].endLine = lineNo;
      }
    }
  }

  /** A paragraph made of definitions so far gets another line: one more, or the end of them. */
  private continueDefinitions(): void {
    if (this.ln.charCodeAt(this.offset) === C_LBRACKET && isDefinitionLine(this.ln, this.offset)) this.paraDefs++;
    else this.paraAllDefs = false;
  }

  /** Closing fence at nns? (run of fenceChar at least fenceLen long, then only whitespace) */
  private closesFence(): boolean {
    const ln = this.ln;
    const ch = this.fenceChar;
    let i = this.nns;
    while (i < this.len && ln.charCodeAt(i) === ch) i++;
    return i - this.nns >= this.fenceLen && restIsBlank(ln, i);
  }

  /**
   * Try block starts until the line's remainder is text. Returns true when a leaf block
   * took the whole line (heading, thematic break, fence, HTML, indented code).
   */
  private blockStarts(lineNo: number, allMatched: boolean): boolean {
    const ln = this.ln;
    const len = this.len;
    // The matched container is a paragraph (only before any new container opens).
    let contPara = allMatched && this.leaf === PARA && this.leafMatched;
    // micromark's "interrupt" flag: a paragraph or indented code is in progress and all
    // containers continued. It stays on for containers opened later on this line.
    const interrupt = allMatched && (this.leaf === PARA || this.leaf === ICODE);
    if (allMatched && this.leafMatched && this.leaf !== PARA) return false; // inside code/HTML

    for (;;) {
      this.findNextNonspace();
      if (this.blank) {
        this.advanceNextNonspace();
        return false;
      }
      const p = this.nns;
      const c = ln.charCodeAt(p);
      if (this.indent >= 4) {
        // Indented code cannot interrupt a paragraph, nor continue one lazily.
        if (this.leaf === PARA) {
          this.advanceNextNonspace();
          return false;
        }
        // micromark: indented code started on a lazy line (open containers unmatched, none
        // opened) cannot continue past that line.
        const lazy = !allMatched && !this.unmatchedClosed;
        this.addingBlock();
        this.advanceOffset(4, true);
        this.leaf = ICODE;
        this.lazyCode = lazy;
        return true;
      }
      switch (c) {
        case C_GT: {
          this.advanceNextNonspace();
          this.advanceOffset(1, false);
          if (this.offset < len && isSpaceOrTab(ln.charCodeAt(this.offset))) this.advanceOffset(1, true);
          this.addingBlock();
          this.pushContainer(QUOTE, 0);
          contPara = false;
          continue;
        }
        case C_HASH: {
          let i = p + 1;
          while (i < len && ln.charCodeAt(i) === C_HASH) i++;
          const level = i - p;
          if (level <= 6 && (i === len || isSpaceOrTab(ln.charCodeAt(i)))) {
            this.addingBlock();
            if (this.depth === 0) this.headings.push({ line: lineNo, depth: level, text: atxText(ln, i) });
            return true;
          }
          break;
        }
        case C_BACKTICK:
        case C_TILDE: {
          let i = p + 1;
          while (i < len && ln.charCodeAt(i) === c) i++;
          const n = i - p;
          if (n >= 3 && (c === C_TILDE || ln.indexOf('`', i) < 0)) {
            this.addingBlock();
            this.leaf = FENCE;
            this.fenceChar = c;
            this.fenceLen = n;
            this.fenceOffset = this.indent;
            return true;
          }
          break;
        }
        case C_LT: {
          const type = htmlStartType(ln, p);
          if (type > 0 && (type < 7 || !contPara)) {
            // micromark: a type 7 start on a lazy line ends the paragraph but stays in its
            // containers, as if the line had continued them (unless it is the last line).
            if (type === 7 && this.leaf === PARA && lineNo !== this.lastLine) this.matched = this.depth;
            this.addingBlock();
            this.leaf = HTML;
            this.htmlType = type;
            if (type <= 5 && htmlEnds(ln, type, p)) this.leaf = NONE;
            return true;
          }
          break;
        }
      }
      if (contPara && (c === C_EQ || c === C_DASH)) {
        let i = p + 1;
        while (i < len && ln.charCodeAt(i) === c) i++;
        if (restIsBlank(ln, i) && this.paraAllDefs) {
          // Definitions only: no heading. `---` is a thematic break (below), anything else
          // starts a new paragraph.
          if (!(c === C_DASH && this.thematicBreak(p, c))) {
            this.paraStart = lineNo;
            this.paraAllDefs = false;
            this.paraDefs = 0;
            this.advanceNextNonspace();
            return false;
          }
        } else if (restIsBlank(ln, i)) {
          // Setext heading underline: the paragraph becomes a heading.
          this.closeUnmatched();
          if (this.depth === 0) {
            this.headings.push({ line: this.paraStart, depth: c === C_EQ ? 1 : 2, text: this.setextText(lineNo) });
          }
          this.leaf = NONE;
          return true;
        }
      }
      if ((c === C_STAR || c === C_DASH || c === C_UNDERSCORE) && this.thematicBreak(p, c)) {
        this.addingBlock();
        return true;
      }
      if (this.listItemStart(lineNo, p, c, interrupt)) {
        contPara = false;
        continue;
      }
      this.advanceNextNonspace();
      return false;
    }
  }

  /** List marker at p? If so open the item (and record it when at the root). */
  private listItemStart(lineNo: number, p: number, c: number, interrupt: boolean): boolean {
    const ln = this.ln;
    const len = this.len;
    let markerEnd: number;
    if (c === C_DASH || c === C_PLUS || c === C_STAR) {
      markerEnd = p + 1;
    } else if (isDigit(c)) {
      let i = p + 1;
      while (i < len && i - p < 10 && isDigit(ln.charCodeAt(i))) i++;
      const digits = i - p;
      if (digits > 9 || i >= len) return false;
      const d = ln.charCodeAt(i);
      if (d !== C_DOT && d !== C_RPAREN) return false;
      if (interrupt && (digits !== 1 || c !== C_1)) return false;
      markerEnd = i + 1;
    } else {
      return false;
    }
    if (markerEnd < len && !isSpaceOrTab(ln.charCodeAt(markerEnd))) return false;
    if (interrupt && restIsBlank(ln, markerEnd)) return false;

    const markerOffset = this.indent;
    const markerLen = markerEnd - p;
    this.advanceNextNonspace();
    this.advanceOffset(markerLen, true);
    const spacesStartCol = this.column;
    const spacesStartOffset = this.offset;
    do {
      this.advanceOffset(1, true);
    } while (this.column - spacesStartCol < 5 && this.offset < len && isSpaceOrTab(ln.charCodeAt(this.offset)));
    const blankItem = this.offset >= len;
    const spacesAfter = this.column - spacesStartCol;
    let padding: number;
    if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
      padding = markerLen + 1;
      this.column = spacesStartCol;
      this.offset = spacesStartOffset;
      if (this.offset < len && isSpaceOrTab(ln.charCodeAt(this.offset))) this.advanceOffset(1, true);
    } else {
      padding = markerLen + spacesAfter;
    }

    this.addingBlock();
    if (this.depth === 0) {
      this.rootRec = this.items.length;
      this.items.push({ line: lineNo, contentStart: this.offset, endLine: lineNo });
    }
    this.pushContainer(ITEM, markerOffset + padding);
    return true;
  }

  /** Text of a root setext heading: the paragraph's lines, each trimmed, joined by '\n'. */
  private setextText(underline: number): string {
    let text = '';
    const first = this.paraStart + this.paraDefs;
    for (let l = first; l < underline; l++) {
      const s = this.lines[l];
      const a = skipSpaces(s, this.textStart(l), s.length);
      const piece = s.slice(a, trimEnd(s, a, s.length));
      text = l === first ? piece : text + '\n' + piece;
    }
    return text;
  }
}

/** Text of an ATX heading whose opening sequence ends at `i`: trimmed, closing sequence removed. */
function atxText(ln: string, i: number): string {
  const start = skipSpaces(ln, i, ln.length);
  let end = trimEnd(ln, start, ln.length);
  let j = end;
  while (j > start && ln.charCodeAt(j - 1) === C_HASH) j--;
  if (j === start) {
    end = start; // only a closing sequence: empty heading
  } else if (j < end && isSpaceOrTab(ln.charCodeAt(j - 1))) {
    end = trimEnd(ln, start, j);
  }
  return ln.slice(start, end);
}


/**
 * Scan lines [start, end) of a file (already split on line breaks) and return its root-level
 * headings and the items of its root-level lists. Line numbers are indices into `lines`.
 */
export function scanBlocks(lines: readonly string[], start = 0, end = lines.length): BlockOutline {
  const scanner = new Scanner(lines);
  scanner.scan(start, end);
  const items: OutlineItem[] = scanner.items;
  return { headings: scanner.headings, items };
}
