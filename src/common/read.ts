/** Read an untrusted input file with a size cap: regular files only, never more than the cap. */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from './errors.js';

export interface CappedReadOptions {
  /** The problem to report when the file does not exist (default "no such file"). */
  missing?: string;
  /** How errors name the file (default `path`), e.g. the path as the user gave it. */
  name?: string;
}

function problemOf(err: unknown, missing: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return missing;
  return `cannot read: ${typeof code === 'string' ? code : err instanceof Error ? err.message : String(err)}`;
}

/**
 * Read a regular file of at most `maxBytes` bytes as UTF-8. The size is checked before reading (so a
 * huge or sparse file costs nothing) and again while reading (so a file that grows in between is
 * still cut off after `maxBytes + 1` bytes); a FIFO, socket or device (/dev/zero) is refused rather
 * than read forever. Every failure is one InputError naming the file.
 */
export function readCappedFile(path: string, maxBytes: number, opts: CappedReadOptions = {}): string {
  const name = opts.name ?? path;
  const missing = opts.missing ?? 'no such file';
  const check = (st: Stats): void => {
    if (!st.isFile()) throw new InputError(name, 'not a regular file');
    if (st.size > maxBytes)
      throw new InputError(name, `file is ${st.size} bytes, over the ${maxBytes}-byte cap`);
  };
  let fd: number;
  try {
    check(statSync(path));
    fd = openSync(path, 'r');
  } catch (err: unknown) {
    if (err instanceof InputError) throw err;
    throw new InputError(name, problemOf(err, missing), { cause: err });
  }
  try {
    // Between stat and open the path may have been swapped for a FIFO or a bigger file.
    const st = fstatSync(fd);
    check(st);
    // Sized by the file, not the cap (a small file costs a small buffer); one byte more tells growth.
    const chunks: Buffer[] = [];
    let got = 0;
    let room = Math.min(st.size, maxBytes) + 1;
    for (;;) {
      const buf = Buffer.allocUnsafe(room);
      const n = readSync(fd, buf, 0, room, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      got += n;
      if (got > maxBytes) throw new InputError(name, `file is over the ${maxBytes}-byte cap`);
      room = Math.min(maxBytes + 1 - got, 1024 * 1024);
    }
    return Buffer.concat(chunks, got).toString('utf8');
  } catch (err: unknown) {
    if (err instanceof InputError) throw err;
    throw new InputError(name, problemOf(err, missing), { cause: err });
  } finally {
    closeSync(fd);
  }
}
