/** Baseline comparison shapes. Stored in Report.baseline; the markdown renderer reads label/totalDelta/layerDeltas. */
import type { SizeMeasure } from '../report/measures.js';

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
