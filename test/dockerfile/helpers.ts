/** Test helpers: captured histories and a tiny reader for the config inside a `docker save` tar. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryEntry } from '../../src/oci/types.js';

export const DATA = join(import.meta.dirname, 'data');

export interface Captured {
  _source: string;
  history: HistoryEntry[];
  diff_ids: string[];
}

/** A history captured from a real engine (see data/README.md). `engine` is e.g. `d20-legacy`. */
export function captured(engine: string, name: string): Captured {
  return JSON.parse(readFileSync(join(DATA, 'history', engine, `${name}.json`), 'utf8')) as Captured;
}

export function caseDockerfile(name: string): string {
  return readFileSync(join(DATA, 'cases', name, 'Dockerfile'), 'utf8');
}

/** Members of an uncompressed tar (ustar, no PAX needed for docker-save metadata names). */
function tarMembers(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let off = 0;
  while (off + 512 <= buf.length) {
    const h = buf.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = h.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    const full = prefix ? `${prefix}/${name}` : name;
    const body = buf.subarray(off + 512, off + 512 + size);
    // Only small members: manifests, indexes, configs (layer blobs are skipped by size).
    if (size < 1_000_000) out.set(full.replace(/^\.\//, ''), body);
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  annotations?: Record<string, string>;
}

/** Follow an OCI index (possibly nested) to the first image manifest that is not an attestation. */
function configFromIndex(members: Map<string, Buffer>, indexBody: Buffer): Buffer | undefined {
  const blob = (d: string): Buffer | undefined => members.get(`blobs/${d.replace(':', '/')}`);
  const idx = JSON.parse(indexBody.toString('utf8')) as { manifests?: Descriptor[]; config?: Descriptor };
  if (idx.config) return blob(idx.config.digest);
  for (const m of idx.manifests ?? []) {
    if (m.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    const b = blob(m.digest);
    if (!b) continue;
    const cfg = configFromIndex(members, b);
    if (cfg) return cfg;
  }
  return undefined;
}

/** Small files of an OCI layout directory, keyed like tar members. */
function dirMembers(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  out.set('index.json', readFileSync(join(dir, 'index.json')));
  for (const f of readdirSync(join(dir, 'blobs', 'sha256'))) {
    const p = join(dir, 'blobs', 'sha256', f);
    if (statSync(p).size < 1_000_000) out.set(`blobs/sha256/${f}`, readFileSync(p));
  }
  return out;
}

/** The image config (history, diff_ids) of the first image of a `docker save` or OCI archive (or layout directory). */
export function configFromDockerSave(path: string): Captured {
  const members = statSync(path).isDirectory() ? dirMembers(path) : tarMembers(readFileSync(path));
  const manifest = JSON.parse(members.get('manifest.json')?.toString('utf8') ?? 'null') as
    { Config: string }[] | null;
  const cfgPath = manifest?.[0]?.Config;
  let cfg = cfgPath ? members.get(cfgPath) : undefined;
  const index = members.get('index.json');
  if (!cfg && index) cfg = configFromIndex(members, index);
  if (!cfg) throw new Error(`${path}: no config found`);
  const c = JSON.parse(cfg.toString('utf8')) as { history?: HistoryEntry[]; rootfs: { diff_ids: string[] } };
  return { _source: path, history: c.history ?? [], diff_ids: c.rootfs.diff_ids };
}

/** The value, or a thrown error naming what is missing: tables are indexed without `!`. */
export function must<T>(value: T | undefined, what = 'test case'): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
