import { splitLines } from '../parse/source-text';

/** A text as lines, with what it takes to write it back the same way. */
export interface TextShape {
  readonly lines: string[];
  readonly eol: '\n' | '\r\n';
  readonly bom: boolean;
  readonly finalNewline: boolean;
}

export function readShape(text: string): TextShape {
  const lines = splitLines(text);
  const finalNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (finalNewline || text === '' || text === '\ufeff') lines.pop();
  const firstBreak = text.search(/\r\n|\n/);
  const eol = firstBreak !== -1 && text[firstBreak] === '\r' ? '\r\n' : '\n';
  return { lines, eol, bom: text.charCodeAt(0) === 0xfeff, finalNewline };
}

/** Lines written with the line ending, byte-order mark and final newline of `like`. */
export function writeShape(lines: readonly string[], like: TextShape): string {
  const body = lines.join(like.eol);
  return (like.bom ? '\ufeff' : '') + body + (like.finalNewline && lines.length > 0 ? like.eol : '');
}
