/**
 * Pair layers of two images by what built them, not by index: first by Dockerfile instruction
 * (stage, keyword, normalised text), then by normalised `createdBy`, then by identical diffID.
 * Repeated keys pair in order of appearance (the 2nd `RUN make` with the 2nd).
 */
import type { LayerReport } from '../report/types.js';
import type { MatchKind } from '../report/types.js';
import { normaliseCreatedBy, squash } from '../image/history.js';

type MatchLayer = Pick<LayerReport, 'index' | 'digest' | 'createdBy' | 'instruction'>;

/** The instruction key: stage, keyword and normalised text. */
function instructionKey(l: MatchLayer): string | null {
  const i = l.instruction;
  if (!i) return null;
  return `${i.stage}\u0000${i.keyword.toUpperCase()}\u0000${squash(i.text)}`;
}

function createdByKey(l: MatchLayer): string | null {
  return l.createdBy === null ? null : normaliseCreatedBy(l.createdBy);
}

/** A human label for a layer: its instruction text, else its normalised createdBy, else its digest. */
export function layerLabel(l: MatchLayer): string {
  if (l.instruction) return squash(l.instruction.text);
  if (l.createdBy !== null) return normaliseCreatedBy(l.createdBy);
  return l.digest.slice(0, 19);
}

export interface LayerMatch {
  /** current index -> baseline index */
  pairs: Map<number, { baseline: number; kind: MatchKind }>;
  unmatchedCurrent: number[];
  unmatchedBaseline: number[];
}

/** Pair current layers with baseline layers. */
export function matchLayers(current: readonly MatchLayer[], baseline: readonly MatchLayer[]): LayerMatch {
  const pairs = new Map<number, { baseline: number; kind: MatchKind }>();
  const taken = new Set<number>();
  const passes: [MatchKind, (l: MatchLayer) => string | null][] = [
    ['instruction', instructionKey],
    ['createdBy', createdByKey],
    ['digest', (l) => l.digest],
  ];
  for (const [kind, keyOf] of passes) {
    const queues = new Map<string, number[]>();
    for (const b of baseline) {
      if (taken.has(b.index)) continue;
      const k = keyOf(b);
      if (k === null) continue;
      const q = queues.get(k);
      if (q) q.push(b.index);
      else queues.set(k, [b.index]);
    }
    for (const c of current) {
      if (pairs.has(c.index)) continue;
      const k = keyOf(c);
      if (k === null) continue;
      const b = queues.get(k)?.shift();
      if (b === undefined) continue;
      pairs.set(c.index, { baseline: b, kind });
      taken.add(b);
    }
  }
  return {
    pairs,
    unmatchedCurrent: current.filter((c) => !pairs.has(c.index)).map((c) => c.index),
    unmatchedBaseline: baseline.filter((b) => !taken.has(b.index)).map((b) => b.index),
  };
}
