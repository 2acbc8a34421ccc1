/**
 * Issue 12 item 9: layers of many tiny files (generated here, see many-entries.ts). The memory per
 * entry is a measurement, not a unit test (docs/archive.md, "Memory per entry": run the generator
 * with 1M entries and `/usr/bin/time -v`); here: such a layer reads and merges, and the entry cap holds.
 */
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

async function scanMany(n: number, limiter = new ReadLimiter()): Promise<LayerScan> {
  await contentHashReady();
  const s = new LayerScanner('many.tar', 'layer.tar', 'none', new ContentCapture(NO_CAPTURE, limiter));
  for (const b of manyEntriesTar(n)) s.write(b);
  return s.finish();
}

describe('many entries', () => {
  it('reads and merges a layer of 50k tiny files', async () => {
    const n = 50_000;
    const scan = await scanMany(n);
    expect(scan.entries.length).toBe(n + n / 1000); // files + directories
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
