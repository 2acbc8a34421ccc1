/** The versioned JSON report: what every renderer and the baseline/audit code consume. */
import type { Compression, Platform } from '../archive/types.js';
import type { FileRef, Totals, DiveNumbers } from '../image/model.js';
import type { Instruction, MappingQuality, StageSummary } from '../dockerfile/types.js';
import type { Finding, Severity } from '../rules/types.js';

export const SCHEMA_VERSION = 1;

export interface LayerReport {
  index: number;
  digest: string;
  tarBytes: number;
  blobBytes: number;
  compression: Compression;
  mediaType: string | null;
  contentBytes: number;
  files: number;
  dirs: number;
  symlinks: number;
  hardlinks: number;
  whiteouts: number;
  createdBy: string | null;
  emptyLayer: boolean;
  removedBytes: number;
  overwrittenBytes: number;
  /** Capped (largest first, then path) unless --all-files; the *Count fields give the totals. */
  added: FileRef[];
  addedCount: number;
  modified: FileRef[];
  modifiedCount: number;
  deleted: FileRef[];
  deletedCount: number;
  instruction: Instruction | null;
  fromBaseImage: boolean;
  mapping: MappingQuality;
}

export type BudgetLevel = 'warn' | 'fail';
export type BudgetStatus = 'pass' | 'warn' | 'fail';

export interface BudgetResult {
  /** e.g. `maxSize`, `maxLayerSize`, `dive.lowestEfficiency`. */
  name: string;
  /** Unit of value and limit: `bytes`, `percent`, `ratio`, `count`. */
  unit: string;
  value: number;
  limit: number;
  level: BudgetLevel;
  status: BudgetStatus;
  /** A short explanation (which layer, which measure). */
  detail?: string;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'layerlint'; version: string };
  source: string;
  image: {
    ref: string | null;
    format: string;
    platform: Platform;
    platforms: Platform[];
    configDigest: string;
    manifestDigest: string | null;
  };
  dockerfile: string | null;
  layers: LayerReport[];
  totals: Totals;
  dive: DiveNumbers;
  /** Largest files visible in the final filesystem, capped. */
  largestFiles: FileRef[];
  stages: StageSummary[];
  warnings: string[];
  findings: Finding[];
  budgets: BudgetResult[];
  /** Set by baseline comparison (issue #7). */
  baseline: unknown | null;
  failOn: Severity | 'none';
  /** No finding at or above failOn and no budget at `fail`. */
  passed: boolean;
}
