/**
 * Turn an archive's members into images: detect the format, list the platforms, and assemble the
 * chosen image's layers in manifest order.
 *
 * - docker save (legacy): https://github.com/moby/moby/blob/master/image/spec/v1.2.md
 * - OCI image layout / index / manifest: https://github.com/opencontainers/image-spec
 * - BuildKit attestations: https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md
 */
import {
  ANNOTATION_IMAGE_NAME,
  ANNOTATION_REF_NAME,
  ANNOTATION_REFERENCE_TYPE,
  ATTESTATION_MANIFEST,
  MEDIA_TYPES,
} from '../oci/constants.js';
import { platformString } from '../oci/platform.js';
import { ArchiveError } from '../common/errors.js';
import type { MemberStore } from './store/member.js';
import type { ArchiveFormat, ImageLayer, LayerScan, LoadedImage } from './types.js';
import type { ImageConfig, Platform } from '../oci/types.js';
import { isRecord } from '../common/json.js';

/** One image the archive offers, not yet loaded. */
export interface Candidate {
  platform: Platform;
  ref?: string;
  load(verify: boolean): Promise<LoadedImage>;
}

const ANNOTATION_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
const PREDICATE_TYPE = 'in-toto.io/predicate-type';
const SLSA_PROVENANCE = 'https://slsa.dev/provenance/';
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;

interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

// Only the digest is required; the optional fields are taken as the image-spec types them.
function isDescriptor(v: unknown): v is Descriptor {
  return isRecord(v) && typeof v.digest === 'string';
}

function blobPath(file: string, digest: string, what: string): string {
  if (!DIGEST_RE.test(digest))
    throw new ArchiveError(file, `${what} has a malformed digest ${JSON.stringify(digest)}`);
  return `blobs/sha256/${digest.slice('sha256:'.length)}`;
}

function descriptors(file: string, doc: unknown, key: string, what: string): Descriptor[] {
  const list = isRecord(doc) ? doc[key] : undefined;
  if (!Array.isArray(list)) throw new ArchiveError(file, `${what} has no "${key}" array`);
  return list.map((d: unknown, i) => {
    if (!isDescriptor(d)) throw new ArchiveError(file, `${what} ${key}[${i}] has no digest`);
    return d;
  });
}

// The other fields are optional and read defensively where used; only rootfs.diff_ids is required.
function isImageConfig(value: unknown): value is ImageConfig {
  const rootfs = isRecord(value) ? value.rootfs : undefined;
  return (
    isRecord(rootfs) && Array.isArray(rootfs.diff_ids) && rootfs.diff_ids.every((d) => typeof d === 'string')
  );
}

function checkConfig(file: string, path: string, value: unknown): ImageConfig {
  if (!isImageConfig(value)) throw new ArchiveError(file, 'image config has no rootfs.diff_ids list', path);
  return value;
}

function configPlatform(c: ImageConfig): Platform {
  const p: Platform = { os: c.os ?? 'unknown', architecture: c.architecture ?? 'unknown' };
  if (c.variant) p.variant = c.variant;
  return p;
}

/**
 * Layers scanned at once by random-access stores: gunzip runs on libuv's pool, so two gzip layers
 * decompress on two cores while the main thread hashes and parses. A streamed archive's scans are
 * already done, so this only orders them.
 */
const LAYER_CONCURRENCY = 2;

/** Scan `paths` (in order, at most LAYER_CONCURRENCY at once); the first failure in order is thrown. */
async function scanAll(store: MemberStore, paths: string[]): Promise<LayerScan[]> {
  const results: Promise<LayerScan>[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (next < paths.length && !failed) {
      const k = next++;
      const p = store.layer(paths[k] ?? '', `layer ${k}`);
      results[k] = p;
      await p.catch(() => {
        failed = true;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(LAYER_CONCURRENCY, paths.length) }, worker));
  const out: LayerScan[] = [];
  for (const r of results) out.push(await r);
  return out;
}

function verifyLayers(file: string, config: ImageConfig, layers: ImageLayer[], members: string[]): void {
  const ids = config.rootfs.diff_ids;
  if (ids.length !== layers.length) {
    throw new ArchiveError(
      file,
      `manifest lists ${layers.length} layers but the config's rootfs.diff_ids has ${ids.length}`,
    );
  }
  layers.forEach((l, i) => {
    if (l.scan.diffId !== ids[i]) {
      throw new ArchiveError(
        file,
        `layer ${i} diffID mismatch: config says ${ids[i]}, the content hashes to ${l.scan.diffId}`,
        members[i],
      );
    }
  });
}

/** Find the images in an archive. Throws when there is no manifest or index at all. */
export async function findCandidates(store: MemberStore, dirLayout: boolean): Promise<Candidate[]> {
  const hasIndex = await store.has('index.json');
  const hasManifest = await store.has('manifest.json');
  if (hasIndex) return ociCandidates(store, dirLayout, hasManifest);
  if (hasManifest) return dockerCandidates(store);
  throw new ArchiveError(
    store.file,
    dirLayout
      ? 'not an OCI layout: index.json is missing'
      : 'not an image archive: neither manifest.json nor index.json is present',
  );
}

interface DockerEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
  LayerSources?: Record<string, { mediaType?: string }>;
}

// Only Config and Layers are required; the optional fields are taken as docker save writes them.
function isDockerEntry(v: unknown): v is DockerEntry {
  return (
    isRecord(v) &&
    typeof v.Config === 'string' &&
    Array.isArray(v.Layers) &&
    v.Layers.every((l) => typeof l === 'string')
  );
}

async function dockerCandidates(store: MemberStore): Promise<Candidate[]> {
  const file = store.file;
  const { value } = await store.json('manifest.json', 'manifest.json');
  if (!Array.isArray(value) || value.length === 0) {
    throw new ArchiveError(file, 'manifest.json is not a non-empty list of images', 'manifest.json');
  }
  const out: Candidate[] = [];
  const entries: unknown[] = value;
  for (const [i, entry] of entries.entries()) {
    if (!isDockerEntry(entry)) {
      throw new ArchiveError(
        file,
        `manifest.json entry ${i} needs a Config string and a Layers list`,
        'manifest.json',
      );
    }
    const cfg = await store.json(entry.Config, 'image config');
    const config = checkConfig(file, entry.Config, cfg.value);
    const ref = entry.RepoTags?.[0];
    const crane = entry.Config.startsWith('sha256:');
    const linked = entry.Layers.some((l) => store.isLink(l)) || store.hasLinks();
    const oci = entry.Layers.some((l) => l.startsWith('blobs/'));
    const format: ArchiveFormat = crane
      ? 'crane'
      : linked
        ? 'skopeo-docker'
        : oci
          ? 'docker-25'
          : 'docker-legacy';
    const platform = configPlatform(config);
    out.push({
      platform,
      ...(ref ? { ref } : {}),
      async load(verify) {
        const layers: ImageLayer[] = [];
        const scans = await scanAll(store, entry.Layers);
        for (const [k, scan] of scans.entries()) {
          const layer: ImageLayer = { scan };
          const mediaType = entry.LayerSources?.[config.rootfs.diff_ids[k] ?? '']?.mediaType;
          if (mediaType) layer.mediaType = mediaType;
          layers.push(layer);
        }
        if (verify) verifyLayers(file, config, layers, entry.Layers);
        const img: LoadedImage = {
          source: file,
          format,
          platform,
          platforms: [],
          config,
          configDigest: cfg.digest,
          layers,
          warnings: [...store.warnings],
        };
        if (ref) img.ref = ref;
        return img;
      },
    });
  }
  return out;
}

const INDEX_TYPES = new Set<string>([MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList]);

interface Found {
  desc: Descriptor;
  ref?: string;
  nested: boolean;
}

async function ociCandidates(
  store: MemberStore,
  dirLayout: boolean,
  hasManifest: boolean,
): Promise<Candidate[]> {
  const file = store.file;
  const top = await store.json('index.json', 'index.json');
  const images: Found[] = [];
  const attestations = new Map<string, Descriptor>();
  let nestedIndex = false;

  const walk = async (doc: unknown, what: string, ref: string | undefined, depth: number): Promise<void> => {
    if (depth > 8) throw new ArchiveError(file, `${what}: indexes nested too deeply`);
    for (const d of descriptors(file, doc, 'manifests', what)) {
      const name = d.annotations?.[ANNOTATION_IMAGE_NAME] ?? d.annotations?.[ANNOTATION_REF_NAME] ?? ref;
      if (d.mediaType && INDEX_TYPES.has(d.mediaType)) {
        nestedIndex = true;
        const path = blobPath(file, d.digest, 'index descriptor');
        if (!(await store.has(path))) {
          store.warnings.push(`nested index ${d.digest} is not in the archive; skipped`);
          continue;
        }
        await walk((await store.json(path, `index ${d.digest}`)).value, `index ${d.digest}`, name, depth + 1);
        continue;
      }
      const isAttestation =
        d.annotations?.[ANNOTATION_REFERENCE_TYPE] === ATTESTATION_MANIFEST ||
        (d.platform?.os === 'unknown' && d.platform.architecture === 'unknown');
      if (isAttestation) {
        const subject = d.annotations?.[ANNOTATION_REFERENCE_DIGEST];
        if (subject) attestations.set(subject, d);
        continue;
      }
      images.push({ desc: d, nested: depth > 0, ...(name ? { ref: name } : {}) });
    }
  };
  await walk(top.value, 'index.json', undefined, 0);

  // docker save names images in manifest.json's RepoTags; prefer that name when present.
  let repoTag: string | undefined;
  if (hasManifest) {
    const m = await store.json('manifest.json', 'manifest.json').catch(() => undefined);
    const first: unknown = Array.isArray(m?.value) ? m.value[0] : undefined;
    if (isRecord(first) && Array.isArray(first.RepoTags) && typeof first.RepoTags[0] === 'string')
      repoTag = first.RepoTags[0];
  }

  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const found of images) {
    const d = found.desc;
    if (seen.has(d.digest)) continue;
    seen.add(d.digest);
    const mpath = blobPath(file, d.digest, 'manifest descriptor');
    let platform: Platform | undefined;
    if (d.platform?.os && d.platform.architecture) {
      platform = { os: d.platform.os, architecture: d.platform.architecture };
      if (d.platform.variant) platform.variant = d.platform.variant;
    }
    // Without a platform on the descriptor, the config says; that needs both blobs to be present.
    let early: { manifest: unknown; config: { value: unknown; digest: string } } | undefined;
    if (!platform) {
      if (!(await store.has(mpath))) {
        store.warnings.push(`manifest ${d.digest} is not in the archive; skipped`);
        continue;
      }
      const manifest = (await store.json(mpath, `manifest ${d.digest}`)).value;
      const cdesc = isRecord(manifest) && isRecord(manifest.config) ? manifest.config : undefined;
      if (!cdesc || typeof cdesc.digest !== 'string')
        throw new ArchiveError(file, `manifest ${d.digest} has no config descriptor`, mpath);
      const cpath = blobPath(file, cdesc.digest, 'config descriptor');
      const config = await store.json(cpath, `image config ${cdesc.digest}`);
      platform = configPlatform(checkConfig(file, cpath, config.value));
      early = { manifest, config };
    }
    const ref = repoTag ?? found.ref;
    const fixedPlatform = platform;
    out.push({
      platform: fixedPlatform,
      ...(ref ? { ref } : {}),
      async load(verify) {
        if (!(await store.has(mpath))) {
          throw new ArchiveError(
            file,
            `manifest blob ${d.digest} for ${platformString(fixedPlatform)} is missing from the archive`,
            mpath,
          );
        }
        const manifest = early?.manifest ?? (await store.json(mpath, `manifest ${d.digest}`)).value;
        const cdesc = isRecord(manifest) && isRecord(manifest.config) ? manifest.config : undefined;
        if (!cdesc || typeof cdesc.digest !== 'string')
          throw new ArchiveError(file, `manifest ${d.digest} has no config descriptor`, mpath);
        const cpath = blobPath(file, cdesc.digest, 'config descriptor');
        if (!early && !(await store.has(cpath))) {
          throw new ArchiveError(file, `config blob ${cdesc.digest} is missing from the archive`, cpath);
        }
        const cfg = early?.config ?? (await store.json(cpath, `image config ${cdesc.digest}`));
        const config = checkConfig(file, cpath, cfg.value);
        const layerDescs = descriptors(file, manifest, 'layers', `manifest ${d.digest}`);
        const paths = layerDescs.map((l, k) => blobPath(file, l.digest, `layer ${k} descriptor`));
        for (const [k, p] of paths.entries()) {
          if (!(await store.has(p))) {
            throw new ArchiveError(
              file,
              `layer ${k} blob ${layerDescs[k]?.digest} is missing from the archive`,
              p,
            );
          }
        }
        const layers: ImageLayer[] = [];
        const scans = await scanAll(store, paths);
        for (const [k, scan] of scans.entries()) {
          const layer: ImageLayer = { scan };
          const mt = layerDescs[k]?.mediaType;
          if (mt) layer.mediaType = mt;
          layers.push(layer);
        }
        if (verify) verifyLayers(file, config, layers, paths);
        const compressed = layers.some((l) => l.scan.compression !== 'none');
        const format: ArchiveFormat = dirLayout
          ? 'oci-layout'
          : hasManifest
            ? nestedIndex || compressed
              ? 'containerd'
              : 'docker-25'
            : 'oci-archive';
        const img: LoadedImage = {
          source: file,
          format,
          platform: fixedPlatform,
          platforms: [],
          config,
          configDigest: cfg.digest,
          manifestDigest: d.digest,
          layers,
          warnings: [...store.warnings],
        };
        if (ref) img.ref = ref;
        const provenance = await readProvenance(store, attestations.get(d.digest));
        if (provenance !== undefined) img.provenance = provenance;
        return img;
      },
    });
  }
  if (out.length === 0) {
    throw new ArchiveError(
      file,
      `no image manifest found in index.json${store.warnings.length ? ` (${store.warnings.join('; ')})` : ''}`,
    );
  }
  return out;
}

/** The SLSA provenance predicate of a BuildKit attestation manifest, when its blobs are present. */
async function readProvenance(store: MemberStore, att: Descriptor | undefined): Promise<unknown> {
  if (!att) return undefined;
  try {
    const mpath = blobPath(store.file, att.digest, 'attestation');
    if (!(await store.has(mpath))) return undefined;
    const manifest = (await store.json(mpath, 'attestation manifest')).value;
    const layers = isRecord(manifest) && Array.isArray(manifest.layers) ? manifest.layers : [];
    for (const l of layers) {
      if (!isRecord(l) || typeof l.digest !== 'string') continue;
      const ann = isRecord(l.annotations) ? l.annotations : {};
      const type = ann[PREDICATE_TYPE];
      if (typeof type !== 'string' || !type.startsWith(SLSA_PROVENANCE)) continue;
      const p = blobPath(store.file, l.digest, 'provenance');
      if (!(await store.has(p))) return undefined;
      const stmt = (await store.json(p, 'provenance statement')).value;
      return isRecord(stmt) ? stmt.predicate : undefined;
    }
  } catch {
    // A broken attestation never fails the analysis of the image itself.
    store.warnings.push('attestation manifest could not be read; provenance ignored');
  }
  return undefined;
}
