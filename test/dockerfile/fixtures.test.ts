/**
 * Every fixture Dockerfile (fixtures/<image>/Dockerfile) mapped under every engine that built it
 * (fixtures/archives). The expected lines are written by hand from the Dockerfiles; the configs
 * are read straight from the archives the real engines saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapLayers, parseDockerfile } from '../../src/dockerfile/index.js';
import type { MappingQuality } from '../../src/dockerfile/types.js';
import { configFromDockerSave, must } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..', 'fixtures');

/** `C` = COPY/ADD: `probable` under the legacy builder (sources hashed away), `exact` under BuildKit. */
type Q = MappingQuality | 'C';
type Row = [number, string, Q];

interface Fixture {
  dockerfile: string;
  /** Layers of ll-base:1 (busybox, --install, os-release) at the bottom; 0 for FROM scratch. */
  base: number;
  bk: Row[];
  legacy: Row[];
}

const WASTE_RUNS: Row[] = [
  [9, 'RUN', 'exact'],
  [11, 'RUN', 'exact'],
  [16, 'RUN', 'exact'],
  [21, 'RUN', 'exact'],
  [30, 'RUN', 'exact'],
  [37, 'RUN', 'exact'],
  [39, 'RUN', 'exact'],
  [41, 'RUN', 'exact'],
  [43, 'RUN', 'exact'],
];

const FIXTURES: Record<string, Fixture> = {
  base: {
    dockerfile: 'base',
    base: 0,
    bk: [
      [4, 'COPY', 'C'],
      [5, 'RUN', 'exact'],
      [6, 'COPY', 'C'],
    ],
    legacy: [],
  },
  // ll-base:2 is FROM ll-base:1: its three layers are the base image.
  'base-v2': {
    dockerfile: 'base-v2',
    base: 3,
    bk: [
      [4, 'COPY', 'C'],
      [5, 'RUN', 'exact'],
    ],
    legacy: [],
  },
  clean: {
    dockerfile: 'clean',
    base: 3,
    // ARG NODE_ENV (line 8) gives RUN the `|1 NODE_ENV=production` prefix.
    bk: [
      [5, 'COPY', 'C'],
      [6, 'COPY', 'C'],
      [7, 'WORKDIR', 'exact'],
      [9, 'RUN', 'exact'],
      [10, 'COPY', 'C'],
    ],
    // Legacy: /app already exists (line 6 copied into it), so WORKDIR /app makes no layer.
    legacy: [
      [5, 'COPY', 'C'],
      [6, 'COPY', 'C'],
      [9, 'RUN', 'exact'],
      [10, 'COPY', 'C'],
    ],
  },
  multistage: {
    // Target: the last stage (runtime, FROM scratch). Each COPY --from brings one layer, not the
    // toolchain/build stages' layers.
    dockerfile: 'multistage',
    base: 0,
    bk: [
      [18, 'COPY', 'C'],
      [19, 'COPY', 'C'],
    ],
    legacy: [
      [18, 'COPY', 'C'],
      [19, 'COPY', 'C'],
    ],
  },
  heredoc: {
    dockerfile: 'heredoc',
    base: 3,
    bk: [
      [4, 'RUN', 'exact'],
      [10, 'COPY', 'C'],
      [14, 'RUN', 'exact'],
    ],
    legacy: [],
  },
  waste: {
    dockerfile: 'waste',
    base: 3,
    // BuildKit: `RUN true` (line 45) makes an empty layer.
    bk: [
      [5, 'COPY', 'C'],
      [6, 'WORKDIR', 'exact'],
      [8, 'COPY', 'C'],
      ...WASTE_RUNS,
      [45, 'RUN', 'exact'],
      [47, 'RUN', 'exact'],
      [49, 'RUN', 'exact'],
    ],
    // Legacy: `RUN true` changes nothing, so it has a history entry but no layer.
    legacy: [
      [5, 'COPY', 'C'],
      [6, 'WORKDIR', 'exact'],
      [8, 'COPY', 'C'],
      ...WASTE_RUNS,
      [47, 'RUN', 'exact'],
      [49, 'RUN', 'exact'],
    ],
  },
};

/** archive name -> [fixture, builder]. The OCI/skopeo/podman conversions keep the d20 BuildKit config. */
const ARCHIVES: [string, string, 'bk' | 'legacy'][] = [
  ['base-oci-gzip.tar', 'base', 'bk'],
  ['base-v2-oci-gzip.tar', 'base-v2', 'bk'],
  ['clean-d20-bk.tar', 'clean', 'bk'],
  ['clean-d20-legacy.tar', 'clean', 'legacy'],
  ['clean-d26.tar', 'clean', 'bk'],
  ['clean-v2-d20-bk.tar', 'clean', 'bk'],
  ['multistage-d20-bk.tar', 'multistage', 'bk'],
  ['multistage-d20-legacy.tar', 'multistage', 'legacy'],
  ['multistage-d26.tar', 'multistage', 'bk'],
  ['heredoc-d26.tar', 'heredoc', 'bk'],
  ['waste-d20-bk.tar', 'waste', 'bk'],
  ['waste-d20-legacy.tar', 'waste', 'legacy'],
  ['waste-d26.tar', 'waste', 'bk'],
  ['waste-d26c.tar', 'waste', 'bk'],
  ['waste-oci-gzip.tar', 'waste', 'bk'],
  ['waste-oci-zstd.tar', 'waste', 'bk'],
  ['waste-skopeo-docker.tar', 'waste', 'bk'],
  ['waste-oci-dir', 'waste', 'bk'],
  ['waste-podman-oci.tar', 'waste', 'bk'],
];

describe('fixture Dockerfiles under every engine that built them', () => {
  for (const [archive, name, builder] of ARCHIVES) {
    it(archive, () => {
      const fx = must(FIXTURES[name], `fixture ${name}`);
      const text = readFileSync(join(ROOT, fx.dockerfile, 'Dockerfile'), 'utf8');
      const df = parseDockerfile(text, `fixtures/${fx.dockerfile}/Dockerfile`, { buildArgs: {} });
      const cfg = configFromDockerSave(join(ROOT, 'archives', archive));
      const r = mapLayers({ dockerfile: df, history: cfg.history, diffIds: cfg.diff_ids });
      const c = builder === 'legacy' ? 'probable' : 'exact';
      const want = (builder === 'legacy' ? fx.legacy : fx.bk).map(([l, k, q]) => [l, k, q === 'C' ? c : q]);
      expect(
        r.layers
          .slice(fx.base)
          .map((l) => [l.instruction?.line ?? -1, l.instruction?.keyword ?? '-', l.mapping]),
      ).toEqual(want);
      expect(r.layers.slice(0, fx.base).every((l) => l.fromBaseImage && l.instruction === null)).toBe(true);
      expect(r.layers.slice(fx.base).every((l) => !l.fromBaseImage)).toBe(true);
      expect(r.warnings).toEqual([]);
    });
  }

  it('with the base image as --base-image, the boundary is its diff_ids', () => {
    const base = configFromDockerSave(join(ROOT, 'archives', 'base-oci-gzip.tar'));
    const cfg = configFromDockerSave(join(ROOT, 'archives', 'waste-d20-bk.tar'));
    const df = parseDockerfile(readFileSync(join(ROOT, 'waste', 'Dockerfile'), 'utf8'), 'Dockerfile', {
      buildArgs: {},
    });
    const r = mapLayers({
      dockerfile: df,
      history: cfg.history,
      diffIds: cfg.diff_ids,
      baseDiffIds: base.diff_ids,
    });
    expect(r.layers.map((l) => l.fromBaseImage)).toEqual(cfg.diff_ids.map((_, k) => k < 3));
    expect(r.layers[3]?.instruction?.line).toBe(5);
  });
});
