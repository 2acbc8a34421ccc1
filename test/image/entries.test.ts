/**
 * Issue 12 item 9: memory per tar entry. A layer of many tiny files (generated here, see
 * many-entries.ts) is scanned and its retained heap per entry measured after a full GC.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  ContentCapture,
  contentHashReady,
  LayerScanner,
  NO_CAPTURE,
  ReadLimiter,
} from '../../src/archive/layer.js';
import type { LayerScan } from '../../src/archive/types.js';
import { ArchiveError } from '../../src/common/errors.js';
import { mergeLayers } from '../../src/image/merge.js';
import { manyEntriesTar } from './many-entries.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

async function scanMany(n: number, limiter = new ReadLimiter()): Promise<LayerScan> {
  await contentHashReady();
  const s = new LayerScanner('many.tar', 'layer.tar', 'none', new ContentCapture(NO_CAPTURE, limiter));
  for (const b of manyEntriesTar(n)) s.write(b);
  return s.finish();
}

describe('memory per entry', () => {
  // Captured content is bounded apart (CAPTURE_FILE_OVERHEAD, test/image/secrets.test.ts).
  it('keeps a layer of 50k tiny files in under 185 bytes of heap per entry', async () => {
    const n = 50_000;
    const before = heap();
    const scan = await scanMany(n);
    const perEntry = (heap() - before) / scan.entries.length;
    expect(scan.entries.length).toBe(n + n / 1000); // files + directories
    // Was 199 bytes (168 now): `hash` was added after the object was made, moving it to a property array.
    expect(perEntry).toBeLessThan(185);
    const merged = mergeLayers([scan]);
    expect(merged.final.size).toBe(scan.entries.length);
  });

  it('refuses an image with more entries than maxEntries, naming the layer', async () => {
    const err = await scanMany(5000, new ReadLimiter({ maxEntries: 4000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArchiveError);
    expect((err as Error).message).toMatch(
      /^many\.tar: layer\.tar \(offset \d+\): .*more than 4000 tar entries/,
    );
  });
});
