/**
 * Every fixture archive, read by the real reader and modelled by buildModel, must give exactly the
 * numbers that fixtures/oracle.py (an independent Python implementation cross-checked with GNU tar)
 * wrote to fixtures/expected/<archive>.json.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readImage } from '../../src/archive/index.js';
import { buildModel } from '../../src/image/analyze.js';
import type { DiveNumbers } from '../../src/image/model.js';
import { readOracle } from '../helpers/oracle.js';

const ROOT = join(import.meta.dirname, '../..');
const ARCHIVES = join(ROOT, 'fixtures/archives');
const EXPECTED = join(ROOT, 'fixtures/expected');

const archives = readdirSync(ARCHIVES)
  .filter((n) => !n.startsWith('.'))
  .sort();

describe('fixture archives match the independent oracle', () => {
  test('every archive has expected numbers', () => {
    const missing = archives.filter((a) => !existsSync(join(EXPECTED, `${a}.json`)));
    expect(missing).toEqual([]);
  });

  test.each(archives.filter((a) => existsSync(join(EXPECTED, `${a}.json`))))('%s', async (name) => {
    const expected = readOracle(EXPECTED, name);
    const path = join(ARCHIVES, name);
    const source = statSync(path).isDirectory()
      ? ({ kind: 'dir', path } as const)
      : ({ kind: 'file', path } as const);
    const images = await readImage(source, { platform: expected.platform });
    expect(images).toHaveLength(1);
    const model = buildModel(images[0] as NonNullable<(typeof images)[0]>);
    expect(model.image.configDigest).toBe(expected.config);
    const got = model.layers.map((l) => ({
      index: l.index,
      digest: l.digest,
      tarBytes: l.tarBytes,
      blobBytes: l.blobBytes,
      compression: l.compression,
      mediaType: l.mediaType,
      contentBytes: l.contentBytes,
      files: l.files,
      dirs: l.dirs,
      symlinks: l.symlinks,
      hardlinks: l.hardlinks,
      whiteouts: l.whiteouts,
      createdBy: l.createdBy,
      emptyLayer: l.emptyLayer,
      removedBytes: l.removedBytes,
      overwrittenBytes: l.overwrittenBytes,
    }));
    const want = expected.layers.map((l) => ({
      index: l.index,
      digest: l.digest,
      tarBytes: l.tarBytes,
      blobBytes: l.blobBytes,
      compression: l.compression,
      mediaType: l.mediaType,
      contentBytes: l.contentBytes,
      files: l.files,
      dirs: l.dirs,
      symlinks: l.symlinks,
      hardlinks: l.hardlinks,
      whiteouts: l.whiteouts,
      createdBy: l.createdBy,
      emptyLayer: l.emptyLayer,
      removedBytes: l.removedBytes,
      overwrittenBytes: l.overwrittenBytes,
    }));
    expect(got).toEqual(want);
    expect(model.totals).toEqual(expected.totals);
    diveByLayers.set(name, { layers: model.layers.map((l) => l.digest).join(','), dive: model.dive });
  });

  // Conversions (skopeo, podman, gzip/zstd) keep the layer tars: the same diffIDs must give the
  // same dive numbers whatever the archive format.
  test('archives with the same layers have the same dive numbers', () => {
    const groups = new Map<string, { name: string; dive: DiveNumbers }[]>();
    for (const [name, v] of diveByLayers)
      groups.set(v.layers, [...(groups.get(v.layers) ?? []), { name, dive: v.dive }]);
    const shared = [...groups.values()].filter((g) => g.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const g of shared)
      for (const x of g) expect({ name: x.name, dive: x.dive }).toEqual({ name: x.name, dive: g[0]?.dive });
  });
});

const diveByLayers = new Map<string, { layers: string; dive: DiveNumbers }>();
