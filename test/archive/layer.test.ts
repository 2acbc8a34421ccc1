import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../src/common/errors.js';
import {
  contentHash as wasmContentHash,
  contentHashReady,
  EMPTY_CONTENT_HASH,
  LayerScanner,
  normalisePath,
  sniff,
  zstdDecoder,
} from '../../src/archive/layer.js';
import type { Compression, LayerScan } from '../../src/archive/types.js';
import { xxh64Reference } from '../helpers/xxh64.js';
import { CHUNK_SIZES, gzip, sampleLayers, sha256, syntheticTar, zstdRaw } from '../helpers/synthetic.js';
import { at } from './at.js';

async function scan(blob: Buffer, compression: Compression, size = 0): Promise<LayerScan> {
  await contentHashReady();
  const s = new LayerScanner('synthetic.tar', 'layer.tar', compression);
  const step = size || blob.length || 1;
  for (let i = 0; i < blob.length; i += step) {
    s.write(blob.subarray(i, i + step));
    await s.drain();
  }
  return s.finish();
}

// The reader's XXH64 (WebAssembly) is checked against an independent implementation of the spec.
const contentHash = (s: string | Buffer): string => xxh64Reference(s);

describe('content hash (XXH64)', () => {
  it('matches the spec on every length around its 4/8/32-byte steps, and the empty test vector', async () => {
    await contentHashReady();
    expect(EMPTY_CONTENT_HASH).toBe('ef46db3751d8e999');
    expect(xxh64Reference('')).toBe(EMPTY_CONTENT_HASH);
    expect(wasmContentHash(new Uint8Array(0))).toBe(EMPTY_CONTENT_HASH);
    const data = randomBytes(70_000);
    for (const n of [...Array(100).keys(), 255, 256, 257, 4095, 4096, 70_000]) {
      expect(wasmContentHash(data.subarray(0, n)), `length ${n}`).toBe(xxh64Reference(data.subarray(0, n)));
    }
  });

  it('tells same-size files with different bytes apart and hashes a file split over many chunks', async () => {
    const a = Buffer.alloc(5000, 1);
    const b = Buffer.from(a);
    b[4321] = 2;
    expect(contentHash(a)).not.toBe(contentHash(b));
    // A 5000-byte file fed in 7-byte chunks goes through the streaming state, not the one-shot path.
    const s = await scan(syntheticTar([{ name: 'f', body: b }]), 'none', 7);
    expect(at(s.entries).hash).toBe(contentHash(b));
  });
});

describe('LayerScanner', () => {
  const [base, upper, empty] = sampleLayers() as [Buffer, Buffer, Buffer];

  for (const size of CHUNK_SIZES) {
    it(`indexes entries, decodes whiteouts and hashes the tar (chunks of ${size || 'whole'})`, async () => {
      const s = await scan(upper, 'none', size);
      expect(s.diffId).toBe(sha256(upper));
      expect(s.tarBytes).toBe(upper.length);
      expect(s.blobBytes).toBe(upper.length);
      expect(s.compression).toBe('none');
      // `.wh..wh.plnk.*` is dropped; `.wh.name` hides `name`; the opaque marker names its directory.
      expect(s.entries.map((e) => [e.path, e.kind])).toEqual([
        ['etc', 'dir'],
        ['etc/passwd', 'file'],
        ['usr/lib/big.bin', 'whiteout'],
        ['usr', 'opaque'],
      ]);
      expect(at(s.entries, 1).hash).toBe(contentHash('root:x:0:0\nuser:x:1:1\n'));
      expect(s.ignoredEntries).toBe(1);
    });
  }

  it('records links, sizes and content hashes of regular files only', async () => {
    const s = await scan(base, 'none', 100);
    const byPath = new Map(s.entries.map((e) => [e.path, e]));
    expect(byPath.get('usr/lib/big.bin')).toMatchObject({
      kind: 'file',
      size: 5000,
      hash: contentHash(Buffer.alloc(5000, 1)),
    });
    expect(byPath.get('usr/lib/link')).toMatchObject({ kind: 'symlink', size: 0, linkname: 'big.bin' });
    expect(byPath.get('usr/lib/hard')).toMatchObject({ kind: 'hardlink', linkname: 'usr/lib/big.bin' });
    expect(byPath.get('usr')?.hash).toBeUndefined();
  });

  it('treats a tar without entries as an empty layer', async () => {
    const s = await scan(empty, 'none');
    expect(s).toMatchObject({ entries: [], tarBytes: 1024, diffId: sha256(empty) });
    expect(s.ignoredEntries).toBeUndefined();
  });

  for (const size of CHUNK_SIZES) {
    it(`gunzips on the fly: diffID of the tar, blobBytes of the gzip (chunks of ${size || 'whole'})`, async () => {
      const gz = gzip(base);
      const s = await scan(gz, 'gzip', size);
      expect([s.diffId, s.tarBytes, s.blobBytes, s.compression]).toEqual([
        sha256(base),
        base.length,
        gz.length,
        'gzip',
      ]);
      expect(s.entries).toHaveLength(7);
    });
  }

  // The native decoder is used only where it reports truncation (Node 24+); see layer.ts.
  const nativeAvailable = zstdDecoder.native;
  for (const native of [false, true]) {
    const available = !native || nativeAvailable;
    it.skipIf(!available)(
      `decodes zstd with the ${native ? 'native zlib' : 'fzstd (pure JS)'} decoder`,
      async () => {
        const saved = zstdDecoder.native;
        zstdDecoder.native = native;
        try {
          const z = zstdRaw(Buffer.concat([base, Buffer.alloc(300_000)]));
          const s = await scan(z, 'zstd', 4096);
          expect(s.diffId).toBe(sha256(Buffer.concat([base, Buffer.alloc(300_000)])));
          expect(s.compression).toBe('zstd');
          expect(s.blobBytes).toBe(z.length);
          await expect(scan(z.subarray(0, z.length - 1000), 'zstd')).rejects.toThrow(/layer\.tar.*zstd/);
        } finally {
          zstdDecoder.native = saved;
        }
      },
    );
  }

  it('names the member on corrupt or truncated gzip', async () => {
    const gz = gzip(base);
    const corrupt = Buffer.from(gz);
    corrupt.fill(0xff, 20, 60);
    await expect(scan(corrupt, 'gzip')).rejects.toThrow(ArchiveError);
    await expect(scan(corrupt, 'gzip')).rejects.toThrow(/synthetic\.tar: layer\.tar.*corrupt gzip/);
    await expect(scan(gz.subarray(0, gz.length - 30), 'gzip', 7)).rejects.toThrow(/layer\.tar.*gzip/);
  });

  it('rejects corrupt zstd data', async () => {
    const z = zstdRaw(base);
    z[6] = 0xff; // block header: reserved block type
    z[7] = 0xff;
    await expect(scan(z, 'zstd')).rejects.toThrow(/layer\.tar.*zstd/);
  });

  it('rejects layer entries that climb out with ..', async () => {
    const bad = syntheticTar([{ name: '../../etc/passwd', body: 'x' }]);
    await expect(scan(bad, 'none')).rejects.toThrow(/unsafe path/);
  });

  it('rejects a bad checksum inside a layer with member and offset', async () => {
    const bad = syntheticTar([
      { name: 'a', body: 'x' },
      { name: 'b', badChecksum: true },
    ]);
    await expect(scan(bad, 'none')).rejects.toThrow(/layer\.tar \(offset 1024\).*checksum/);
  });

  it('rejects a truncated layer tar', async () => {
    const t = syntheticTar([{ name: 'a', body: Buffer.alloc(4000) }]);
    await expect(scan(t.subarray(0, 2000), 'none', 512)).rejects.toThrow(/truncated/);
  });
});

describe('sniff and normalisePath', () => {
  it('classifies by magic bytes, never by name', () => {
    expect(sniff(gzip(Buffer.from('x')), 30)).toBe('gzip');
    expect(sniff(zstdRaw(Buffer.from('x')), 30)).toBe('zstd');
    expect(sniff(syntheticTar([{ name: 'a' }]).subarray(0, 512), 2048)).toBe('tar');
    expect(sniff(syntheticTar([{ name: 'a', v7: true }]).subarray(0, 512), 2048)).toBe('tar');
    expect(sniff(Buffer.alloc(512), 1024)).toBe('tar');
    expect(sniff(Buffer.from(' \n{"a":1}'), 9)).toBe('json');
    expect(sniff(Buffer.from('1.0'), 3)).toBe('other');
  });

  it('normalises paths and refuses .. and NUL', () => {
    expect(normalisePath('./usr//lib/')).toBe('usr/lib');
    expect(normalisePath('/abs/x')).toBe('abs/x');
    expect(normalisePath('./')).toBe('');
    expect(normalisePath('a/../b')).toBeUndefined();
    expect(normalisePath('a\0b')).toBeUndefined();
  });
});
