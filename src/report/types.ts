/** The versioned JSON report: what every renderer and the baseline/audit code consume. */
import type { Platform } from '../oci/types.js';
import type { FileRef, LayerModel, Totals, DiveNumbers } from '../image/model.js';
import type { LayerMapping, StageSummary } from '../dockerfile/types.js';
import type { Finding, Severity } from '../lint/types.js';

export const SCHEMA_VERSION = 1;

/**
 * A layer as serialised: the model's numbers without its raw entries, the path lists capped
 * (largest first, then path) unless --all-files with the *Count fields giving the totals, and the
 * layer's Dockerfile mapping.
 */
export interface LayerReport extends Omit<LayerModel, 'entries'>, LayerMapping {
  addedCount: number;
  modifiedCount: number;
  deletedCount: number;
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
