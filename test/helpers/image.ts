/**
 * Synthetic LoadedImages for model, report and rule tests: no archive, no engine.
 *
 * Entries are written in a compact form that mirrors what a layer tar holds:
 * - `etc/`                    a directory
 * - `etc/passwd:120`          a regular file of 120 bytes (hash defaults to one unique per layer+path)
 * - `etc/passwd:120#abc`      the same with content hash `abc` (equal hash + size = same content)
 * - `bin/sh -> busybox`       a symlink
 * - `bin/ls => bin/busybox`   a hardlink
 * - `etc/.wh.old`             a whiteout of `etc/old`
 * - `var/cache/.wh..wh..opq`  an opaque marker on `var/cache`
 * An entry may also be a LayerEntry-like object: `{ path, kind, size, mode, hash, ... }`.
 */
import type { EntryKind, LayerEntry, LoadedImage } from '../../src/archive/types.js';
import type { HistoryEntry, Platform } from '../../src/oci/types.js';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from '../../src/oci/constants.js';

export type EntrySpec = string | (Partial<LayerEntry> & { path: string; kind: EntryKind });

export interface SyntheticLayer {
  entries: EntrySpec[];
  /** History `created_by` for this layer (default `RUN layer <k>`); null omits the field. */
  createdBy?: string | null;
  mediaType?: string;
}

export interface SyntheticOptions {
  /** Replaces the generated history (one non-empty entry per layer) entirely. */
  history?: HistoryEntry[];
  platform?: Platform;
  ref?: string;
}

const BLOCK = 512;

/** Parse one compact entry spec; `layer` makes default hashes unique per layer. */
export function entry(spec: EntrySpec, layer = 0): LayerEntry {
  if (typeof spec !== 'string') {
    const e: LayerEntry = {
      path: spec.path,
      kind: spec.kind,
      size: spec.size ?? 0,
      mode: spec.mode ?? (spec.kind === 'dir' ? 0o755 : 0o644),
      uid: spec.uid ?? 0,
      gid: spec.gid ?? 0,
      mtime: spec.mtime ?? 0,
    };
    if (spec.linkname !== undefined) e.linkname = spec.linkname;
    if (spec.kind === 'file') e.hash = spec.hash ?? `L${layer}:${spec.path}`;
    return e;
  }
  const base = { mode: 0o644, uid: 0, gid: 0, mtime: 0, size: 0 };
  let m = /^(.*) -> (.*)$/.exec(spec);
  if (m) return { ...base, path: m[1] as string, kind: 'symlink', mode: 0o777, linkname: m[2] };
  m = /^(.*) => (.*)$/.exec(spec);
  if (m) return { ...base, path: m[1] as string, kind: 'hardlink', linkname: m[2] };
  if (spec.endsWith('/')) return { ...base, path: spec.slice(0, -1), kind: 'dir', mode: 0o755 };
  const slash = spec.lastIndexOf('/');
  const dir = slash < 0 ? '' : spec.slice(0, slash);
  const name = spec.slice(slash + 1);
  if (name === OPAQUE_MARKER) return { ...base, path: dir, kind: 'opaque' };
  if (name.startsWith(WHITEOUT_PREFIX)) {
    const target = name.slice(WHITEOUT_PREFIX.length);
    return { ...base, path: dir ? `${dir}/${target}` : target, kind: 'whiteout' };
  }
  m = /^(.*):(\d+)(?:#(.+))?$/.exec(spec);
  if (m) {
    const path = m[1] as string;
    return { ...base, path, kind: 'file', size: Number(m[2]), hash: m[3] ?? `L${layer}:${path}` };
  }
  throw new Error(`bad synthetic entry spec: ${spec}`);
}

/** A plausible uncompressed tar length for the entries (headers, padded bodies, end blocks). */
function tarLength(entries: LayerEntry[]): number {
  let n = 2 * BLOCK;
  for (const e of entries) n += BLOCK + (e.kind === 'file' ? Math.ceil(e.size / BLOCK) * BLOCK : 0);
  return n;
}

function fakeDigest(k: number, salt: string): string {
  return `sha256:${(salt + k.toString(16)).padStart(64, '0')}`;
}

/** Build a LoadedImage from layer specs (index 0 at the bottom). */
export function synthetic(layers: SyntheticLayer[], opts: SyntheticOptions = {}): LoadedImage {
  const platform = opts.platform ?? { os: 'linux', architecture: 'amd64' };
  const built = layers.map((l, k) => {
    const entries = l.entries.map((s) => entry(s, k));
    const tarBytes = entries.length === 0 ? 1024 : tarLength(entries);
    const layer: LoadedImage['layers'][number] = {
      scan: { diffId: fakeDigest(k, 'd1ff'), tarBytes, blobBytes: tarBytes, compression: 'none', entries },
    };
    if (l.mediaType !== undefined) layer.mediaType = l.mediaType;
    return layer;
  });
  const history: HistoryEntry[] =
    opts.history ??
    layers.map((l, k) => {
      const h: HistoryEntry = { created: '2024-01-01T00:00:00Z' };
      const createdBy = l.createdBy === undefined ? `RUN layer ${k}` : l.createdBy;
      if (createdBy !== null) h.created_by = createdBy;
      return h;
    });
  const image: LoadedImage = {
    source: 'synthetic.tar',
    format: 'docker-legacy',
    platform,
    platforms: [platform],
    config: {
      architecture: platform.architecture,
      os: platform.os,
      rootfs: { type: 'layers', diff_ids: built.map((l) => l.scan.diffId) },
      history,
    },
    configDigest: fakeDigest(0, 'c0f1'),
    layers: built,
    warnings: [],
  };
  if (opts.ref !== undefined) image.ref = opts.ref;
  return image;
}
