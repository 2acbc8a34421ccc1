/**
 * Synthetic Reports for budget, baseline and audit tests. Every number here is made up by the test
 * (hence "synthetic"); totals are derived from the layers so they stay consistent.
 */
import type { FileRef } from '../../src/image/model.js';
import type { Instruction } from '../../src/dockerfile/types.js';
import type { Finding } from '../../src/lint/types.js';
import type { LayerReport, Report } from '../../src/report/types.js';

export interface SyntheticLayer {
  contentBytes: number;
  createdBy?: string | null;
  instruction?: Pick<Instruction, 'keyword' | 'text'> & { stage?: string };
  digest?: string;
  added?: FileRef[];
  modified?: FileRef[];
  deleted?: FileRef[];
  fromBaseImage?: boolean;
}

function hex(seed: string): string {
  // Deterministic fake digest from a seed (not a real hash; only needs to be unique per seed).
  let h = 2166136261;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (const ch of `${seed}#${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

export function syntheticDigest(seed: string): string {
  return `sha256:${hex(seed)}`;
}

function layer(l: SyntheticLayer, index: number): LayerReport {
  const added = l.added ?? [];
  const modified = l.modified ?? [];
  const deleted = l.deleted ?? [];
  const instruction: Instruction | null = l.instruction
    ? {
        stage: l.instruction.stage ?? '0',
        stageIndex: 0,
        keyword: l.instruction.keyword,
        line: index + 1,
        endLine: index + 1,
        text: l.instruction.text,
      }
    : null;
  return {
    index,
    digest: l.digest ?? syntheticDigest(`${index}:${l.createdBy ?? ''}:${l.contentBytes}`),
    tarBytes: l.contentBytes + 1024,
    blobBytes: Math.floor(l.contentBytes / 2),
    compression: 'gzip',
    mediaType: null,
    contentBytes: l.contentBytes,
    files: added.length + modified.length,
    dirs: 0,
    symlinks: 0,
    hardlinks: 0,
    whiteouts: deleted.length,
    createdBy: l.createdBy === undefined ? null : l.createdBy,
    emptyLayer: l.contentBytes === 0 && added.length === 0,
    removedBytes: 0,
    overwrittenBytes: 0,
    added,
    addedCount: added.length,
    modified,
    modifiedCount: modified.length,
    deleted,
    deletedCount: deleted.length,
    instruction,
    fromBaseImage: l.fromBaseImage ?? false,
    mapping: instruction ? 'exact' : 'none',
  };
}

export interface SyntheticReportOptions {
  layers: SyntheticLayer[];
  finalBytes?: number;
  ref?: string;
  configDigest?: string;
  findings?: Pick<Finding, 'ruleId' | 'severity' | 'layerIndex'>[];
  largestFiles?: FileRef[];
  dive?: Report['dive'];
  passed?: boolean;
  platform?: Report['image']['platform'];
}

/** A synthetic Report: contentBytes = sum of layers; finalBytes defaults to contentBytes (no waste). */
export function syntheticReport(o: SyntheticReportOptions): Report {
  const layers = o.layers.map(layer);
  const contentBytes = layers.reduce((n, l) => n + l.contentBytes, 0);
  const finalBytes = o.finalBytes ?? contentBytes;
  const wastedBytes = contentBytes - finalBytes;
  return {
    schemaVersion: 1,
    tool: { name: 'layerlint', version: '0.0.0-test' },
    source: o.ref ?? 'synthetic.tar',
    image: {
      ref: o.ref ?? null,
      format: 'docker-legacy',
      platform: o.platform ?? { os: 'linux', architecture: 'amd64' },
      platforms: [o.platform ?? { os: 'linux', architecture: 'amd64' }],
      configDigest:
        o.configDigest ?? syntheticDigest(`config:${o.ref ?? ''}:${layers.map((l) => l.digest).join()}`),
      manifestDigest: null,
    },
    dockerfile: null,
    layers,
    totals: {
      contentBytes,
      finalBytes,
      wastedBytes,
      efficiency: contentBytes === 0 ? 1 : finalBytes / contentBytes,
      layerCount: layers.length,
      fileCount: layers.reduce((n, l) => n + l.added.length, 0),
      removedBytes: 0,
      overwrittenBytes: wastedBytes,
    },
    dive: o.dive ?? { efficiency: 1, wastedBytes: 0, userWastedPercent: 0 },
    largestFiles: o.largestFiles ?? [],
    stages: [],
    warnings: [],
    findings: (o.findings ?? []).map((f) => ({
      ...f,
      message: `${f.ruleId} synthetic finding`,
      line: null,
      endLine: null,
      paths: [],
      pathCount: 0,
      bytes: 0,
      fix: '',
    })),
    budgets: [],
    baseline: null,
    failOn: 'error',
    passed: o.passed ?? true,
  };
}
