/** The malformed-input suite (issue 3, section 6): every case fed whole and in small chunks, and from a file. */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readImage } from '../../src/archive/index.js';
import { ArchiveError } from '../../src/common/errors.js';
import {
  CHUNK_SIZES,
  chunked,
  configOf,
  gzip,
  sampleLayers,
  sha256,
  syntheticLegacy,
  syntheticOciArchive,
  syntheticTar,
  zstdRaw,
  type SyntheticEntry,
  type SyntheticImage,
} from '../helpers/synthetic.js';
import { at } from './at.js';

const tmp = mkdtempSync(join(tmpdir(), 'layerlint-malformed-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});
let n = 0;

const [l0, l1] = sampleLayers() as [Buffer, Buffer];
const img: SyntheticImage = { layers: [{ tar: l0 }, { tar: l1 }] };
const good = syntheticLegacy(img);

/** Every way of reading: streamed whole and in chunks, and a file with random access. Each must throw `re`. */
async function expectAllFail(archive: Buffer, re: RegExp): Promise<void> {
  for (const size of CHUNK_SIZES) {
    const p = readImage({ kind: 'stream', stream: chunked(archive, size), name: 'bad.tar' });
    await expect(p, `chunks of ${size}`).rejects.toThrow(ArchiveError);
    await expect(
      readImage({ kind: 'stream', stream: chunked(archive, size), name: 'bad.tar' }),
      `chunks of ${size}`,
    ).rejects.toThrow(re);
  }
  const path = join(tmp, `m${n++}.tar`);
  writeFileSync(path, archive);
  await expect(readImage({ kind: 'file', path }, { name: 'bad.tar' }), 'random access').rejects.toThrow(re);
  await expect(
    readImage({ kind: 'file', path }, { name: 'bad.tar', access: 'stream' }),
    'file stream',
  ).rejects.toThrow(re);
}

function file(name: string, body: string | Buffer): SyntheticEntry {
  return { name, body };
}

/** A legacy archive with one layer member replaced by `blob`. */
function withLayerBlob(blob: Buffer): Buffer {
  const cfg = configOf({ layers: [{ tar: l0 }] });
  return syntheticTar([
    file('l/layer.tar', blob),
    file('c.json', cfg),
    file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])),
  ]);
}

describe('malformed archives', () => {
  it('a truncated archive', async () => {
    await expectAllFail(good.subarray(0, 3000), /^bad\.tar\b.*truncated/);
    await expectAllFail(good.subarray(0, good.length - 1024 - 700), /^bad\.tar\b.*truncated/);
  });

  it('an empty input, and bytes that are not a tar', async () => {
    await expectAllFail(Buffer.alloc(0), /^bad\.tar: .*(empty|not an image archive)/);
    await expectAllFail(
      Buffer.from('this is not a tar archive at all'.repeat(40)),
      /^bad\.tar: not a tar archive \(bad tar header checksum/,
    );
  });

  it('truncated gzip in a layer', async () => {
    const gz = gzip(l0);
    await expectAllFail(
      withLayerBlob(gz.subarray(0, gz.length - 40)),
      /^bad\.tar: l\/layer\.tar: layer: corrupt gzip data/,
    );
  });

  it('corrupt gzip in a layer', async () => {
    const gz = Buffer.from(gzip(l0));
    gz.fill(0x55, 12, 40);
    await expectAllFail(withLayerBlob(gz), /^bad\.tar: l\/layer\.tar: layer: corrupt gzip data/);
  });

  it('truncated and corrupt zstd in a layer', async () => {
    const z = zstdRaw(l0);
    await expectAllFail(
      withLayerBlob(z.subarray(0, z.length - 100)),
      /^bad\.tar: l\/layer\.tar: layer: corrupt zstd data/,
    );
    const bad = Buffer.from(z);
    bad[6] = 0xff;
    bad[7] = 0xff;
    await expectAllFail(withLayerBlob(bad), /^bad\.tar: l\/layer\.tar: layer: corrupt zstd data/);
  });

  it('a bad tar checksum in the archive and in a layer', async () => {
    const outer = syntheticTar([file('a', 'x'), { name: 'manifest.json', body: '[]', badChecksum: true }]);
    await expectAllFail(outer, /^bad\.tar \(offset 1024\): bad tar header checksum/);
    const layer = syntheticTar([file('ok', 'x'), { name: 'broken', body: 'y', badChecksum: true }]);
    // A layer whose first header is valid but whose second is not.
    const cfg = configOf({ layers: [{ tar: layer }] });
    const archive = syntheticTar([
      file('l/layer.tar', layer),
      file('c.json', cfg),
      file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])),
    ]);
    await expectAllFail(archive, /^bad\.tar: l\/layer\.tar \(offset 1024\): layer: bad tar header checksum/);
  });

  it('a missing manifest and index', async () => {
    await expectAllFail(
      syntheticTar([file('l/layer.tar', l0)]),
      /^bad\.tar: not an image archive: neither manifest\.json nor index\.json/,
    );
  });

  it('a missing config', async () => {
    const archive = syntheticTar([
      file('l/layer.tar', l0),
      file('manifest.json', JSON.stringify([{ Config: 'nope.json', Layers: ['l/layer.tar'] }])),
    ]);
    await expectAllFail(archive, /^bad\.tar: nope\.json: image config is missing from the archive/);
  });

  it('a missing layer blob', async () => {
    const cfg = configOf(img);
    const archive = syntheticTar([
      file('c.json', cfg),
      file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['gone/layer.tar'] }])),
    ]);
    await expectAllFail(archive, /^bad\.tar: gone\/layer\.tar: layer 0 is missing from the archive/);
    const oci = syntheticOciArchive({ layers: [{ tar: l0, compression: 'gzip' }] });
    // Drop the layer blob: it is the largest blob member.
    const withoutLayer = syntheticTar([
      file('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
      ...extract(oci).filter((e) => !e.body?.length || e.name === 'index.json' || e.body[0] === 0x7b),
    ]);
    await expectAllFail(
      withoutLayer,
      /^bad\.tar: blobs\/sha256\/\w+: layer 0 blob sha256:\w+ is missing from the archive/,
    );
  });

  it('a missing manifest blob named by index.json', async () => {
    const index = {
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: sha256('x'),
          size: 1,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    };
    await expectAllFail(
      syntheticTar([file('index.json', JSON.stringify(index))]),
      /^bad\.tar: blobs\/sha256\/\w+: manifest blob sha256:\w+ for linux\/amd64 is missing/,
    );
  });

  it('non-JSON where JSON is expected', async () => {
    await expectAllFail(
      syntheticTar([file('manifest.json', 'definitely not json')]),
      /^bad\.tar: manifest\.json: manifest\.json is not valid JSON/,
    );
    await expectAllFail(
      syntheticTar([file('manifest.json', '{"broken": ')]),
      /^bad\.tar: manifest\.json: manifest\.json is not valid JSON/,
    );
    await expectAllFail(
      syntheticTar([file('manifest.json', '{"a":1}')]),
      /^bad\.tar: manifest\.json: manifest\.json is not a non-empty list/,
    );
    const archive = syntheticTar([
      file('l/layer.tar', l0),
      file('c.json', '{"rootfs": 3}'),
      file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])),
    ]);
    await expectAllFail(archive, /^bad\.tar: c\.json: image config has no rootfs\.diff_ids/);
    const notLayer = syntheticTar([
      file('l/layer.tar', 'plain text, not a layer'),
      file('c.json', configOf(img)),
      file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['l/layer.tar'] }])),
    ]);
    await expectAllFail(notLayer, /^bad\.tar: l\/layer\.tar: layer 0 is not a layer/);
  });

  it('huge declared sizes', async () => {
    const huge = syntheticTar([{ name: 'l/layer.tar', size: 8 * 1024 ** 4, body: l0.subarray(0, 1024) }], {
      noEnd: true,
    });
    await expectAllFail(huge, /^bad\.tar: l\/layer\.tar.*(truncated|declared size)/);
    const inLayer = syntheticTar([{ name: 'big', size: 2 ** 40, body: 'x' }], { noEnd: true });
    await expectAllFail(withLayerBlob(inLayer), /^bad\.tar: l\/layer\.tar.*truncated/);
    const pax = syntheticTar([{ name: 'l/layer.tar', pax: { size: String(2 ** 50) }, body: 'tiny' }], {
      noEnd: true,
    });
    await expectAllFail(pax, /^bad\.tar: l\/layer\.tar.*(truncated|declared size)/);
  });

  it('member names with .., an absolute path or a NUL', async () => {
    await expectAllFail(
      syntheticTar([file('../escape.tar', 'x')]),
      /^bad\.tar \(offset 0\): unsafe member name "\.\.\/escape\.tar"/,
    );
    await expectAllFail(syntheticTar([file('a/../../b', 'x')]), /unsafe member name/);
    await expectAllFail(
      syntheticTar([file('/etc/passwd', 'x')]),
      /^bad\.tar \(offset 0\): unsafe member name "\/etc\/passwd" \(absolute path or NUL\)/,
    );
    await expectAllFail(
      syntheticTar([{ name: 'x', pax: { path: 'a\0b' }, body: 'x' }]),
      /unsafe member name "a\\u0000b"/,
    );
    await expectAllFail(
      syntheticTar([{ name: 'link', type: '2', linkname: '../../outside' }]),
      /link target "\.\.\/\.\.\/outside" escapes the archive/,
    );
  });

  it('symlink loops between members', async () => {
    const loop = syntheticTar([
      { name: 'a/layer.tar', type: '2', linkname: '../b/layer.tar' },
      { name: 'b/layer.tar', type: '2', linkname: '../a/layer.tar' },
      file('c.json', configOf(img)),
      file('manifest.json', JSON.stringify([{ Config: 'c.json', Layers: ['a/layer.tar'] }])),
    ]);
    await expectAllFail(loop, /^bad\.tar: (a|b)\/layer\.tar: member link loop: /);
    const self = syntheticTar([{ name: 'x', type: '2', linkname: 'x' }, file('manifest.json', '[]')]);
    await expectAllFail(self, /member link loop: x -> x/);
  });

  it('reports the first broken layer in manifest order, even when layers are scanned concurrently', async () => {
    const gz = Buffer.from(gzip(l0));
    gz.fill(0x55, 12, 40);
    const cfg = configOf({ layers: [{ tar: l0 }, { tar: l1 }, { tar: l0 }] });
    const archive = syntheticTar([
      file('z/layer.tar', gz),
      file('a/layer.tar', l1.subarray(0, 700)),
      file('c.json', cfg),
      file(
        'manifest.json',
        JSON.stringify([{ Config: 'c.json', Layers: ['a/layer.tar', 'z/layer.tar', 'a/layer.tar'] }]),
      ),
    ]);
    await expectAllFail(archive, /^bad\.tar: a\/layer\.tar.*truncated/);
  });

  it('a layer that does not match its diffID', async () => {
    await expectAllFail(syntheticLegacy({ layers: [{ tar: l0 }], diffIds: [sha256(l1)] }), /diffID mismatch/);
  });
});

/** Re-list a synthetic tar's regular members (test helper for dropping members). */
function extract(tar: Buffer): SyntheticEntry[] {
  const out: SyntheticEntry[] = [];
  let off = 0;
  while (off + 512 <= tar.length && tar[off] !== 0) {
    const name = tar.toString('utf8', off, off + 100).replace(/\0.*$/s, '');
    const size = parseInt(tar.toString('latin1', off + 124, off + 136), 8);
    const type = String.fromCharCode(at(tar, off + 156));
    if (type === '0') out.push({ name, body: tar.subarray(off + 512, off + 512 + size) });
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}
