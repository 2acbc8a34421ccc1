// A rebuild of the waste fixture with real engines must reproduce the committed per-layer numbers.
// fixtures/build.sh builds into a temporary folder and runs the independent oracle
// (fixtures/oracle.py) on the fresh archives; the numbers must equal fixtures/expected/*.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithEngine, findEngine, findNamedEngine, inCI } from './engine.js';
import type { Engine } from './engine.js';
import { readOracle, type OracleReport } from '../helpers/oracle.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// ll-base:1 is the host's /bin/busybox (Debian busybox-static) plus two small layers. A machine
// with another busybox-static build gives other base layers; everything above them must still match.
const BASE_LAYERS = 3;

// Everything a rebuild must reproduce. Digests and compressed blob sizes are left out: layers
// carry the build's mtimes, so they change on every build while the content does not.
function reproducible(r: OracleReport, skipBase: boolean): unknown {
  const layers = skipBase ? r.layers.slice(BASE_LAYERS) : r.layers;
  const base = r.layers.slice(0, BASE_LAYERS).reduce((s, l) => s + l.contentBytes, 0);
  const totals = skipBase
    ? {
        ...r.totals,
        contentBytes: r.totals.contentBytes - base,
        finalBytes: r.totals.finalBytes - base,
        efficiency: 'depends on the base',
      }
    : r.totals;
  return {
    format: r.format,
    totals,
    layers: layers.map((l) => ({
      index: l.index,
      createdBy: l.createdBy,
      tarBytes: l.tarBytes,
      blobBytes: l.compression === 'none' ? l.blobBytes : 'compressed',
      compression: l.compression,
      mediaType: l.mediaType,
      contentBytes: l.contentBytes,
      files: l.files,
      dirs: l.dirs,
      symlinks: l.symlinks,
      hardlinks: l.hardlinks,
      whiteouts: l.whiteouts,
      emptyLayer: l.emptyLayer,
      removedBytes: l.removedBytes,
      overwrittenBytes: l.overwrittenBytes,
    })),
  };
}

// The d20 fixtures need a Docker 20.10 daemon: DOCKER_HOST when it is one, else engines.sh's d20.
function findD20(): Engine | null {
  const e = findEngine();
  if (e !== null && e.version.startsWith('20.')) return e;
  return findNamedEngine('d20');
}

describeWithEngine(
  'fixtures/build.sh with real engines reproduces fixtures/expected',
  (d20) => {
    const d26 = findNamedEngine('d26');
    const d26c = findNamedEngine('d26c');
    const archives = ['waste-d20-legacy.tar', 'waste-d20-bk.tar'];
    if (d26 !== null) archives.push('waste-d26.tar');
    if (d26c !== null) archives.push('waste-d26c.tar');
    const tmp = mkdtempSync(join(tmpdir(), 'layerlint-fixtures-'));
    let build: { status: number | null; output: string } = { status: null, output: '' };

    beforeAll(() => {
      const env: NodeJS.ProcessEnv = { ...process.env, LL_HOST_D20: d20.host };
      if (d26 !== null) env['LL_HOST_D26'] = d26.host;
      if (d26c !== null) env['LL_HOST_D26C'] = d26c.host;
      const only = archives.map((a) => a.replace(/\.tar$/, '')).join(',');
      const r = spawnSync(
        'bash',
        [
          join(ROOT, 'fixtures/build.sh'),
          '--no-start',
          '--out',
          join(tmp, 'archives'),
          '--expected',
          join(tmp, 'expected'),
          '--only',
          only,
        ],
        { env, encoding: 'utf8', timeout: 540_000 },
      );
      build = { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    });
    afterAll(() => {
      rmSync(tmp, { recursive: true, force: true });
    });

    it('builds the waste image and runs the oracle', () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
    });

    if (d26 === null) {
      it.runIf(inCI())('has Docker 26 running in CI (scripts/engines.sh start d26)', () => {
        throw new Error('Docker 26 (unix:///tmp/ll/d26/docker.sock) does not answer under CI=true');
      });
    }

    for (const archive of archives) {
      it(`${archive}: per-layer numbers equal the committed fixtures/expected/${archive}.json`, () => {
        expect(build.status, 'the build failed; see the first test').toBe(0);
        const fresh = readOracle(join(tmp, 'expected'), archive);
        const committed = readOracle(join(ROOT, 'fixtures/expected'), archive);
        expect(fresh.layers.length).toBeGreaterThan(10);
        // Layer 0 is `COPY busybox /bin/busybox`: its content is exactly the host's binary.
        const busybox = statSync('/bin/busybox').size;
        expect(fresh.layers[0]?.contentBytes).toBe(busybox);
        const sameBase = committed.layers[0]?.contentBytes === busybox;
        if (!sameBase) {
          console.warn(
            `[e2e] ${archive}: this host's /bin/busybox (${busybox} bytes) is not the one the fixtures were built with; comparing the layers above ll-base:1 only`,
          );
        }
        expect(reproducible(fresh, !sameBase)).toEqual(reproducible(committed, !sameBase));
        // Written by hand from fixtures/waste/Dockerfile's `head -c` sizes: overwritten 102400,
        // deleted 8192 + 4096 + 2048, opaque dir 3000 + 1000, chmod 1048576, id_rsa 524.
        expect(fresh.totals['wastedBytes']).toBe(102_400 + 14_336 + 4_000 + 1_048_576 + 524);
      });
    }
  },
  findD20,
  'a Docker 20.10 engine (DOCKER_HOST or unix:///tmp/ll/d20/docker.sock)',
);
