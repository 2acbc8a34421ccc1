/** The versioned JSON report: what every renderer and the baseline/audit code consume. */
import type { Platform } from '../oci/types.js';
import type { ArchiveFormat } from '../archive/types.js';
import type { FileRef, LayerModel, Totals, DiveNumbers } from '../image/model.js';
import type { LayerMapping, StageSummary } from '../dockerfile/types.js';
import type { Finding } from '../lint/types.js';
import type { FailOn } from '../lint/severity.js';
import type { SizeMeasure } from './measures.js';

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
  /**
   * The limit as the user wrote it (`100MiB`, `0.001%`, a `.dive-ci` value), shown by every renderer.
   * Absent in reports from before it existed, and for limits given programmatically.
   */
  limitText?: string;
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
    format: ArchiveFormat;
    platform: Platform;
    platforms: Platform[];
    configDigest: string;
    manifestDigest: string | null;
  };
  dockerfile: string | null;
  /**
   * Why the Dockerfile mapping cannot be trusted (the history and the Dockerfile disagree), or null
   * when it can or there is no Dockerfile. When set, no output places a finding on a Dockerfile line.
   * Absent in reports from before it existed.
   */
  mappingUnreliable?: string | null;
  layers: LayerReport[];
  totals: Totals;
  dive: DiveNumbers;
  /** Largest files visible in the final filesystem, capped. */
  largestFiles: FileRef[];
  stages: StageSummary[];
  warnings: string[];
  findings: Finding[];
  budgets: BudgetResult[];
  /** The comparison with --baseline, or null without one. */
  baseline: BaselineComparison | null;
  failOn: FailOn;
  /** No finding at or above failOn and no budget at `fail`. */
  passed: boolean;
}

// The baseline comparison is part of the report (schema definitions/baselineComparison).

/** How a current layer was paired with a baseline layer. */
export type MatchKind = 'instruction' | 'createdBy' | 'digest';

/** A number now, before, and the difference. */
export interface Delta {
  current: number;
  baseline: number;
  delta: number;
}

export interface LayerDelta {
  /** Index in the current image. */
  index: number;
  /** Index of the matched baseline layer, or null when the layer is new. */
  baselineIndex: number | null;
  matchedBy: MatchKind | null;
  /** What the layer is: the instruction (`RUN apt-get …`) or the normalised createdBy. */
  label: string;
  /** The diffID differs from the matched layer's (always true for a new layer). */
  changed: boolean;
  contentBytes: Delta;
  tarBytes: Delta;
  blobBytes: Delta;
}

export interface RemovedLayer {
  baselineIndex: number;
  label: string;
  digest: string;
  contentBytes: number;
}

export interface FileGrowth {
  path: string;
  /** Bytes now in the final filesystem (as far as the capped lists tell). */
  bytes: number;
  /** Bytes in the baseline, or null when the path is not in the baseline's (capped) lists. */
  baselineBytes: number | null;
  delta: number;
}

export interface BaselineComparison {
  /** What the baseline is, e.g. `main` or `app:1.2`. */
  label: string;
  /** The --baseline value as given. */
  source: string;
  /** Which bytes `totalDelta` and `layerDeltas` measure. */
  measure: SizeMeasure;
  /** Current minus baseline, in `measure` bytes. */
  totalDelta: number;
  /** Per current layer index: the contentBytes delta, or null for a new layer. */
  layerDeltas: (number | null)[];
  /** `+12.3 MB vs main`. */
  headline: string;
  totals: {
    contentBytes: Delta;
    finalBytes: Delta;
    wastedBytes: Delta;
    tarBytes: Delta;
    blobBytes: Delta;
    layerCount: Delta;
    fileCount: Delta;
  };
  layers: LayerDelta[];
  /** Current indices of layers with no counterpart in the baseline. */
  added: number[];
  removed: RemovedLayer[];
  /** Files that grew most, largest growth first (capped). */
  grownFiles: FileGrowth[];
  /** True when the file lists of both reports were complete (no caps hit), so grownFiles is exact. */
  filesExact: boolean;
  /** What is approximate, in words. */
  notes: string[];
}
