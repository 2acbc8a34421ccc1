/**
 * The reader's decompression budget set from the command line (issue 12, item 4):
 * `--max-uncompressed-size` and `--max-compression-ratio` reach ReadOptions.budget, and a bad value
 * is one line naming the flag (exit 2). The archives are generated here, never committed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, type CliRun } from '../helpers/cli.js';
import {
  blob,
  header,
  sha256,
  syntheticDocker25,
  syntheticTar,
  type SyntheticLayer,
} from '../helpers/synthetic.js';

const MiB = 1024 * 1024;

/** One line on stderr, `layerlint: ` first, nothing on stdout, exit 2. */
function expectOneLineError(r: CliRun, mentions: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^layerlint: /);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stderr).toMatch(mentions);
}

/** The member name the reader gives a layer of a Docker 25 archive. */
const memberOf = (l: SyntheticLayer): string => `blobs/sha256/${sha256(blob(l)).slice('sha256:'.length)}`;

let dir = '';
let ratioMember = '';
let ratioArchive = '';
let sizeMembers: string[] = [];
let sizeArchive = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerlint-read-budget-'));
  // Past the 64 MiB ratio floor, compressing about 15:1: under the default 1000:1, over 2:1.
  const body = Buffer.alloc(65 * MiB);
  // 256 random bytes in every 4 KiB; the noise repeats only far outside gzip's 32 KiB window.
  const noise = randomBytes(256 * 1024);
  for (let at = 0, i = 0; at < body.length; at += 4096, i = (i + 256) % noise.length) {
    noise.copy(body, at, i, i + 256);
  }
  const ratioLayer: SyntheticLayer = {
    // header() + body by hand: tar-stream's pack takes seconds over 65 MiB (a multiple of 512: no padding).
    tar: Buffer.concat([header({ name: 'big.bin', mtime: 0 }, body.length), body, Buffer.alloc(1024)]),
    compression: 'gzip',
  };
  ratioMember = memberOf(ratioLayer);
  ratioArchive = join(dir, 'ratio.tar');
  writeFileSync(ratioArchive, syntheticDocker25({ layers: [ratioLayer] }));
  // Two layers of 1 MiB stored in zstd (ratio 1:1): only the image byte budget can stop them.
  const layers = [0, 1].map((i): SyntheticLayer => ({
    tar: syntheticTar([{ name: `f${i}`, body: randomBytes(MiB), mtime: 0 }]),
    compression: 'zstd',
  }));
  sizeMembers = layers.map(memberOf);
  sizeArchive = join(dir, 'size.tar');
  writeFileSync(sizeArchive, syntheticDocker25({ layers }));
});

describe('--max-compression-ratio', () => {
  test('refuses a layer expanding past the ratio, naming the archive and the layer', async () => {
    const r = await runCli([ratioArchive, '--max-compression-ratio', '2', '--fail-on', 'none']);
    expectOneLineError(r, /expands more than 2:1 .*maxRatio/);
    expect(r.stderr).toContain(ratioArchive);
    expect(r.stderr).toContain(ratioMember);
  });

  test('the same archive passes under the default ratio', async () => {
    const r = await runCli([ratioArchive, '--fail-on', 'none']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test.each(['0', '-3', 'lots', '2x', '1e999', ' '])('a bad value %j exits 2 naming the flag', async (v) => {
    const r = await runCli([sizeArchive, '--max-compression-ratio', v]);
    if (v.trim() === '') {
      expect(r.code).toBe(0); // empty: the default
      return;
    }
    expectOneLineError(r, /--max-compression-ratio: /);
  });
});

describe('--max-uncompressed-size', () => {
  test('refuses an image whose layers expand past the size, naming the layer that crossed it', async () => {
    const r = await runCli([sizeArchive, '--max-uncompressed-size', '1.5MiB', '--fail-on', 'none']);
    expectOneLineError(r, /past 1572864 uncompressed bytes \(maxImageBytes/);
    // The layer read second crosses the image budget: which one that is follows the archive's order.
    expect(sizeMembers.filter((m) => r.stderr.includes(m))).toHaveLength(1);
    expect((await runCli([sizeArchive, '--max-uncompressed-size', '3MiB', '--fail-on', 'none'])).code).toBe(
      0,
    );
  });

  test.each(['300', '0', '12 parsecs', '-1MB', '1.5B'])(
    'a bad value %j exits 2 naming the flag',
    async (v) => {
      const r = await runCli([sizeArchive, '--max-uncompressed-size', v]);
      expectOneLineError(r, /--max-uncompressed-size: /);
    },
  );
});
