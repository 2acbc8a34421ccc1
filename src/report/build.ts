/** Build the versioned, deterministic JSON report from the model and what the later stages found. */
import type { Platform } from '../oci/types.js';
import { DEFAULT_PATH_CAP, LARGEST_FILES_CAP } from './caps.js';
import { VERSION } from '../common/version.js';
import type { MappingResult } from '../dockerfile/types.js';
import type { FileRef, ImageModel, LayerModel } from '../image/model.js';
import { redactor } from '../image/secrets.js';
import type { Finding } from '../lint/types.js';
import type { FailOn } from '../lint/severity.js';
import { isPassed } from './verdict.js';
import {
  SCHEMA_VERSION,
  type BaselineComparison,
  type BudgetResult,
  type LayerReport,
  type Report,
} from './types.js';

/** Everything besides the model that goes into a report. */
export interface ReportParts {
  mapping: MappingResult | null;
  findings: Finding[];
  budgets: BudgetResult[];
  /** Repo-relative Dockerfile path, or null. */
  dockerfile: string | null;
  failOn: FailOn;
  /** List every added/modified/deleted path instead of the capped lists. */
  allFiles: boolean;
  /** Extra warnings from the pipeline (mapping, budgets, ...), appended after the reader's. */
  warnings?: string[];
  baseline?: BaselineComparison | null;
}

/** Largest first, then path: the order of every capped path list. */
export function byBytesThenPath(a: FileRef, b: FileRef): number {
  return b.bytes - a.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The first `cap` refs in byBytesThenPath order, without sorting them all (layers can hold 100k files). */
export function topRefs(refs: Iterable<FileRef>, cap: number): FileRef[] {
  const top: FileRef[] = [];
  for (const r of refs) {
    if (top.length === cap && byBytesThenPath(r, top[cap - 1] as FileRef) >= 0) continue;
    let i = top.length === cap ? cap - 1 : top.length;
    while (i > 0 && byBytesThenPath(r, top[i - 1] as FileRef) < 0) i--;
    top.splice(i, 0, { path: r.path, bytes: r.bytes });
    if (top.length > cap) top.pop();
  }
  return top;
}

function paths(refs: readonly FileRef[], all: boolean, cap = DEFAULT_PATH_CAP): FileRef[] {
  if (!all) return topRefs(refs, cap);
  return refs.map((r) => ({ path: r.path, bytes: r.bytes })).sort(byBytesThenPath);
}

function platform(p: Platform): Platform {
  const out: Platform = { os: p.os, architecture: p.architecture };
  if (p.variant) out.variant = p.variant;
  return out;
}

/** The largest regular files of the final filesystem, largest first. */
export function largestFiles(model: ImageModel, cap = LARGEST_FILES_CAP): FileRef[] {
  function* files(): Generator<FileRef> {
    for (const [path, f] of model.final) if (f.entry.kind === 'file') yield { path, bytes: f.entry.size };
  }
  return topRefs(files(), cap);
}

function layerReport(l: LayerModel, parts: ReportParts): LayerReport {
  const m = parts.mapping?.layers[l.index];
  return {
    index: l.index,
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
    createdBy: l.createdBy,
    emptyLayer: l.emptyLayer,
    removedBytes: l.removedBytes,
    overwrittenBytes: l.overwrittenBytes,
    added: paths(l.added, parts.allFiles),
    addedCount: l.added.length,
    modified: paths(l.modified, parts.allFiles),
    modifiedCount: l.modified.length,
    deleted: paths(l.deleted, parts.allFiles),
    deletedCount: l.deleted.length,
    instruction: m?.instruction ?? null,
    fromBaseImage: m?.fromBaseImage ?? false,
    mapping: m?.mapping ?? 'none',
  };
}

/**
 * Replace every secret in every string of `value` (image/secrets.ts redactor); other values are
 * returned as they are. Objects and arrays are copied only where a string changed.
 */
export function scrubStrings<T>(value: T, redact: (s: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v);
    if (Array.isArray(v)) {
      const out = v.map(walk);
      return out.some((y, i) => y !== v[i]) ? out : v;
    }
    if (v !== null && typeof v === 'object') {
      let changed = false;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const y = walk(x);
        if (y !== x) changed = true;
        out[k] = y;
      }
      return changed ? out : v;
    }
    return v;
  };
  return walk(value) as T;
}

/**
 * ImageModel + mapping + findings + budgets -> Report. Pure and deterministic (no clock, no env).
 * Every string is scrubbed of the image's secrets here, once, so no renderer can print one.
 */
export function toReport(model: ImageModel, parts: ReportParts): Report {
  return scrubStrings(unscrubbedReport(model, parts), redactor(model.secrets.values));
}

function unscrubbedReport(model: ImageModel, parts: ReportParts): Report {
  const img = model.image;
  const t = model.totals;
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'layerlint', version: VERSION },
    source: img.source,
    image: {
      ref: img.ref ?? null,
      format: img.format,
      platform: platform(img.platform),
      platforms: img.platforms.map(platform),
      configDigest: img.configDigest,
      manifestDigest: img.manifestDigest ?? null,
    },
    dockerfile: parts.dockerfile,
    mappingUnreliable: parts.mapping?.unreliable ?? null,
    layers: model.layers.map((l) => layerReport(l, parts)),
    totals: {
      contentBytes: t.contentBytes,
      finalBytes: t.finalBytes,
      wastedBytes: t.wastedBytes,
      efficiency: t.efficiency,
      layerCount: t.layerCount,
      fileCount: t.fileCount,
      removedBytes: t.removedBytes,
      overwrittenBytes: t.overwrittenBytes,
    },
    dive: {
      efficiency: model.dive.efficiency,
      wastedBytes: model.dive.wastedBytes,
      userWastedPercent: model.dive.userWastedPercent,
    },
    largestFiles: largestFiles(model),
    stages: parts.mapping?.stages ?? [],
    warnings: [...img.warnings, ...(parts.mapping?.warnings ?? []), ...(parts.warnings ?? [])],
    findings: parts.findings,
    budgets: parts.budgets,
    baseline: parts.baseline ?? null,
    failOn: parts.failOn,
    passed: isPassed(parts.findings, parts.budgets, parts.failOn),
  };
}
