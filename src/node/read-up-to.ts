import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ReadOutcome } from '../core/parse/ledger-file';

/** Files up to this size are read into one buffer, reused: a buffer per file left its memory with the allocator. */
const SCRATCH_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

/**
 * A file's bytes with the system calls readFileSync makes, none when it is over the limit, or
 * the error: the command line, its workers and the extension (for files on this disk) read alike.
 * The bytes of a file up to 1 MB are valid until the next read: turn them into a record first.
 */
export function readUpTo(path: string, limit: number): ReadOutcome {
  try {
    return bytesUpTo(path, limit);
  } catch (error) {
    return { error };
  }
}

function bytesUpTo(path: string, limit: number): ReadOutcome {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) return { tooLarge: true };
    const buffer = size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES)) : Buffer.allocUnsafe(size);
    let filled = 0;
    for (let read = 1; filled < size && read > 0; filled += read) read = readSync(fd, buffer, filled, size - filled, null);
    return { bytes: buffer.subarray(0, filled) };
  } finally {
    closeSync(fd);
  }
}
