/** Write output files atomically: a temp file in the same folder, then rename. Never half-written. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../common/errors.js';

/** Write `body` to `file` (relative to `cwd`) via temp file + rename. Throws InputError naming the file. */
export async function writeAtomic(cwd: string, file: string, body: string): Promise<void> {
  const full = resolve(cwd, file);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, body, { flag: 'wx' });
    await rename(tmp, full);
  } catch (err: unknown) {
    await unlink(tmp).catch(() => undefined);
    const code = (err as { code?: unknown } | null)?.code;
    const why =
      code === 'ENOENT'
        ? 'folder does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : err instanceof Error
              ? err.message
              : String(err);
    throw new InputError(file, `cannot write output: ${why}`);
  }
}
