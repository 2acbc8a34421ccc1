import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/image/analyze.js';
import type { HiddenFile, ImageModel } from '../../src/image/model.js';
import { synthetic, type SyntheticLayer } from '../helpers/image.js';
import { syntheticModel } from '../helpers/model.js';

/** Hidden files without the entry objects, for compact expectations. */
function hiddenSummary(m: ImageModel): Omit<HiddenFile, 'entry' | 'replacement'>[] {
  return m.hidden.map(({ path, bytes, layer, hiddenBy, how, sameContent }) => ({
    path,
    bytes,
    layer,
    hiddenBy,
    how,
    sameContent,
  }));
}

function finalFiles(m: ImageModel): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [p, f] of [...m.final].sort(([a], [b]) => (a < b ? -1 : 1)))
    out[p] = `${f.entry.kind}@${f.layer}`;
  return out;
}

function model(...layers: (string[] | SyntheticLayer)[]): ImageModel {
  return syntheticModel({ layers: layers.map((l) => (Array.isArray(l) ? { entries: l } : l)) });
}

describe('merge rules', () => {
  const cases: {
    name: string;
    layers: string[][];
    final: Record<string, string>;
    removed: number[];
    overwritten: number[];
    hidden: Omit<HiddenFile, 'entry' | 'replacement'>[];
  }[] = [
    {
      name: 'a later file replaces a lower file (overwrite)',
      layers: [['a:100'], ['a:30']],
      final: { a: 'file@1' },
      removed: [0, 0],
      overwritten: [0, 100],
      hidden: [{ path: 'a', bytes: 100, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false }],
    },
    {
      name: 'same hash and size marks sameContent',
      layers: [['a:100#x'], ['a:100#x']],
      final: { a: 'file@1' },
      removed: [0, 0],
      overwritten: [0, 100],
      hidden: [{ path: 'a', bytes: 100, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: true }],
    },
    {
      name: 'same hash but another size is not the same content',
      layers: [['a:100#x'], ['a:101#x']],
      final: { a: 'file@1' },
      removed: [0, 0],
      overwritten: [0, 100],
      hidden: [{ path: 'a', bytes: 100, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false }],
    },
    {
      name: 'a whiteout hides a lower file',
      layers: [
        ['d/', 'd/f:50', 'd/g:7'],
        ['d/', 'd/.wh.f'],
      ],
      final: { d: 'dir@1', 'd/g': 'file@0' },
      removed: [0, 50],
      overwritten: [0, 0],
      hidden: [{ path: 'd/f', bytes: 50, layer: 0, hiddenBy: 1, how: 'whiteout', sameContent: false }],
    },
    {
      name: 'a whited-out directory hides its whole subtree',
      layers: [['d/', 'd/e/', 'd/e/f:10', 'd/g:20'], ['d/', 'd/e/h:5'], ['.wh.d']],
      final: {},
      removed: [0, 0, 35],
      overwritten: [0, 0, 0],
      hidden: [
        { path: 'd/e/f', bytes: 10, layer: 0, hiddenBy: 2, how: 'whiteout', sameContent: false },
        { path: 'd/g', bytes: 20, layer: 0, hiddenBy: 2, how: 'whiteout', sameContent: false },
        { path: 'd/e/h', bytes: 5, layer: 1, hiddenBy: 2, how: 'whiteout', sameContent: false },
      ],
    },
    {
      name: 'a whiteout hides lower layers only, not an entry of its own layer',
      layers: [['x:10'], ['.wh.x', 'x:4']],
      final: { x: 'file@1' },
      removed: [0, 10],
      overwritten: [0, 0],
      hidden: [{ path: 'x', bytes: 10, layer: 0, hiddenBy: 1, how: 'whiteout', sameContent: false }],
    },
    {
      name: 'a whiteout after its own layer re-created the path still hides only the lower file',
      layers: [['x:10'], ['x:4', '.wh.x']],
      final: { x: 'file@1' },
      removed: [0, 10],
      overwritten: [0, 0],
      hidden: [{ path: 'x', bytes: 10, layer: 0, hiddenBy: 1, how: 'whiteout', sameContent: false }],
    },
    {
      name: 'opaque markers apply first: lower children vanish, same-layer children stay',
      layers: [
        ['d/', 'd/a:1', 'd/s/', 'd/s/b:2', 'e:3'],
        ['d/', 'd/c:4', 'd/.wh..wh..opq'],
      ],
      final: { d: 'dir@1', 'd/c': 'file@1', e: 'file@0' },
      removed: [0, 3],
      overwritten: [0, 0],
      hidden: [
        { path: 'd/a', bytes: 1, layer: 0, hiddenBy: 1, how: 'opaque', sameContent: false },
        { path: 'd/s/b', bytes: 2, layer: 0, hiddenBy: 1, how: 'opaque', sameContent: false },
      ],
    },
    {
      name: 'a re-created file under an opaque dir is removed, not overwritten',
      layers: [
        ['d/', 'd/a:9'],
        ['d/', 'd/.wh..wh..opq', 'd/a:9'],
      ],
      final: { d: 'dir@1', 'd/a': 'file@1' },
      removed: [0, 9],
      overwritten: [0, 0],
      hidden: [{ path: 'd/a', bytes: 9, layer: 0, hiddenBy: 1, how: 'opaque', sameContent: false }],
    },
    {
      name: 'a directory over a directory merges',
      layers: [
        ['d/', 'd/a:1'],
        ['d/', 'd/b:2'],
      ],
      final: { d: 'dir@1', 'd/a': 'file@0', 'd/b': 'file@1' },
      removed: [0, 0],
      overwritten: [0, 0],
      hidden: [],
    },
    {
      name: 'a non-directory over a lower directory hides its subtree',
      layers: [['d/', 'd/a:1', 'd/s/', 'd/s/b:2'], ['d -> elsewhere']],
      final: { d: 'symlink@1' },
      removed: [0, 0],
      overwritten: [0, 3],
      hidden: [
        { path: 'd/a', bytes: 1, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false },
        { path: 'd/s/b', bytes: 2, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false },
      ],
    },
    {
      name: 'a directory over a lower file replaces it',
      layers: [['d:8'], ['d/', 'd/x:1']],
      final: { d: 'dir@1', 'd/x': 'file@1' },
      removed: [0, 0],
      overwritten: [0, 8],
      hidden: [{ path: 'd', bytes: 8, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false }],
    },
    {
      name: 'a symlink and a hardlink replace files; links count no bytes',
      layers: [
        ['a:5', 'b:6'],
        ['a -> b', 'b => a'],
      ],
      final: { a: 'symlink@1', b: 'hardlink@1' },
      removed: [0, 0],
      overwritten: [0, 11],
      hidden: [
        { path: 'a', bytes: 5, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false },
        { path: 'b', bytes: 6, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false },
      ],
    },
    {
      name: 'entries in the same layer do not hide each other (tar order wins in the final fs)',
      layers: [['a:5', 'a:7']],
      final: { a: 'file@0' },
      removed: [0],
      overwritten: [0],
      hidden: [],
    },
    {
      name: 'a whiteout of a missing path hides nothing',
      layers: [['a:5'], ['.wh.zz']],
      final: { a: 'file@0' },
      removed: [0, 0],
      overwritten: [0, 0],
      hidden: [],
    },
    {
      name: 'a whiteout of a directory that was never listed still hides its children',
      layers: [['d/x:4'], ['.wh.d']],
      final: {},
      removed: [0, 4],
      overwritten: [0, 0],
      hidden: [{ path: 'd/x', bytes: 4, layer: 0, hiddenBy: 1, how: 'whiteout', sameContent: false }],
    },
    {
      name: 'an opaque marker on the root hides everything below',
      layers: [
        ['a:1', 'd/', 'd/b:2'],
        ['.wh..wh..opq', 'c:3'],
      ],
      final: { c: 'file@1' },
      removed: [0, 3],
      overwritten: [0, 0],
      hidden: [
        { path: 'a', bytes: 1, layer: 0, hiddenBy: 1, how: 'opaque', sameContent: false },
        { path: 'd/b', bytes: 2, layer: 0, hiddenBy: 1, how: 'opaque', sameContent: false },
      ],
    },
    {
      name: 'a file hidden once is not hidden again',
      layers: [['a:10'], ['a:20'], ['.wh.a'], ['a:1']],
      final: { a: 'file@3' },
      removed: [0, 0, 20, 0],
      overwritten: [0, 10, 0, 0],
      hidden: [
        { path: 'a', bytes: 10, layer: 0, hiddenBy: 1, how: 'overwrite', sameContent: false },
        { path: 'a', bytes: 20, layer: 1, hiddenBy: 2, how: 'whiteout', sameContent: false },
      ],
    },
  ];

  test.each(cases)('$name', ({ layers, final, removed, overwritten, hidden }) => {
    const m = model(...layers);
    expect(finalFiles(m)).toEqual(final);
    expect(m.layers.map((l) => l.removedBytes)).toEqual(removed);
    expect(m.layers.map((l) => l.overwrittenBytes)).toEqual(overwritten);
    expect(hiddenSummary(m)).toEqual(hidden);
    // Every content byte is either visible or hidden, except same-layer duplicates.
    const hiddenBytes = m.hidden.reduce((s, h) => s + h.bytes, 0);
    expect(m.totals.removedBytes + m.totals.overwrittenBytes).toBe(hiddenBytes);
  });

  test('overwrite records the replacing entry; whiteouts do not', () => {
    const m = model(['a:1', 'b:1'], ['a:2', '.wh.b']);
    const a = m.hidden.find((h) => h.path === 'a');
    const b = m.hidden.find((h) => h.path === 'b');
    expect(a?.replacement?.size).toBe(2);
    expect(a?.entry.size).toBe(1);
    expect(b?.replacement).toBeUndefined();
  });

  test('hidden is sorted by adding layer, then path', () => {
    const m = model(['z:1', 'b:1'], ['a:1', 'y:1'], ['.wh.z', '.wh.b', '.wh.a', '.wh.y']);
    expect(m.hidden.map((h) => `${h.layer}:${h.path}`)).toEqual(['0:b', '0:z', '1:a', '1:y']);
  });
});

describe('per-layer numbers', () => {
  test('contentBytes counts regular files only; counts by kind; whiteouts include opaque markers', () => {
    const m = model([
      'd/',
      'd/f:100',
      'd/g:23',
      'd/l -> f',
      'd/h => d/f',
      { path: 'dev', kind: 'other', size: 0 } as never,
      'x/.wh.y',
      'x/.wh..wh..opq',
    ]);
    const l = m.layers[0];
    expect(l).toMatchObject({
      contentBytes: 123,
      files: 2,
      dirs: 1,
      symlinks: 1,
      hardlinks: 1,
      whiteouts: 2,
      emptyLayer: false,
    });
  });

  test('a hardlink header with a size still counts 0 content bytes', () => {
    const m = syntheticModel({
      layers: [{ entries: [{ path: 'h', kind: 'hardlink', size: 999, linkname: 'x' }] }],
    });
    expect(m.layers[0]?.contentBytes).toBe(0);
  });

  test('emptyLayer is true only for a tar without entries', () => {
    const m = model([], ['d/']);
    expect(m.layers.map((l) => l.emptyLayer)).toEqual([true, false]);
  });

  test('scan fields are carried over', () => {
    const img = synthetic([
      { entries: ['a:1'], mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip' },
      { entries: [] },
    ]);
    const l0 = img.layers[0];
    if (!l0) throw new Error('no layer');
    l0.scan.blobBytes = 77;
    l0.scan.compression = 'gzip';
    const m = buildModel(img);
    expect(m.layers[0]).toMatchObject({
      index: 0,
      digest: l0.scan.diffId,
      tarBytes: l0.scan.tarBytes,
      blobBytes: 77,
      compression: 'gzip',
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    });
    expect(m.layers[1]?.mediaType).toBeNull();
  });

  test('createdBy walks history skipping empty_layer entries, verbatim, null when it runs out', () => {
    const m = syntheticModel({
      layers: [{ entries: ['a:1'] }, { entries: [] }, { entries: ['b:1'] }, { entries: ['c:1'] }],
      history: [
        { created_by: 'ARG X=1', empty_layer: true },
        { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
        { created_by: 'ENV A=b', empty_layer: true },
        { created_by: 'RUN |1 X=1 /bin/sh -c true # buildkit' },
        {},
        { created_by: 'CMD ["sh"]', empty_layer: true },
      ],
    });
    expect(m.layers.map((l) => l.createdBy)).toEqual([
      '/bin/sh -c #(nop) ADD file:abc in / ',
      'RUN |1 X=1 /bin/sh -c true # buildkit',
      null,
      null,
    ]);
  });

  test('added, modified and deleted paths with sizes', () => {
    const m = model(
      ['d/', 'd/a:10', 'd/b:20', 'e/', 'e/x:1', 'l -> d'],
      ['d/', 'd/a:11', 'd/c:5', 'l:3', '.wh.e', 'd/.wh.b', 'n -> l'],
      ['d/', 'd/.wh..wh..opq', 'd/a:1'],
    );
    const [l0, l1, l2] = m.layers;
    expect(l0?.added).toEqual([
      { path: 'd/a', bytes: 10 },
      { path: 'd/b', bytes: 20 },
      { path: 'e/x', bytes: 1 },
      { path: 'l', bytes: 0 },
    ]);
    expect(l1?.added).toEqual([
      { path: 'd/c', bytes: 5 },
      { path: 'n', bytes: 0 },
    ]);
    expect(l1?.modified).toEqual([
      { path: 'd/a', bytes: 11 },
      { path: 'l', bytes: 3 },
    ]);
    expect(l1?.deleted).toEqual([
      { path: 'e', bytes: 1 },
      { path: 'd/b', bytes: 20 },
    ]);
    // The opaque marker hides d/a and d/c; d/a is then added again by the same layer.
    expect(l2?.deleted.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
      { path: 'd/a', bytes: 11 },
      { path: 'd/c', bytes: 5 },
    ]);
    expect(l2?.added).toEqual([{ path: 'd/a', bytes: 1 }]);
    expect(l2?.modified).toEqual([]);
  });
});

describe('totals', () => {
  test('content, final, wasted, efficiency, counts', () => {
    const m = model(['a:100', 'b:50', 'l -> a'], ['a:25', '.wh.b', 'c:0']);
    expect(m.totals).toEqual({
      contentBytes: 175,
      finalBytes: 25,
      wastedBytes: 150,
      efficiency: 25 / 175,
      layerCount: 2,
      fileCount: 2,
      removedBytes: 50,
      overwrittenBytes: 100,
    });
  });

  test('an image without content bytes has efficiency 1', () => {
    const m = model(['d/'], []);
    expect(m.totals).toMatchObject({
      contentBytes: 0,
      finalBytes: 0,
      wastedBytes: 0,
      efficiency: 1,
      layerCount: 2,
      fileCount: 0,
    });
  });

  test('same-layer duplicates are wasted bytes without being removed or overwritten', () => {
    const m = model(['a:5', 'a:7']);
    expect(m.totals).toMatchObject({
      contentBytes: 12,
      finalBytes: 7,
      wastedBytes: 5,
      removedBytes: 0,
      overwrittenBytes: 0,
    });
  });

  test('the root directory entry merges with the root', () => {
    const m = syntheticModel({
      layers: [{ entries: [{ path: '', kind: 'dir' }, 'a:1'] }, { entries: [{ path: '', kind: 'dir' }] }],
    });
    expect(m.final.has('')).toBe(false);
    expect(m.totals.finalBytes).toBe(1);
  });
});

describe('scale', () => {
  test('many files and a deep tree merge in linear-ish time without recursion limits', () => {
    const n = 60_000;
    const l0: string[] = ['d/'];
    for (let i = 0; i < n; i++) l0.push(`d/f${i}:1`);
    let deep = 'deep';
    const l1: string[] = [];
    for (let i = 0; i < 1_500; i++) {
      l1.push(`${deep}/`);
      deep += '/x';
    }
    l1.push(`${deep}:3`);
    const t = Date.now();
    const m = model(l0, l1, ['.wh.d', '.wh.deep']);
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(m.totals.removedBytes).toBe(n + 3);
    expect(m.totals.finalBytes).toBe(0);
  });
});

describe('test/helpers/model.ts', () => {
  test('the syntheticModel doc example does what its comment says', () => {
    const model = syntheticModel({
      layers: [
        {
          createdBy: 'COPY rootfs /',
          entries: ['etc/', 'etc/passwd:120', 'bin/', 'bin/busybox:900000', 'bin/sh -> busybox'],
        },
        {
          createdBy: 'RUN apt-get update',
          entries: [
            'var/',
            'var/lib/',
            'var/lib/apt/',
            'var/lib/apt/lists/',
            'var/lib/apt/lists/x_Packages:5000',
          ],
        },
        { createdBy: 'RUN chmod +x /app', entries: ['app:4096#h1'] },
        { entries: ['app:4096#h1', 'etc/.wh.passwd', 'var/lib/apt/lists/.wh..wh..opq'] },
      ],
    });
    expect(hiddenSummary(model)).toEqual([
      { path: 'etc/passwd', bytes: 120, layer: 0, hiddenBy: 3, how: 'whiteout', sameContent: false },
      {
        path: 'var/lib/apt/lists/x_Packages',
        bytes: 5000,
        layer: 1,
        hiddenBy: 3,
        how: 'opaque',
        sameContent: false,
      },
      { path: 'app', bytes: 4096, layer: 2, hiddenBy: 3, how: 'overwrite', sameContent: true },
    ]);
    expect(model.layers.map((l) => l.createdBy)).toEqual([
      'COPY rootfs /',
      'RUN apt-get update',
      'RUN chmod +x /app',
      'RUN layer 3',
    ]);
  });

  test('default hashes differ per layer, so equal sizes are not the same content by accident', () => {
    const m = model(['a:10'], ['a:10']);
    expect(m.hidden[0]?.sameContent).toBe(false);
  });

  test('a bad entry spec throws', () => {
    expect(() => model(['no-size-here'])).toThrow(/bad synthetic entry spec/);
  });
});
