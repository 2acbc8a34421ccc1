import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '../../src/archive/index.js';
import { hostPlatform } from '../../src/oci/platform.js';
import type { ArchiveFormat, LoadedImage, ReadOptions } from '../../src/archive/types.js';
import {
  CHUNK_SIZES,
  blob,
  chunked,
  sampleLayers,
  sha256,
  syntheticCrane,
  syntheticDocker25,
  syntheticLegacy,
  syntheticMulti,
  syntheticOciArchive,
  syntheticOciLayoutFiles,
  syntheticSkopeo,
  syntheticTar,
  type SyntheticImage,
} from '../helpers/synthetic.js';
import { at } from './at.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerlint-archive-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});
let n = 0;

/** Read an in-memory archive as a stream fed in `size`-byte chunks (0 = whole). */
function readStream(archive: Buffer, size: number, opts: ReadOptions = {}): Promise<LoadedImage[]> {
  return readImage({ kind: 'stream', stream: chunked(archive, size), name: 'synthetic.tar' }, opts);
}

/** Read it from a file on disk, with random access (default) or streaming. */
function readFile(archive: Buffer, opts: ReadOptions = {}): Promise<LoadedImage[]> {
  const path = join(tmp, `a${n++}.tar`);
  writeFileSync(path, archive);
  return readImage({ kind: 'file', path }, { name: 'synthetic.tar', ...opts });
}

const [l0, l1, l2] = sampleLayers() as [Buffer, Buffer, Buffer];
const image = (compression: 'none' | 'gzip' | 'zstd' = 'none'): SyntheticImage => ({
  layers: [l0, l1, l2].map((tar) => ({ tar, compression })),
  history: [
    { created_by: 'base' },
    { created_by: 'ENV x', empty_layer: true },
    { created_by: 'RUN a' },
    { created_by: 'RUN b' },
  ],
});

function expectLayers(img: LoadedImage, compression: string, format: ArchiveFormat): void {
  expect(img.format).toBe(format);
  expect(img.platform).toMatchObject({ os: 'linux', architecture: 'amd64' });
  expect(img.layers.map((l) => l.scan.diffId)).toEqual([sha256(l0), sha256(l1), sha256(l2)]);
  expect(img.layers.map((l) => l.scan.tarBytes)).toEqual([l0.length, l1.length, l2.length]);
  expect(img.layers.map((l) => l.scan.compression)).toEqual([compression, compression, compression]);
  expect(img.layers.map((l) => l.scan.entries.length)).toEqual([7, 4, 0]);
  expect(img.config.history?.length).toBe(4);
}

const cases: { name: string; archive: Buffer; compression: string; format: ArchiveFormat; ref?: string }[] = [
  {
    name: 'legacy docker save',
    archive: syntheticLegacy(image()),
    compression: 'none',
    format: 'docker-legacy',
    ref: 'synthetic:legacy',
  },
  {
    name: 'Docker 25+',
    archive: syntheticDocker25(image()),
    compression: 'none',
    format: 'docker-25',
    ref: 'synthetic:d25',
  },
  {
    name: 'oci-archive (gzip)',
    archive: syntheticOciArchive(image('gzip')),
    compression: 'gzip',
    format: 'oci-archive',
    ref: 'oci',
  },
  {
    name: 'oci-archive (zstd)',
    archive: syntheticOciArchive(image('zstd')),
    compression: 'zstd',
    format: 'oci-archive',
  },
  {
    name: 'crane tarball',
    archive: syntheticCrane(image('gzip')),
    compression: 'gzip',
    format: 'crane',
    ref: 'synthetic/crane:1',
  },
  {
    name: 'skopeo docker-archive (symlinks)',
    archive: syntheticSkopeo(image(), 'symlink'),
    compression: 'none',
    format: 'skopeo-docker',
  },
  {
    name: 'skopeo docker-archive (hardlinks)',
    archive: syntheticSkopeo(image(), 'hardlink'),
    compression: 'none',
    format: 'skopeo-docker',
  },
  {
    name: 'containerd store (nested index, attestations)',
    archive: syntheticMulti({ images: [image('gzip')], attestations: true, dockerManifest: true }),
    compression: 'gzip',
    format: 'containerd',
  },
];

describe('formats', () => {
  for (const c of cases) {
    for (const size of CHUNK_SIZES) {
      it(`${c.name}: streamed in chunks of ${size || 'whole'}`, async () => {
        const images = await readStream(c.archive, size);
        expect(images).toHaveLength(1);
        const img = at(images);
        expectLayers(img, c.compression, c.format);
        if (c.ref) expect(img.ref).toBe(c.ref);
        expect(img.source).toBe('synthetic.tar');
      });
    }
    it(`${c.name}: file on disk, random access and streaming agree`, async () => {
      const random = at(await readFile(c.archive));
      const stream = at(await readFile(c.archive, { access: 'stream' }));
      expectLayers(random, c.compression, c.format);
      expect(stream).toEqual(random);
    });
  }

  it('reads an outer .tar.gz by its magic bytes', async () => {
    const gz = blob({ tar: syntheticLegacy(image()), compression: 'gzip' });
    for (const size of [0, 7, 4096]) expectLayers(at(await readStream(gz, size)), 'none', 'docker-legacy');
    expectLayers(at(await readFile(gz)), 'none', 'docker-legacy');
  });

  it('reads an OCI layout directory', async () => {
    const dir = join(tmp, `layout${n++}`);
    for (const [p, b] of syntheticOciLayoutFiles(image('gzip'))) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), b);
    }
    const img = at(await readImage({ kind: 'dir', path: dir }));
    expectLayers(img, 'gzip', 'oci-layout');
    expect(at(img.layers).mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
    const viaFile = at(await readImage({ kind: 'file', path: dir }));
    expect(viaFile.format).toBe('oci-layout');
  });

  it('keeps LayerSources media types and the config digest (Docker 25+)', async () => {
    const img = at(await readStream(syntheticDocker25(image()), 0));
    expect(at(img.layers).mediaType).toBe('application/vnd.oci.image.layer.v1.tar');
    expect(img.configDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(img.manifestDigest).toMatch(/^sha256:/);
  });

  it('lists the same layer twice when the manifest does', async () => {
    const img: SyntheticImage = { layers: [{ tar: l0 }, { tar: l0 }] };
    for (const archive of [
      syntheticLegacy(img),
      syntheticOciArchive(img),
      syntheticSkopeo(img, 'hardlink', false),
    ]) {
      const r = at(await readStream(archive, 512));
      expect(r.layers.map((l) => l.scan.diffId)).toEqual([sha256(l0), sha256(l0)]);
      const f = at(await readFile(archive));
      expect(f.layers).toHaveLength(2);
    }
  });

  it('verifies diffIDs against rootfs.diff_ids unless verify is false', async () => {
    const wrong = syntheticLegacy({ layers: [{ tar: l0 }], diffIds: [sha256('something else')] });
    await expect(readStream(wrong, 0)).rejects.toThrow(
      /synthetic\.tar: .*layer\.tar: layer 0 diffID mismatch/,
    );
    await expect(readFile(wrong)).rejects.toThrow(/diffID mismatch/);
    const img = at(await readStream(wrong, 0, { verify: false }));
    expect(at(img.layers).scan.diffId).toBe(sha256(l0));
    const short = syntheticLegacy({ layers: [{ tar: l0 }], diffIds: [] });
    await expect(readStream(short, 0)).rejects.toThrow(/1 layers but .*diff_ids has 0/);
  });

  it('reports progress in bytes and layers', async () => {
    const archive = syntheticLegacy(image());
    const seen: { bytes: number; layers: number }[] = [];
    await readStream(archive, 4096, { onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ bytes: archive.length, layers: 3 });
    expect(seen.every((p, i) => i === 0 || p.bytes >= at(seen, i - 1).bytes)).toBe(true);
    // Random access reports the layer bytes it reads.
    const random: { bytes: number; layers: number }[] = [];
    await readFile(archive, { onProgress: (p) => random.push(p) });
    expect(random.at(-1)).toEqual({ bytes: l0.length + l1.length + l2.length, layers: 3 });
  });
});

describe('platforms', () => {
  const amd = { ...image('gzip'), architecture: 'amd64' };
  const armTar = syntheticTar([{ name: 'arm-only', body: 'a' }]);
  const arm = {
    layers: [{ tar: armTar, compression: 'gzip' as const }],
    architecture: 'arm64',
    variant: 'v8',
  };
  const multi = syntheticMulti({ images: [amd, arm], attestations: true });
  const host = hostPlatform();

  it('takes the host platform by default, and lists every image platform (attestations excluded)', async () => {
    const img = at(await readStream(multi, 4096));
    expect(img.platforms.map((p) => `${p.os}/${p.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    if (host.architecture === 'amd64' || host.architecture === 'arm64')
      expect(img.platform.architecture).toBe(host.architecture);
  });

  it('selects --platform os/arch[/variant]', async () => {
    const a = at(await readStream(multi, 0, { platform: 'linux/arm64' }));
    expect(a.platform).toEqual({ os: 'linux', architecture: 'arm64', variant: 'v8' });
    expect(a.layers.map((l) => l.scan.diffId)).toEqual([sha256(armTar)]);
    const b = at(await readStream(multi, 0, { platform: 'linux/arm64/v8' }));
    expect(b.platform.variant).toBe('v8');
    await expect(readStream(multi, 0, { platform: 'linux/arm64/v7' })).rejects.toThrow(
      /platform linux\/arm64\/v7 is not in the archive; it has: linux\/amd64, linux\/arm64\/v8/,
    );
    await expect(readStream(multi, 0, { platform: 'amd64' })).rejects.toThrow(/expected os\/arch/);
  });

  it('returns every platform with allPlatforms', async () => {
    const all = await readStream(multi, 0, { allPlatforms: true });
    expect(all.map((i) => i.platform.architecture)).toEqual(['amd64', 'arm64']);
    expect(at(all).provenance).toMatchObject({ builder: { id: 'synthetic' }, platform: 'amd64' });
    expect(at(all, 1).provenance).toMatchObject({ platform: 'arm64' });
  });

  it('fails with the platform list when none is the host and there are several', async () => {
    const a = { ...arm, architecture: 'riscv64', variant: undefined };
    const b = { ...arm, architecture: 's390x', variant: undefined };
    const archive = syntheticMulti({ images: [a, b] });
    await expect(readStream(archive, 0)).rejects.toThrow(
      /2 platforms .* --platform: linux\/riscv64, linux\/s390x/,
    );
  });

  it('takes the only platform when it is not the host', async () => {
    const only = syntheticMulti({ images: [{ ...arm, architecture: 'riscv64', variant: undefined }] });
    const img = at(await readStream(only, 0));
    expect(img.platform.architecture).toBe('riscv64');
  });

  it('ignores missing blobs of platforms that are not chosen, and fails when the chosen one needs them', async () => {
    const partial = syntheticMulti({
      images: [amd, arm],
      attestations: true,
      dockerManifest: true,
      omit: ({ manifests, layers }) => [at(manifests, 1), ...at(layers, 1)],
    });
    const img = at(await readStream(partial, 7, { platform: 'linux/amd64' }));
    expect(img.layers).toHaveLength(3);
    expect(img.format).toBe('containerd');
    await expect(readStream(partial, 0, { platform: 'linux/arm64' })).rejects.toThrow(
      /manifest blob sha256:\w+ for linux\/arm64\/v8 is missing/,
    );
    const noLayer = syntheticMulti({ images: [amd, arm], omit: ({ layers }) => [at(at(layers, 1))] });
    await expect(readFile(noLayer, { platform: 'linux/arm64' })).rejects.toThrow(
      /layer 0 blob sha256:\w+ is missing from the archive/,
    );
    expect(at(await readFile(noLayer, { platform: 'linux/amd64' })).layers).toHaveLength(3);
  });

  it('reads an image without layers', async () => {
    const none: SyntheticImage = { layers: [], history: [{ created_by: 'ENV a=b', empty_layer: true }] };
    for (const archive of [syntheticLegacy(none), syntheticOciArchive(none), syntheticDocker25(none)]) {
      for (const size of [0, 7]) {
        const img = at(await readStream(archive, size));
        expect(img.layers).toEqual([]);
        expect(img.config.rootfs.diff_ids).toEqual([]);
      }
      expect(at(await readFile(archive)).layers).toEqual([]);
    }
  });

  it('treats an empty blob member as an empty layer', async () => {
    const empty = syntheticTar([]).subarray(0, 0);
    const img = at(await readStream(syntheticLegacy({ layers: [{ tar: empty }] }), 0));
    expect(at(img.layers).scan).toMatchObject({ tarBytes: 0, entries: [], diffId: sha256(empty) });
  });
});
