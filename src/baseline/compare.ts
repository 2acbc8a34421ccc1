/** Compare a Report with a baseline Report: total and per-layer deltas, added/removed layers, grown files. Pure. */
import { DEFAULT_SIZE_MEASURE, measureBytes, type SizeMeasure } from '../report/measures.js';
import { formatDelta } from '../common/size.js';
import type {
  BaselineComparison,
  Delta,
  FileGrowth,
  LayerDelta,
  LayerReport,
  RemovedLayer,
  Report,
} from '../report/types.js';
import { layerLabel, matchLayers } from './match.js';

/** How many grown files a comparison lists. */
export const GROWN_FILES_CAP = 20;

export interface CompareOptions {
  /** What the baseline is called in the headline, e.g. `main`. */
  label: string;
  /** The --baseline value as given (defaults to label). */
  source?: string;
  /** Which bytes the headline measures; `content` (what ships) by default, like the maxSize budget. */
  measure?: SizeMeasure;
}

function delta(current: number, baseline: number): Delta {
  return { current, baseline, delta: current - baseline };
}

function sum(layers: readonly LayerReport[], f: (l: LayerReport) => number): number {
  let n = 0;
  for (const l of layers) n += f(l);
  return n;
}

/** Compare `current` against `baseline`. */
export function compareToBaseline(
  current: Report,
  baseline: Report,
  opts: CompareOptions,
): BaselineComparison {
  const measure = opts.measure ?? DEFAULT_SIZE_MEASURE;
  const match = matchLayers(current.layers, baseline.layers);
  const byIndex = new Map(baseline.layers.map((l) => [l.index, l]));

  const layers: LayerDelta[] = current.layers.map((l) => {
    const m = match.pairs.get(l.index);
    const b = m ? byIndex.get(m.baseline) : undefined;
    return {
      index: l.index,
      baselineIndex: b ? b.index : null,
      matchedBy: m ? m.kind : null,
      label: layerLabel(l),
      changed: !b || b.digest !== l.digest,
      contentBytes: delta(l.contentBytes, b?.contentBytes ?? 0),
      tarBytes: delta(l.tarBytes, b?.tarBytes ?? 0),
      blobBytes: delta(l.blobBytes, b?.blobBytes ?? 0),
    };
  });
  const removed: RemovedLayer[] = match.unmatchedBaseline.map((i) => {
    const b = byIndex.get(i);
    return {
      baselineIndex: i,
      label: b ? layerLabel(b) : '',
      digest: b?.digest ?? '',
      contentBytes: b?.contentBytes ?? 0,
    };
  });

  const totalDelta = measureBytes(current, measure) - measureBytes(baseline, measure);
  const files = grownFiles(current, baseline);
  const notes: string[] = [];
  if (!files.exact) {
    notes.push(
      'grown files come from the capped per-layer added/modified lists and the largest-files list; ' +
        'a path missing from the baseline lists is counted from 0 (rerun both with --all-files for exact results)',
    );
  }
  const unmapped = current.layers.some((l) => !l.instruction) || baseline.layers.some((l) => !l.instruction);
  if (unmapped && current.layers.length > 0) {
    notes.push('layers without a Dockerfile mapping are matched by their normalised history (created_by)');
  }

  return {
    label: opts.label,
    source: opts.source ?? opts.label,
    measure,
    totalDelta,
    layerDeltas: layers.map((d) => (d.baselineIndex === null ? null : d.contentBytes.delta)),
    headline: `${formatDelta(totalDelta)} vs ${opts.label}`,
    totals: {
      contentBytes: delta(current.totals.contentBytes, baseline.totals.contentBytes),
      finalBytes: delta(current.totals.finalBytes, baseline.totals.finalBytes),
      wastedBytes: delta(current.totals.wastedBytes, baseline.totals.wastedBytes),
      tarBytes: delta(
        sum(current.layers, (l) => l.tarBytes),
        sum(baseline.layers, (l) => l.tarBytes),
      ),
      blobBytes: delta(
        sum(current.layers, (l) => l.blobBytes),
        sum(baseline.layers, (l) => l.blobBytes),
      ),
      layerCount: delta(current.totals.layerCount, baseline.totals.layerCount),
      fileCount: delta(current.totals.fileCount, baseline.totals.fileCount),
    },
    layers,
    added: match.unmatchedCurrent,
    removed,
    grownFiles: files.list,
    filesExact: files.exact,
    notes,
  };
}

/** Does the report list every added/modified/deleted path (no caps hit)? */
function listsComplete(r: Report): boolean {
  return r.layers.every(
    (l) =>
      l.added.length === l.addedCount &&
      l.modified.length === l.modifiedCount &&
      l.deleted.length === l.deletedCount,
  );
}

/**
 * The final filesystem as far as the report's lists tell: replay each layer's deleted, then added
 * and modified paths; then the largest-files list, which is exact for the files it names.
 */
export function knownFinalFiles(r: Report): Map<string, number> {
  const files = new Map<string, number>();
  for (const l of r.layers) {
    for (const d of l.deleted) {
      files.delete(d.path);
      const prefix = d.path.endsWith('/') ? d.path : `${d.path}/`;
      for (const p of [...files.keys()]) if (p.startsWith(prefix)) files.delete(p);
    }
    for (const f of l.added) files.set(f.path, f.bytes);
    for (const f of l.modified) files.set(f.path, f.bytes);
  }
  for (const f of r.largestFiles) files.set(f.path, f.bytes);
  return files;
}

function grownFiles(current: Report, baseline: Report): { list: FileGrowth[]; exact: boolean } {
  const now = knownFinalFiles(current);
  const before = knownFinalFiles(baseline);
  const out: FileGrowth[] = [];
  for (const [path, bytes] of now) {
    const b = before.get(path);
    const d = bytes - (b ?? 0);
    if (d > 0) out.push({ path, bytes, baselineBytes: b ?? null, delta: d });
  }
  out.sort((a, b) => b.delta - a.delta || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { list: out.slice(0, GROWN_FILES_CAP), exact: listsComplete(current) && listsComplete(baseline) };
}
