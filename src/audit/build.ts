/** Build an audit from Reports (pure): per-image rows, shared layers by diffID, fleet totals, drift. */
import { layerLabel } from '../baseline/match.js';
import { VERSION } from '../common/version.js';
import type { Report } from '../report/types.js';
import {
  AUDIT_KIND,
  AUDIT_SCHEMA_VERSION,
  type AuditDrift,
  type AuditError,
  type AuditImage,
  type AuditLayer,
  type AuditReport,
  type ImageDrift,
  type SharedLayer,
} from './types.js';

function platformString(r: Report): string {
  const p = r.image.platform;
  return [p.os, p.architecture, p.variant].filter((x): x is string => !!x).join('/');
}

/** `name [platform]`: how images are named in shared-layer lists and markdown. */
export function imageId(i: Pick<AuditImage, 'name' | 'platform'>): string {
  return `${i.name} [${i.platform}]`;
}

/** Turn one Report into an audit row named by its source as given (unique/shared bytes are filled in by `buildAudit`). */
export function toAuditImage(r: Report, name?: string): AuditImage {
  const findings = { error: 0, warning: 0, info: 0, total: r.findings.length };
  const keys = new Set<string>();
  for (const f of r.findings) {
    findings[f.severity]++;
    const l = f.layerIndex === null ? undefined : r.layers[f.layerIndex];
    keys.add(`${f.ruleId} ${l ? layerLabel(l) : 'image'}`);
  }
  return {
    name: name ?? r.source,
    platform: platformString(r),
    configDigest: r.image.configDigest,
    contentBytes: r.totals.contentBytes,
    finalBytes: r.totals.finalBytes,
    wastedBytes: r.totals.wastedBytes,
    efficiency: r.totals.efficiency,
    layerCount: r.totals.layerCount,
    findings,
    findingKeys: [...keys].sort(),
    budgetsFailed: r.budgets.filter((b) => b.status === 'fail').length,
    passed: r.passed,
    layers: r.layers.map((l): AuditLayer => ({
      digest: l.digest,
      contentBytes: l.contentBytes,
      label: layerLabel(l),
    })),
    uniqueBytes: 0,
    sharedBytes: 0,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Shared layers by diffID, as `docker system df -v` counts them: a layer is shared when images with
 * different config digests have it; each image's distinct layers split into unique and shared bytes.
 * Two names for one image (same config digest) do not make its layers shared.
 */
function shareLayers(images: AuditImage[]): { shared: SharedLayer[]; distinctBytes: number } {
  const owners = new Map<
    string,
    { bytes: number; label: string; configs: Set<string>; images: Set<string> }
  >();
  for (const img of images) {
    for (const l of img.layers) {
      let o = owners.get(l.digest);
      if (!o)
        owners.set(
          l.digest,
          (o = { bytes: l.contentBytes, label: l.label, configs: new Set(), images: new Set() }),
        );
      o.configs.add(img.configDigest);
      o.images.add(imageId(img));
    }
  }
  let distinctBytes = 0;
  for (const o of owners.values()) distinctBytes += o.bytes;
  for (const img of images) {
    let unique = 0;
    let shared = 0;
    const seen = new Set<string>();
    for (const l of img.layers) {
      if (seen.has(l.digest)) continue;
      seen.add(l.digest);
      if ((owners.get(l.digest)?.configs.size ?? 0) > 1) shared += l.contentBytes;
      else unique += l.contentBytes;
    }
    img.uniqueBytes = unique;
    img.sharedBytes = shared;
  }
  const shared: SharedLayer[] = [];
  for (const [digest, o] of owners) {
    if (o.configs.size > 1)
      shared.push({ digest, contentBytes: o.bytes, label: o.label, images: [...o.images].sort() });
  }
  shared.sort((a, b) => b.contentBytes - a.contentBytes || cmp(a.digest, b.digest));
  return { shared, distinctBytes };
}

/** Drift of `images` against a previous audit: size changes, new/removed layers and findings. */
export function computeDrift(
  images: readonly AuditImage[],
  previous: AuditReport,
  errors: readonly AuditError[] = [],
): AuditDrift {
  const prevById = new Map(previous.images.map((i) => [imageId(i), i]));
  const failed = new Set(errors.map((e) => e.name));
  const out: ImageDrift[] = [];
  for (const img of images) {
    const p = prevById.get(imageId(img));
    if (!p) {
      out.push({
        name: img.name,
        platform: img.platform,
        status: 'new',
        size: null,
        newLayers: [],
        removedLayers: [],
        newFindings: img.findingKeys,
        resolvedFindings: [],
      });
      continue;
    }
    prevById.delete(imageId(img));
    const before = new Set(p.layers.map((l) => l.digest));
    const now = new Set(img.layers.map((l) => l.digest));
    const newLayers = img.layers.filter((l) => !before.has(l.digest));
    const removedLayers = p.layers.filter((l) => !now.has(l.digest));
    const prevKeys = new Set(p.findingKeys);
    const curKeys = new Set(img.findingKeys);
    const newFindings = img.findingKeys.filter((k) => !prevKeys.has(k));
    const resolvedFindings = p.findingKeys.filter((k) => !curKeys.has(k));
    const delta = img.contentBytes - p.contentBytes;
    const changed =
      p.configDigest !== img.configDigest ||
      delta !== 0 ||
      newLayers.length + removedLayers.length + newFindings.length + resolvedFindings.length > 0;
    out.push({
      name: img.name,
      platform: img.platform,
      status: changed ? 'changed' : 'unchanged',
      size: { current: img.contentBytes, previous: p.contentBytes, delta },
      newLayers,
      removedLayers,
      newFindings,
      resolvedFindings,
    });
  }
  for (const p of prevById.values()) {
    // An image that failed to analyse this time is not "removed".
    if (failed.has(p.name)) continue;
    out.push({
      name: p.name,
      platform: p.platform,
      status: 'removed',
      size: null,
      newLayers: [],
      removedLayers: p.layers,
      newFindings: [],
      resolvedFindings: p.findingKeys,
    });
  }
  out.sort((a, b) => cmp(imageId(a), imageId(b)));
  return { previousImages: previous.images.length, images: out };
}

export interface BuildAuditOptions {
  previous?: AuditReport | null;
  errors?: AuditError[];
}

/** Assemble the audit from rows; sorts everything so the same input gives byte-identical JSON. */
export function buildAudit(rows: readonly AuditImage[], opts: BuildAuditOptions = {}): AuditReport {
  const images = rows.map((r) => ({ ...r, layers: [...r.layers], findingKeys: [...r.findingKeys] }));
  images.sort((a, b) => cmp(imageId(a), imageId(b)));
  const { shared, distinctBytes } = shareLayers(images);
  let contentBytes = 0;
  for (const i of images) contentBytes += i.contentBytes;
  const errors = [...(opts.errors ?? [])].sort((a, b) => cmp(a.name, b.name));
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    kind: AUDIT_KIND,
    tool: { name: 'layerlint', version: VERSION },
    images,
    shared,
    totals: {
      images: images.length,
      contentBytes,
      distinctLayerBytes: distinctBytes,
      savedBySharing: contentBytes - distinctBytes,
    },
    drift: opts.previous ? computeDrift(images, opts.previous, errors) : null,
    errors,
  };
}
