/**
 * SYNTHETIC archives for unit tests: tars written by tar-stream's `pack` (an independent writer, so the
 * reader is not checked against its own twin), layer blobs and docker-save-like / OCI-like image
 * archives, to reach edge cases real engines rarely produce. These are not real `docker save` output;
 * the real archives made by engines live in fixtures/archives/.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { packEntriesSync, type PackHeader } from './tar-pack.js';

const BLOCK = 512;

export interface SyntheticEntry {
  name: string;
  /** Typeflag: '0' file (default), '5' dir, '2' symlink, '1' hardlink, 'x' PAX, 'g' global PAX, 'L'/'K' GNU. */
  type?: string;
  body?: Buffer | string;
  linkname?: string;
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
  /** Declared size when it must differ from the body's length (hostile archives). */
  size?: number;
  /** Emit a PAX 'x' header with these records before the entry. */
  pax?: Record<string, string>;
  /** Emit a GNU 'L' long-name header before the entry (the header's own name field is truncated). */
  gnuLongName?: boolean;
  /** Write the size as GNU base-256. */
  base256Size?: boolean;
  /** ustar prefix/name split: store `prefix` in the prefix field. */
  prefix?: string;
  /** Corrupt the checksum field. */
  badChecksum?: boolean;
  /** No "ustar" magic (old v7 header). */
  v7?: boolean;
}

/** tar-stream's names for the typeflags it writes itself. */
const PACK_TYPES: Record<string, PackHeader['type']> = {
  '0': 'file',
  '1': 'link',
  '2': 'symlink',
  '3': 'character-device',
  '4': 'block-device',
  '5': 'directory',
  '6': 'fifo',
};

const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/**
 * tar-stream's header fields for `e`. A typeflag tar-stream does not write ('x', 'g', 'L', '\0'...)
 * is written as a regular file and set afterwards by `deviateHeader`.
 */
function packHeader(e: SyntheticEntry, name: string): PackHeader {
  const { path, ...pax } = e.pax ?? {};
  return {
    name: path ?? name,
    type: PACK_TYPES[e.type ?? '0'] ?? 'file',
    mode: e.mode ?? 0o644,
    uid: e.uid ?? 0,
    gid: e.gid ?? 0,
    mtime: e.mtime ?? 1_700_000_000,
    ...(e.linkname === undefined ? {} : { linkname: e.linkname }),
    ...(e.pax ? { pax } : {}),
  };
}

// --- Byte-level deviations: only the header forms tar-stream does not write on purpose. ---

const OFF = { prefix: 345, size: 124, sizeLen: 12, checksum: 148, typeflag: 156, magic: 257 } as const;

function octal(n: number, len: number): string {
  return n.toString(8).padStart(len - 1, '0') + '\0';
}

function writeSize(b: Buffer, size: number, base256: boolean): void {
  if (base256 || size.toString(8).length > OFF.sizeLen - 1) {
    b.fill(0, OFF.size, OFF.size + OFF.sizeLen);
    b[OFF.size] = 0x80;
    let v = size;
    for (let i = OFF.size + OFF.sizeLen - 1; i > OFF.size; i--) {
      b[i] = v % 256;
      v = Math.floor(v / 256);
    }
  } else b.write(octal(size, OFF.sizeLen), OFF.size, 'latin1');
}

/**
 * Rewrites a header block tar-stream wrote into the deliberately unusual or broken form `e` asks
 * for: a typeflag tar-stream does not write, a v7 header (no magic), an explicit ustar prefix,
 * a base-256 size, a declared size that differs from the body (hostile), a bad checksum.
 * Returns the block unchanged when `e` asks for none of these.
 */
function deviateHeader(block: Buffer, e: SyntheticEntry, size: number): Buffer {
  const retype = e.type !== undefined && !(e.type in PACK_TYPES);
  const declared = e.size !== undefined;
  if (!retype && !e.v7 && !e.prefix && !e.base256Size && !declared && !e.badChecksum) return block;
  if (retype) block.write(e.type ?? '0', OFF.typeflag, 'latin1');
  if (e.v7) block.fill(0, OFF.magic, OFF.magic + 8);
  if (e.prefix) block.write(e.prefix, OFF.prefix, 'utf8');
  if (e.base256Size || declared) writeSize(block, size, e.base256Size === true);
  block.fill(0x20, OFF.checksum, OFF.checksum + 8);
  let sum = 0;
  for (const c of block) sum += c;
  block.write(octal(e.badChecksum ? sum + 1 : sum, 7) + ' ', OFF.checksum, 'latin1');
  return block;
}

/** Entry bytes (no end blocks) as tar-stream writes them, then `deviateHeader` on the entry's own header. */
function packed(entries: { e: SyntheticEntry; name: string; body: Buffer }[]): Buffer[] {
  const items = entries.map(({ e, name, body }) => ({
    e,
    declared: e.size ?? body.length,
    header: packHeader(e, name),
    // tar-stream writes a body for regular files only (other types are written as they are).
    body: (PACK_TYPES[e.type ?? '0'] ?? 'file') === 'file' ? body : Buffer.alloc(0),
  }));
  const tars = packEntriesSync(items.map(({ header, body }) => ({ header, body })));
  return items.map(({ e, declared, body }, i) => {
    const t = tars[i];
    if (!t) throw new Error(`tar-stream wrote ${String(tars.length)} of ${String(items.length)} entries`);
    const at = t.length - padded(body.length) - BLOCK;
    deviateHeader(t.subarray(at, at + BLOCK), e, declared);
    return t;
  });
}

/** One header block (no data): tar-stream's header for `e` with `size` declared. */
export function header(e: SyntheticEntry, size: number): Buffer {
  const [t = Buffer.alloc(0)] = packed([{ e: { ...e, size }, name: e.name, body: Buffer.alloc(0) }]);
  return t.subarray(t.length - BLOCK);
}

/**
 * A synthetic tar of `entries`, written by tar-stream's `pack`, with the two end-of-archive zero
 * blocks unless `noEnd`. Options tar-stream does not write (see `deviateHeader`) are applied to
 * its header bytes afterwards; `gnuLongName` adds a GNU 'L' member before the entry.
 */
export function syntheticTar(entries: SyntheticEntry[], opts: { noEnd?: boolean } = {}): Buffer {
  const list: { e: SyntheticEntry; name: string; body: Buffer }[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? Buffer.from(e.body) : (e.body ?? Buffer.alloc(0));
    if (e.gnuLongName) {
      const longLink: SyntheticEntry = { name: '././@LongLink', type: 'L' };
      list.push({ e: longLink, name: longLink.name, body: Buffer.from(e.name + '\0') });
    }
    // With a GNU long name, the header's own name field holds the first 100 bytes.
    list.push({ e, name: e.gnuLongName ? e.name.slice(0, 100) : e.name, body });
  }
  const out = list.length > 0 ? packed(list) : [];
  if (!opts.noEnd) out.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(out);
}

export function sha256(b: Buffer | string): string {
  return `sha256:${createHash('sha256').update(b).digest('hex')}`;
}

export function gzip(b: Buffer): Buffer {
  return gzipSync(b);
}

/**
 * A synthetic zstd frame made of raw (stored) blocks: valid zstd that any decoder reads
 * (RFC 8878: frame header without content size, window 1 MiB, blocks of Block_Type 0).
 */
export function zstdRaw(b: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x50])];
  const max = 128 * 1024;
  let i = 0;
  do {
    const n = Math.min(max, b.length - i);
    const last = i + n >= b.length ? 1 : 0;
    const h = (n << 3) | last; // Block_Type 0 (raw) in bits 1-2
    parts.push(Buffer.from([h & 0xff, (h >> 8) & 0xff, (h >> 16) & 0xff]), b.subarray(i, i + n));
    i += n;
  } while (i < b.length);
  return Buffer.concat(parts);
}

/** Feed a buffer as a stream of `size`-byte chunks (0 = whole). */
export function chunked(b: Buffer, size: number): Readable {
  if (size <= 0) return Readable.from([b]);
  const chunks: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) chunks.push(b.subarray(i, i + size));
  return Readable.from(chunks);
}

/** Chunk sizes every archive test is fed with (0 = whole). */
export const CHUNK_SIZES = [0, 1, 7, 512, 4096] as const;

/** A layer of the synthetic image: its tar, and how it is stored. */
export interface SyntheticLayer {
  tar: Buffer;
  compression?: 'none' | 'gzip' | 'zstd';
}

export interface SyntheticImage {
  layers: SyntheticLayer[];
  os?: string;
  architecture?: string;
  variant?: string;
  history?: { created_by?: string; empty_layer?: boolean }[];
  /** Override diff_ids (to test verification). */
  diffIds?: string[];
}

export function blob(l: SyntheticLayer): Buffer {
  return l.compression === 'gzip' ? gzip(l.tar) : l.compression === 'zstd' ? zstdRaw(l.tar) : l.tar;
}

export function configOf(img: SyntheticImage): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: img.architecture ?? 'amd64',
      os: img.os ?? 'linux',
      ...(img.variant ? { variant: img.variant } : {}),
      config: { Env: ['PATH=/bin'] },
      rootfs: { type: 'layers', diff_ids: img.diffIds ?? img.layers.map((l) => sha256(l.tar)) },
      history: img.history ?? img.layers.map((_, i) => ({ created_by: `step ${i}` })),
    }),
  );
}

function fileEntry(name: string, body: Buffer | string): SyntheticEntry {
  return { name, body, mtime: 0 };
}

function json(v: unknown): Buffer {
  return Buffer.from(JSON.stringify(v));
}

const hex = (d: string): string => d.slice('sha256:'.length);

/** Synthetic docker-save-like archive, legacy layout: manifest.json + <id>/layer.tar (+ members after). */
export function syntheticLegacy(img: SyntheticImage, tag = 'synthetic:legacy'): Buffer {
  const cfg = configOf(img);
  const entries: SyntheticEntry[] = [];
  const layers: string[] = [];
  img.layers.forEach((l, i) => {
    const id = createHash('sha256').update(`layer${i}`).digest('hex');
    entries.push({ name: `${id}/`, type: '5', mode: 0o755 });
    entries.push(fileEntry(`${id}/VERSION`, '1.0'));
    entries.push(fileEntry(`${id}/json`, JSON.stringify({ id })));
    entries.push(fileEntry(`${id}/layer.tar`, blob(l)));
    layers.push(`${id}/layer.tar`);
  });
  const cfgName = `${hex(sha256(cfg))}.json`;
  entries.push(fileEntry(cfgName, cfg));
  entries.push(
    fileEntry('manifest.json', JSON.stringify([{ Config: cfgName, RepoTags: [tag], Layers: layers }])),
  );
  entries.push(fileEntry('repositories', JSON.stringify({ synthetic: { legacy: 'x' } })));
  return syntheticTar(entries);
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: { os: string; architecture: string; variant?: string };
  annotations?: Record<string, string>;
}

function layerMediaType(l: SyntheticLayer, oci: boolean): string {
  if (!oci)
    return l.compression === 'gzip'
      ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
      : 'application/vnd.docker.image.rootfs.diff.tar';
  return l.compression === 'gzip'
    ? 'application/vnd.oci.image.layer.v1.tar+gzip'
    : l.compression === 'zstd'
      ? 'application/vnd.oci.image.layer.v1.tar+zstd'
      : 'application/vnd.oci.image.layer.v1.tar';
}

/** Blobs and the manifest descriptor of one image. */
function ociImage(img: SyntheticImage, blobs: Map<string, Buffer>): Descriptor {
  const cfg = configOf(img);
  blobs.set(sha256(cfg), cfg);
  const layers = img.layers.map((l) => {
    const b = blob(l);
    blobs.set(sha256(b), b);
    return { mediaType: layerMediaType(l, true), digest: sha256(b), size: b.length };
  });
  const manifest = json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(cfg), size: cfg.length },
    layers,
  });
  blobs.set(sha256(manifest), manifest);
  return {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: sha256(manifest),
    size: manifest.length,
  };
}

function blobEntries(blobs: Map<string, Buffer>, skip: Set<string> = new Set()): SyntheticEntry[] {
  const out: SyntheticEntry[] = [
    { name: 'blobs/', type: '5', mode: 0o755 },
    { name: 'blobs/sha256/', type: '5', mode: 0o755 },
  ];
  for (const [d, b] of blobs) if (!skip.has(d)) out.push(fileEntry(`blobs/sha256/${hex(d)}`, b));
  return out;
}

/** Synthetic Docker 25+-like archive: blobs/sha256 + index.json + manifest.json with LayerSources. */
export function syntheticDocker25(img: SyntheticImage, tag = 'synthetic:d25'): Buffer {
  const blobs = new Map<string, Buffer>();
  const desc = ociImage(img, blobs);
  const manifestBlob = blobs.get(desc.digest) ?? Buffer.from('{}');
  const manifest = JSON.parse(manifestBlob.toString()) as {
    config: Descriptor;
    layers: Descriptor[];
  };
  const layerSources: Record<string, Descriptor> = {};
  img.layers.forEach((l, i) => {
    const d = manifest.layers[i];
    if (d) layerSources[sha256(l.tar)] = d;
  });
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        ...desc,
        annotations: {
          'io.containerd.image.name': `docker.io/${tag}`,
          'org.opencontainers.image.ref.name': 'd25',
        },
      },
    ],
  };
  return syntheticTar([
    ...blobEntries(blobs),
    fileEntry('index.json', JSON.stringify(index)),
    fileEntry(
      'manifest.json',
      JSON.stringify([
        {
          Config: `blobs/sha256/${hex(manifest.config.digest)}`,
          RepoTags: [tag],
          Layers: manifest.layers.map((l) => `blobs/sha256/${hex(l.digest)}`),
          LayerSources: layerSources,
        },
      ]),
    ),
    fileEntry('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
  ]);
}

export interface SyntheticMulti {
  images: SyntheticImage[];
  /** Add a BuildKit-style attestation manifest (platform unknown/unknown) per image. */
  attestations?: boolean;
  /** Digests of blobs to leave out of the archive (e.g. another platform's layers). */
  omit?: (blobs: { manifests: string[]; layers: string[][] }) => string[];
  /** Also write a manifest.json (containerd-store docker save does). */
  dockerManifest?: boolean;
}

/**
 * Synthetic containerd-store-like / OCI-like multi-platform archive: index.json -> nested index ->
 * per-platform manifests (+ attestation manifests), compressed blobs.
 */
export function syntheticMulti(m: SyntheticMulti): Buffer {
  const blobs = new Map<string, Buffer>();
  const manifests: Descriptor[] = [];
  const layerDigests: string[][] = [];
  for (const img of m.images) {
    const d = ociImage(img, blobs);
    layerDigests.push(img.layers.map((l) => sha256(blob(l))));
    manifests.push({
      ...d,
      platform: {
        os: img.os ?? 'linux',
        architecture: img.architecture ?? 'amd64',
        ...(img.variant ? { variant: img.variant } : {}),
      },
    });
    if (m.attestations) {
      const stmt = json({
        _type: 'https://in-toto.io/Statement/v0.1',
        predicateType: 'https://slsa.dev/provenance/v0.2',
        predicate: { builder: { id: 'synthetic' }, platform: img.architecture ?? 'amd64' },
      });
      blobs.set(sha256(stmt), stmt);
      const cfg = json({ architecture: 'unknown', os: 'unknown', rootfs: { type: 'layers', diff_ids: [] } });
      blobs.set(sha256(cfg), cfg);
      const att = json({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: sha256(cfg),
          size: cfg.length,
        },
        layers: [
          {
            mediaType: 'application/vnd.in-toto+json',
            digest: sha256(stmt),
            size: stmt.length,
            annotations: { 'in-toto.io/predicate-type': 'https://slsa.dev/provenance/v0.2' },
          },
        ],
      });
      blobs.set(sha256(att), att);
      manifests.push({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: sha256(att),
        size: att.length,
        platform: { os: 'unknown', architecture: 'unknown' },
        annotations: {
          'vnd.docker.reference.digest': d.digest,
          'vnd.docker.reference.type': 'attestation-manifest',
        },
      });
    }
  }
  const nested = json({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests });
  blobs.set(sha256(nested), nested);
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        mediaType: 'application/vnd.oci.image.index.v1+json',
        digest: sha256(nested),
        size: nested.length,
        annotations: {
          'io.containerd.image.name': 'docker.io/synthetic/multi:1',
          'org.opencontainers.image.ref.name': '1',
        },
      },
    ],
  };
  const omit = new Set(
    m.omit?.({
      manifests: manifests.filter((d) => d.platform?.os !== 'unknown').map((d) => d.digest),
      layers: layerDigests,
    }) ?? [],
  );
  const entries = [
    ...blobEntries(blobs, omit),
    fileEntry('index.json', JSON.stringify(index)),
    fileEntry('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
  ];
  if (m.dockerManifest) {
    entries.push(
      fileEntry(
        'manifest.json',
        JSON.stringify([{ Config: 'blobs/sha256/x', RepoTags: ['synthetic/multi:1'], Layers: [] }]),
      ),
    );
  }
  return syntheticTar(entries);
}

/** Synthetic oci-archive-like tar (skopeo's layout): index.json -> manifest, no manifest.json. */
export function syntheticOciArchive(img: SyntheticImage): Buffer {
  const blobs = new Map<string, Buffer>();
  const desc = ociImage(img, blobs);
  return syntheticTar([
    fileEntry('oci-layout', '{"imageLayoutVersion":"1.0.0"}'),
    ...blobEntries(blobs),
    fileEntry(
      'index.json',
      JSON.stringify({
        schemaVersion: 2,
        manifests: [{ ...desc, annotations: { 'org.opencontainers.image.ref.name': 'oci' } }],
      }),
    ),
  ]);
}

/** Write an OCI layout directory's files: returns path -> bytes. */
export function syntheticOciLayoutFiles(img: SyntheticImage): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const desc = ociImage(img, blobs);
  const files = new Map<string, Buffer>();
  for (const [d, b] of blobs) files.set(`blobs/sha256/${hex(d)}`, b);
  files.set('index.json', json({ schemaVersion: 2, manifests: [desc] }));
  files.set('oci-layout', json({ imageLayoutVersion: '1.0.0' }));
  return files;
}

/** Synthetic crane-tarball-like archive: Config is `sha256:<hex>`, Layers are `<hex>.tar.gz`. */
export function syntheticCrane(img: SyntheticImage): Buffer {
  const cfg = configOf(img);
  const entries: SyntheticEntry[] = [fileEntry(`sha256:${hex(sha256(cfg))}`, cfg)];
  const layers: string[] = [];
  for (const l of img.layers) {
    const b = blob({ ...l, compression: l.compression ?? 'gzip' });
    const name = `${hex(sha256(b))}.tar.gz`;
    entries.push(fileEntry(name, b));
    layers.push(name);
  }
  entries.push(
    fileEntry(
      'manifest.json',
      JSON.stringify([
        { Config: `sha256:${hex(sha256(cfg))}`, RepoTags: ['synthetic/crane:1'], Layers: layers },
      ]),
    ),
  );
  return syntheticTar(entries);
}

/**
 * Synthetic skopeo-docker-archive-like tar: layers stored as `<hex>.tar`, the legacy `<id>/layer.tar`
 * names are tar links to them. `viaLinks` makes manifest.json name the link members.
 */
export function syntheticSkopeo(img: SyntheticImage, link: 'symlink' | 'hardlink', viaLinks = true): Buffer {
  const cfg = configOf(img);
  const entries: SyntheticEntry[] = [];
  const layers: string[] = [];
  img.layers.forEach((l, i) => {
    const name = `${hex(sha256(l.tar))}.tar`;
    if (!entries.some((e) => e.name === name)) entries.push(fileEntry(name, blob(l)));
    const id = createHash('sha256').update(`skopeo${i}`).digest('hex');
    entries.push(
      link === 'symlink'
        ? { name: `${id}/layer.tar`, type: '2', linkname: `../${name}` }
        : { name: `${id}/layer.tar`, type: '1', linkname: name },
    );
    entries.push(fileEntry(`${id}/VERSION`, '1.0'));
    layers.push(viaLinks ? `${id}/layer.tar` : name);
  });
  const cfgName = `${hex(sha256(cfg))}.json`;
  entries.push(fileEntry(cfgName, cfg));
  entries.push(
    fileEntry(
      'manifest.json',
      JSON.stringify([{ Config: cfgName, RepoTags: ['synthetic/skopeo:1'], Layers: layers }]),
    ),
  );
  return syntheticTar(entries);
}

/** A small synthetic layer set exercising whiteouts, opaque dirs, links and overwrites. */
export function sampleLayers(): Buffer[] {
  return [
    syntheticTar([
      { name: 'etc/', type: '5', mode: 0o755 },
      { name: 'etc/passwd', body: 'root:x:0:0\n' },
      { name: 'usr/', type: '5', mode: 0o755 },
      { name: 'usr/lib/', type: '5', mode: 0o755 },
      { name: 'usr/lib/big.bin', body: Buffer.alloc(5000, 1) },
      { name: 'usr/lib/link', type: '2', linkname: 'big.bin' },
      { name: 'usr/lib/hard', type: '1', linkname: 'usr/lib/big.bin' },
    ]),
    syntheticTar([
      { name: 'etc/', type: '5', mode: 0o755 },
      { name: 'etc/passwd', body: 'root:x:0:0\nuser:x:1:1\n' },
      { name: 'usr/lib/.wh.big.bin', body: '' },
      { name: 'usr/.wh..wh..opq', body: '' },
      { name: 'usr/.wh..wh.plnk.123', body: '' },
    ]),
    syntheticTar([]),
  ];
}
