import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// dist/ is committed for the Action runner; it must be exactly what src/ builds to.
describe('dist/', () => {
  const out = mkdtempSync(join(tmpdir(), 'layerlint-dist-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is fresh: a rebuild of src/ gives byte-identical bundles', () => {
    execFileSync(process.execPath, ['scripts/build.mjs', out], { stdio: 'pipe' });
    for (const file of ['index.js', 'cli.js']) {
      const fresh = readFileSync(join(out, file), 'utf8');
      const committed = readFileSync(join('dist', file), 'utf8');
      expect(committed === fresh, `dist/${file} is stale: run npm run build`).toBe(true);
    }
  });
});
