/**
 * Every real fixture archive (made by real engines, see fixtures/README.md) read by the streaming reader,
 * compared with fixtures/expected/<archive>.json: numbers computed independently by fixtures/oracle.py
 * (Python tarfile/hashlib/gzip + zstd, cross-checked against GNU tar listings), never by layerlint.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../src/archive/index.js';
import type { LoadedImage } from '../../src/archive/types.js';
import { readOracle, type OracleLayer, type OracleReport } from '../helpers/oracle.js';
import { chunked } from '../helpers/synthetic.js';
import { at } from './at.js';

const ARCHIVES = 'fixtures/archives';
/** Overridable to check against a fresh oracle run elsewhere (python3 fixtures/oracle.py --out DIR). */
const EXPECTED = process.env.LAYERLINT_EXPECTED_DIR ?? 'fixtures/expected';

/** The per-layer fields the reader itself determines. */
type ReaderLayer = Pick<
  OracleLayer,
  | 'digest'
  | 'tarBytes'
  | 'blobBytes'
  | 'compression'
  | 'mediaType'
  | 'contentBytes'
  | 'files'
  | 'dirs'
  | 'symlinks'
  | 'hardlinks'
  | 'whiteouts'
  | 'emptyLayer'
>;

const archives = existsSync(ARCHIVES) ? readdirSync(ARCHIVES).sort() : [];
const withExpected = archives.filter((a) => existsSync(join(EXPECTED, `${a}.json`)));

/** The reader's numbers in the oracle's shape (the per-layer fields the reader itself determines). */
function summarise(img: LoadedImage): { platform: string; config: string; layers: ReaderLayer[] } {
  return {
    platform: [img.platform.os, img.platform.architecture, img.platform.variant].filter(Boolean).join('/'),
    config: img.configDigest,
    layers: img.layers.map(({ scan, mediaType }) => {
      const count = (k: string): number => scan.entries.filter((e) => e.kind === k).length;
      return {
        digest: scan.diffId,
        tarBytes: scan.tarBytes,
        blobBytes: scan.blobBytes,
        compression: scan.compression,
        mediaType: mediaType ?? null,
        contentBytes: scan.entries.filter((e) => e.kind === 'file').reduce((a, e) => a + e.size, 0),
        files: count('file'),
        dirs: count('dir'),
        symlinks: count('symlink'),
        hardlinks: count('hardlink'),
        whiteouts: count('whiteout') + count('opaque'),
        emptyLayer: scan.entries.length === 0 && !scan.ignoredEntries,
      };
    }),
  };
}

function pick(e: OracleReport): { platform: string; config: string; layers: ReaderLayer[] } {
  return {
    platform: e.platform,
    config: e.config,
    layers: e.layers.map((l) => ({
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
      emptyLayer: l.emptyLayer,
    })),
  };
}

describe('real fixture archives vs the independent oracle', () => {
  it('every fixture archive has expected numbers', () => {
    expect(archives.length).toBeGreaterThan(0);
    expect(withExpected).toEqual(archives);
  });

  for (const name of withExpected) {
    const path = join(ARCHIVES, name);
    const expected = pick(readOracle(EXPECTED, name));
    const isDir = statSync(path).isDirectory();

    it(`${name}: random access (or layout directory) matches the oracle`, async () => {
      const img = at(await readImage({ kind: isDir ? 'dir' : 'file', path }));
      expect(summarise(img)).toEqual(expected);
    });

    if (!isDir) {
      it(`${name}: streamed as stdin, whole and in 4096-byte chunks, matches the oracle`, async () => {
        const bytes = readFileSync(path);
        for (const size of [0, 4096]) {
          const img = at(await readImage({ kind: 'stream', stream: chunked(bytes, size), name: '-' }));
          expect(summarise(img)).toEqual(expected);
        }
      });
    }
  }
});
