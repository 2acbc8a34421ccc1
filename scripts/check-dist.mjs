// Checks that the committed dist/ is exactly what src/ builds to: builds into a temporary
// directory with scripts/build.mjs and compares bytes. Run by .ci/run and the workflow's
// `dist` job, not by every `npm test` (a rebuild of both bundles is the slowest part of a run).
// Exit 0: fresh; 1: a bundle differs or is missing (run `npm run build` and commit dist/).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUNDLES = ['index.js', 'cli.js'];
const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'layerlint-dist-'));
let stale = 0;
try {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), out], { cwd: root, stdio: 'inherit' });
  for (const file of BUNDLES) {
    const committed = join(root, 'dist', file);
    if (!existsSync(committed) || !readFileSync(committed).equals(readFileSync(join(out, file)))) {
      console.error(`check-dist: dist/${file} is stale: run npm run build and commit dist/`);
      stale++;
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (stale === 0) console.log(`check-dist: dist/${BUNDLES.join(' and dist/')} match a fresh build of src/`);
process.exit(stale === 0 ? 0 : 1);
