// The committed fixtures are complete and consistent: every archive is documented in
// fixtures/README.md, has oracle numbers in fixtures/expected, and all fit the 40 MB budget.
// The waste numbers are also checked against sizes written by hand from its Dockerfile, so the
// oracle itself is held to numbers it did not compute.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOracle, type OracleLayer, type OracleReport } from './helpers/oracle.js';

const FX = fileURLToPath(new URL('../fixtures', import.meta.url));
const ARCHIVES = join(FX, 'archives');
const EXPECTED = join(FX, 'expected');
const BUDGET_BYTES = 40_000_000;

function sizeOf(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const archives = readdirSync(ARCHIVES)
  .filter((n) => !n.startsWith('.'))
  .sort();
const readme = readFileSync(join(FX, 'README.md'), 'utf8');
const expected = (name: string): OracleReport => readOracle(EXPECTED, name);

describe('fixtures/archives', () => {
  it('holds the archives of every engine and format', () => {
    for (const name of [
      'waste-d20-legacy.tar',
      'waste-d20-bk.tar',
      'waste-d26.tar',
      'waste-oci-gzip.tar',
      'waste-oci-zstd.tar',
      'waste-oci-dir',
      'waste-skopeo-docker.tar',
      'clean-d20-legacy.tar',
      'clean-d20-bk.tar',
      'clean-d26.tar',
      'multistage-d20-legacy.tar',
      'multistage-d20-bk.tar',
      'multistage-d26.tar',
      'heredoc-d26.tar',
      'clean-v2-d20-bk.tar',
      'base-oci-gzip.tar',
      'base-v2-oci-gzip.tar',
    ]) {
      expect(archives, name).toContain(name);
    }
  });

  it.each(archives)('%s is listed in fixtures/README.md with its current size', (name) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    expect(row, `no table row for ${name}`).toBeDefined();
    const cells = (row ?? '').split(' | ');
    expect(cells).toContain(String(sizeOf(join(ARCHIVES, name))));
  });

  it.each(archives)('%s has oracle numbers that add up', (name) => {
    const e = expected(name);
    expect(e.archive).toBe(name);
    expect(e.layers.length).toBe(e.totals.layerCount);
    const sum = (f: (l: OracleLayer) => number) => e.layers.reduce((s, l) => s + f(l), 0);
    expect(sum((l) => l.contentBytes)).toBe(e.totals.contentBytes);
    expect(sum((l) => l.removedBytes)).toBe(e.totals.removedBytes);
    expect(sum((l) => l.overwrittenBytes)).toBe(e.totals.overwrittenBytes);
    expect(e.totals.wastedBytes).toBe(e.totals.contentBytes - e.totals.finalBytes);
    expect(e.totals.efficiency).toBeCloseTo(
      e.totals.contentBytes === 0 ? 1 : e.totals.finalBytes / e.totals.contentBytes,
      12,
    );
  });

  it('has no expected file without its archive', () => {
    const names = readdirSync(EXPECTED)
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length));
    expect(names.sort()).toEqual(archives);
  });

  it(`stays under ${BUDGET_BYTES} bytes in total`, () => {
    const total = archives.reduce((s, n) => s + sizeOf(join(ARCHIVES, n)), 0);
    expect(total).toBeLessThan(BUDGET_BYTES);
  });
});

// Sizes from fixtures/waste/Dockerfile (head -c N) and fixtures/build.sh (the fake id_rsa).
const byStep = (e: OracleReport, text: string): OracleLayer => {
  const l = e.layers.find((x) => x.createdBy?.includes(text) === true);
  if (l === undefined) throw new Error(`${e.archive}: no layer created by "${text}"`);
  return l;
};
const wasteArchives = archives.filter((n) => n.startsWith('waste-'));

describe.each(wasteArchives)('%s: numbers written by hand from the Dockerfile', (name) => {
  const e = expected(name);
  it('the overwrite layer replaces 102400 bytes with 153600', () => {
    const l = byStep(e, "tr '\\0' 'w' > /data/overwrite.bin");
    expect([l.contentBytes, l.overwrittenBytes, l.removedBytes]).toEqual([153_600, 102_400, 0]);
  });
  it('the delete layer removes a file and a directory tree: 8192 + 4096 + 2048', () => {
    const l = byStep(e, 'rm -rf /data/dir-to-delete /data/file-to-delete.txt');
    expect([l.contentBytes, l.whiteouts, l.removedBytes]).toEqual([0, 2, 14_336]);
  });
  it('the re-created directory hides 3000 + 1000 bytes', () => {
    const l = byStep(e, 'rm -rf /data/opaque && mkdir /data/opaque');
    expect([l.contentBytes, l.removedBytes]).toEqual([4, 4_000]);
    expect(l.whiteouts).toBeGreaterThanOrEqual(1); // an opaque marker, or one whiteout per file
  });
  it('the chmod-only layer stores the 1 MiB file again', () => {
    const l = byStep(e, 'chmod 600 /data/large.bin');
    expect([l.contentBytes, l.overwrittenBytes, l.files]).toEqual([1_048_576, 1_048_576, 1]);
  });
  it('the link layer has one hardlink and one symlink', () => {
    const l = byStep(e, 'ln /data/linked.txt /data/linked.hardlink');
    expect([l.hardlinks, l.symlinks, l.contentBytes]).toEqual([1, 1, 512 + 777 + 14]);
  });
  it('the late secret removal hides the 524-byte fake key', () => {
    const l = byStep(e, 'rm -f /app/secrets/id_rsa');
    expect([l.whiteouts, l.removedBytes]).toEqual([1, 524]);
  });
  it('the caches layer stores 40960 + 30720 + 20480 bytes', () => {
    expect(byStep(e, 'mkdir -p /var/cache/apt/archives/partial').contentBytes).toBe(92_160);
  });
  it('wastes exactly what the Dockerfile deletes, overwrites and rewrites', () => {
    expect(e.totals.wastedBytes).toBe(102_400 + 14_336 + 4_000 + 1_048_576 + 524);
    expect(e.totals.removedBytes).toBe(14_336 + 4_000 + 524);
    expect(e.totals.overwrittenBytes).toBe(102_400 + 1_048_576);
  });
});
