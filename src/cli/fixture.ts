/** The bundled demo archive that `layerlint analyze` (and `npm start`) uses when no image is given. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../common/errors.js';

/** Relative to the package root: Docker 20.10 + BuildKit build of fixtures/waste (every kind of waste). */
export const DEFAULT_FIXTURE = 'fixtures/archives/waste-d20-bk.tar';

/** The package root: the nearest folder above this module whose package.json is layerlint's. */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'layerlint') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** Absolute path of the demo archive, and how to show it. Works from src/ (tests) and dist/ (bundle). */
export function defaultFixture(): { path: string; shown: string } {
  const root = packageRoot();
  const path = root ? join(root, DEFAULT_FIXTURE) : '';
  if (!root || !existsSync(path)) {
    throw new UsageError(
      `no image given and the bundled demo archive ${DEFAULT_FIXTURE} is missing; pass an image or an archive`,
    );
  }
  return { path, shown: DEFAULT_FIXTURE };
}
