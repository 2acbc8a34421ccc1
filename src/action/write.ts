/** Writing the Action's output files (JSON, SARIF, audit JSON). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../common/errors.js';

/** Write `body` to `path` (relative to `cwd`), creating directories; returns the absolute path. */
export function writeOutputFile(path: string, body: string, cwd: string): string {
  const abs = resolve(cwd, path);
  try {
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, body);
  } catch (err: unknown) {
    throw new InputError(path, `cannot write: ${err instanceof Error ? err.message : String(err)}`);
  }
  return abs;
}
