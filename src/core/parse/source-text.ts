import type { SourceRange } from '../model';

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 (a byte-order mark is dropped); binary or other encodings are refused. */
export function decodeLedgerBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (it contains NUL bytes), not read' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text: save the file as UTF-8 to have it checked' };
  }
}

/** Splits text into lines on LF, CRLF or CR, so every line ending gives the same line numbers. */
export function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.indexOf('\r') === -1 ? body.split('\n') : body.split(/\r\n?|\n/);
}

/**
 * The lines, each its own string: a line cut from the text keeps the whole text alive for as
 * long as any entry, name or message cut from the line is kept (the editor keeps a client's
 * findings and standing, not its text). Adding a character and cutting it off makes the copy.
 */
export function detachedLines(text: string): string[] {
  return splitLines(text).map((line) => (line.length < 13 ? line : `${line} `.slice(0, -1)));
}

/** A range on one line; `line` is 0-based, columns are 0-based UTF-16 offsets, as in the line arrays. */
export function lineRange(line: number, startColumn: number, endColumn: number): SourceRange {
  return { start: { line: line + 1, column: startColumn + 1 }, end: { line: line + 1, column: endColumn + 1 } };
}

export const FILE_START: SourceRange = lineRange(0, 0, 0);
