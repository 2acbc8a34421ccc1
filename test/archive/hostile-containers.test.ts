/**
 * Hostile containers (issue 12, items 2, 3 and 5): paths over PATH_MAX, streamed archives that carry
 * members nothing references, and OCI layout directories whose members link out of the layout.
 * Inputs are generated here (test/archive/hostile-inputs.ts), scaled down from the measured ones.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '../../src/archive/index.js';
import { PATH_MAX } from '../../src/archive/limits.js';
import { contentHashReady } from '../../src/archive/layer.js';
import { scanStream } from '../../src/archive/store/stream.js';
import { ArchiveError } from '../../src/common/errors.js';
import { CHUNK_SIZES, chunked, sampleLayers, syntheticOciLayoutFiles } from '../helpers/synthetic.js';
import { at } from './at.js';
import {
  END,
  jsonOfSize,
  legacyWith,
  longPathLayer,
  member,
  sha,
  unreferencedJson,
  unreferencedLayers,
} from './hostile-inputs.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerlint-hostile-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});
let n = 0;

/** Read `archive` streamed in every chunk size and from a file; each read must throw an ArchiveError matching `re`. */
async function expectAllFail(archive: Buffer, re: RegExp): Promise<ArchiveError> {
  let last: unknown;
  for (const size of CHUNK_SIZES) {
    last = await readImage({ kind: 'stream', stream: chunked(archive, size), name: 'bad.tar' }).catch(
      (e: unknown) => e,
    );
    expect(last, `chunks of ${size}`).toBeInstanceOf(ArchiveError);
    expect((last as ArchiveError).message, `chunks of ${size}`).toMatch(re);
  }
  const path = join(tmp, `h${n++}.tar`);
  writeFileSync(path, archive);
  const e = await readImage({ kind: 'file', path }, { name: 'bad.tar' }).catch((x: unknown) => x);
  expect(e, 'random access').toBeInstanceOf(ArchiveError);
  expect((e as ArchiveError).message, 'random access').toMatch(re);
  return last as ArchiveError;
}

describe('paths over PATH_MAX (item 2)', () => {
  it('refuses a layer entry path over PATH_MAX, naming the layer and the length, not the path', async () => {
    const e = await expectAllFail(
      legacyWith(longPathLayer(1, 5000)),
      /^bad\.tar: l\/layer\.tar \(offset \d+\): layer: path of 5000 bytes is over PATH_MAX \(4096 bytes\): "d{20,}…"$/,
    );
    expect(e.message.length).toBeLessThan(200);
  });

  it('refuses an outer member name and a link target over PATH_MAX', async () => {
    const long = `${'m'.repeat(5000)}.json`;
    await expectAllFail(
      Buffer.concat([member(long, Buffer.from('{}')), END]),
      /^bad\.tar \(offset \d+\): path of 5005 bytes is over PATH_MAX/,
    );
    const link = member('l/layer.tar', Buffer.alloc(0), '2', 'x'.repeat(PATH_MAX + 1));
    await expectAllFail(Buffer.concat([link, END]), /link target of 4097 bytes is over PATH_MAX/);
    // Bytes, not characters: 1,366 three-byte characters are 4,098 bytes.
    const wide = longPathLayer(0, 0);
    const layer = Buffer.concat([member('\u20ac'.repeat(1366), Buffer.alloc(0)), wide]);
    await expectAllFail(legacyWith(layer), /layer: path of 4098 bytes is over PATH_MAX/);
  });

  it('accepts a path of exactly PATH_MAX bytes', async () => {
    const img = at(
      await readImage({
        kind: 'stream',
        stream: chunked(legacyWith(longPathLayer(2, PATH_MAX)), 0),
        name: 'ok.tar',
      }),
    );
    expect(at(img.layers).scan.entries.map((x) => x.path.length)).toEqual([PATH_MAX, PATH_MAX]);
  });

  it('fails fast on hundreds of long paths (the old reader went quadratic in path-keyed maps)', async () => {
    const archive = legacyWith(longPathLayer(500, 20_000));
    const t0 = performance.now();
    await expect(readImage({ kind: 'stream', stream: chunked(archive, 0), name: 'bad.tar' })).rejects.toThrow(
      /over PATH_MAX/,
    );
    expect(performance.now() - t0).toBeLessThan(10_000); // a hang guard, not a speed target
  });
});

describe('streamed archives keep only what a format can reference (item 3)', () => {
  const small = legacyWith(longPathLayer(1, 10));

  it('refuses JSON past the streamed-archive budget (64 MiB by default)', async () => {
    const members = unreferencedJson(5, 15 * 1024 * 1024);
    await expect(
      readImage({ kind: 'stream', stream: Readable.from([...members, small]), name: 'big.tar' }),
    ).rejects.toThrow(/^big\.tar: [0-9a-f]{64}\.json: the archive's JSON members total over 67108864 bytes/);
  });

  it('applies the JSON budget in every chunk size', async () => {
    await contentHashReady();
    const archive = Buffer.concat([...unreferencedJson(3, 4000), small]);
    for (const size of CHUNK_SIZES) {
      await expect(
        scanStream(chunked(archive, size), 'b.tar', undefined, undefined, {
          jsonBytes: 10_000,
          entries: 1e6,
        }),
        `chunks of ${size}`,
      ).rejects.toThrow(/JSON members total over 10000 bytes \(12000 with this one\)/);
    }
  });

  it('does not keep JSON members no format reads', async () => {
    await contentHashReady();
    const doc = jsonOfSize(1000);
    const archive = Buffer.concat([member('abc/json', doc), member('notes/readme', doc), small]);
    const store = await scanStream(chunked(archive, 0), 'a.tar', undefined, undefined, {
      jsonBytes: 1500,
      entries: 1e6,
    });
    await expect(store.json('abc/json', 'x')).rejects.toThrow(
      /not named like a JSON member any format reads/,
    );
    // The image itself still reads: its config and manifest fit the budget.
    const img = at(await readImage({ kind: 'stream', stream: chunked(archive, 0), name: 'a.tar' }));
    expect(img.format).toBe('docker-legacy');
  });

  it('refuses layer members past the entry budget, in every chunk size', async () => {
    await contentHashReady();
    const archive = Buffer.concat([...unreferencedLayers(3, 60), small]);
    for (const size of CHUNK_SIZES) {
      await expect(
        scanStream(chunked(archive, size), 'l.tar', undefined, undefined, { jsonBytes: 1e6, entries: 100 }),
        `chunks of ${size}`,
      ).rejects.toThrow(
        /^l\.tar: junk1\/layer\.tar: the archive's layer members hold over 100 entries \(120/,
      );
    }
  });
});

describe('OCI layout directories stay inside the layout (item 5)', () => {
  const [l0] = sampleLayers() as [Buffer];
  const files = syntheticOciLayoutFiles({ layers: [{ tar: l0 }] });
  const secret = join(tmp, 'secret.txt');
  writeFileSync(secret, 'TOPSECRET-d41d8cd9 root:x:0:0');

  function layout(replace: (dir: string, path: string) => boolean): string {
    const dir = join(tmp, `layout${n++}`);
    for (const [p, b] of files) {
      const full = join(dir, p);
      mkdirSync(dirname(full), { recursive: true });
      if (!replace(full, p)) writeFileSync(full, b);
    }
    return dir;
  }
  const isLayer = (p: string): boolean => p === `blobs/sha256/${sha(l0)}`;

  it('refuses members linked outside the layout and never shows their bytes', async () => {
    for (const target of [secret, '/etc/shadow', '/proc/self/environ', '/dev/zero']) {
      const dir = layout((full, p) => {
        if (p !== 'index.json') return false;
        symlinkSync(target, full);
        return true;
      });
      const e = await readImage({ kind: 'dir', path: dir }, { name: 'lay' }).catch((x: unknown) => x);
      expect(e, target).toBeInstanceOf(ArchiveError);
      expect((e as Error).message, target).toMatch(
        /^lay: index\.json: index\.json is (a link to a file outside the layout|missing)/,
      );
      expect((e as Error).message).not.toMatch(/TOPSECRET|root:/);
    }
  });

  it('refuses a layer that is a link out, or a FIFO, without hanging', async () => {
    const out = layout((full, p) => {
      if (!isLayer(p)) return false;
      symlinkSync('/dev/zero', full);
      return true;
    });
    await expect(readImage({ kind: 'dir', path: out }, { name: 'lay' })).rejects.toThrow(
      /^lay: blobs\/sha256\/[0-9a-f]{64}: layer 0 is a link to a file outside the layout; refused$/,
    );
    const fifo = layout((full, p) => {
      if (!isLayer(p)) return false;
      execFileSync('mkfifo', [full]);
      return true;
    });
    await expect(readImage({ kind: 'dir', path: fifo }, { name: 'lay' })).rejects.toThrow(
      /layer 0 is not a regular file; refused$/,
    );
  });

  it('reads a link that stays inside the layout, and never echoes a member that is not JSON', async () => {
    const inside = layout((full, p) => {
      if (!isLayer(p)) return false;
      const real = join(dirname(dirname(dirname(full))), 'store', 'layer.tar');
      mkdirSync(dirname(real), { recursive: true });
      writeFileSync(real, l0);
      symlinkSync(real, full);
      return true;
    });
    expect(at(await readImage({ kind: 'dir', path: inside })).format).toBe('oci-layout');
    const text = layout((full, p) => {
      if (p !== 'index.json') return false;
      writeFileSync(full, 'TOPSECRET root:x:0:0');
      return true;
    });
    const e = await readImage({ kind: 'dir', path: text }, { name: 'lay' }).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/^lay: index\.json: index\.json is not valid JSON/);
    expect((e as Error).message).not.toMatch(/TOPSECRET|root/);
  });
});
